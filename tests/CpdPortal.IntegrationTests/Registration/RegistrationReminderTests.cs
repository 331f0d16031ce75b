using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Workforce;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Email;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Registration;

/// <summary>
/// The registration reminders (issue 15, the renewal deadline 30 days ahead) use the criteria of /my/registration
/// (docs/adr/0028), not the count of entries: on the fixed clock (22 November 2026, 8 days before the deadline), a
/// registered worker with two completed entries that do not meet the criteria is reminded; one whose two entries meet
/// them is not. Each test adds its own people, so the order of tests does not matter.
/// </summary>
public sealed class RegistrationReminderTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static int _next;

    [Fact]
    public async Task Deadline_TwoEntriesThatDoNotMeetTheCriteria_RemindsTheWorker()
    {
        // Arrange: two completed entries in the year, one with a peer reflection (the old count rule was met), but with
        // one-line answers that say neither what was learnt nor the impact
        var person = await AddRegisteredWorkerAsync("Short");
        await AddEntryAsync(person, "Team briefing", new DateOnly(2026, 6, 3), "Thresholds.", "Useful.", "Talked it over.");
        await AddEntryAsync(person, "Reading week", new DateOnly(2026, 9, 14), "Read an article.", "Good.", null);

        // Act
        await factory.WithServiceAsync<ReminderService, int>(s => s.RegistrationAsync());

        // Assert
        Assert.Equal(1, await RemindersForAsync(person));
    }

    [Fact]
    public async Task Deadline_TwoEntriesThatMeetTheCriteria_DoesNotRemindTheWorker()
    {
        // Arrange: two different, fully written completed entries in the year, one with a peer reflection
        var person = await AddRegisteredWorkerAsync("Ready");
        await AddEntryAsync(
            person,
            "Signs of Safety refresher",
            new DateOnly(2026, 5, 12),
            "I learnt to write danger statements and safety goals in words a family can read and agree with.",
            "My plans now name the worry plainly, and the children I support and their parents tell me they understand what has to change.",
            "My peer and I compared two of our safety plans and agreed that mine used too much professional language for a parent.");
        await AddEntryAsync(
            person,
            "Court skills day",
            new DateOnly(2026, 10, 2),
            "The judge's feedback showed me how to separate evidence from opinion in a statement, and how to keep it short.",
            "I now write my statements with the analysis first, so the young people and families I work with can follow the reasons for my recommendations.",
            null);

        // Act
        await factory.WithServiceAsync<ReminderService, int>(s => s.RegistrationAsync());

        // Assert
        Assert.Equal(0, await RemindersForAsync(person));
    }

    private Task<int> AddRegisteredWorkerAsync(string familyName) =>
        factory.QueryAsync(async db =>
        {
            var n = Interlocked.Increment(ref _next);
            var team = await db.Teams.OrderBy(t => t.Id).FirstAsync();
            var person = new StaffMember($"R{n:0000}{familyName.Length:00}", "Rhian", familyName, $"rhian.{familyName.ToLowerInvariant()}{n}@example.org", "Social worker", team, EmploymentType.Permanent, new DateOnly(2015, 1, 5));
            person.Register($"SW9{n:00000}");
            db.StaffMembers.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    private async Task AddEntryAsync(int staffId, string title, DateOnly date, string whatLearnt, string impact, string? peerReflection)
    {
        var method = await factory.MethodIdAsync("Reading");
        await factory.QueryAsync(async db =>
        {
            var details = new ActivityDetails(method, title, date, null, 2m, "A description of the learning.", whatLearnt, impact, peerReflection is null ? null : "A colleague", peerReflection, false, ActivityStatus.Complete, []);
            db.CpdActivities.Add(CpdActivity.Record(staffId, details, date, factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
    }

    private Task<int> RemindersForAsync(int staffId) =>
        factory.QueryAsync(db => db.Notifications.CountAsync(n => n.RecipientStaffId == staffId && n.Kind == NotificationKind.RegistrationDeadlineSoon));
}
