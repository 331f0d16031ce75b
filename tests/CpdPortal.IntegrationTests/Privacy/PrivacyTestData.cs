using System.Globalization;
using CpdPortal.Application.Activities;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Privacy;

/// <summary>People and history for the subject-access and retention tests, written straight to the database.</summary>
internal static class PrivacyTestData
{
    private static int _next;

    /// <summary>A new member of staff in the Protection and Court Team, optionally a leaver; returns the id.</summary>
    public static Task<int> AddPersonAsync(this CpdPortalFactory factory, string familyName, DateOnly? leftOn = null, DateOnly? started = null) =>
        factory.QueryAsync(async db =>
        {
            var n = Interlocked.Increment(ref _next);
            var team = await db.Teams.OrderBy(t => t.Id).FirstAsync();
            var person = new StaffMember($"P{n:0000}{familyName.Length:00}", "Priya", familyName, $"priya.{familyName.ToLowerInvariant()}{n}@example.org", "Social worker", team, EmploymentType.Permanent, started ?? new DateOnly(2010, 1, 4));
            if (leftOn is { } left)
            {
                person.MarkAsLeaver(left);
            }

            db.StaffMembers.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    /// <summary>A complete CPD entry with a reflection; returns its id.</summary>
    public static async Task<int> AddEntryAsync(this CpdPortalFactory factory, int staffId, string title, DateOnly date, string reflection = "A reflection that names a family.")
    {
        var method = await factory.MethodIdAsync("Reading");
        return await factory.QueryAsync(async db =>
        {
            var details = new ActivityDetails(method, title, date, null, 2.5m, "What I did.", reflection, "How practice changed.", "A peer", "The peer's reflection.", false, ActivityStatus.Complete, []);
            var activity = CpdActivity.Record(staffId, details, date, factory.Clock.GetUtcNow());
            db.CpdActivities.Add(activity);
            await db.SaveChangesAsync();
            return activity.Id;
        });
    }

    /// <summary>Attaches an evidence file with these bytes to the entry through the configured store; returns the stored name.</summary>
    public static Task<string> AddEvidenceAsync(this CpdPortalFactory factory, int activityId, string fileName, byte[] bytes) =>
        factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CpdPortalDbContext>();
            var store = services.GetRequiredService<IEvidenceStore>();
            var activity = await db.CpdActivities.Include(a => a.Evidence).SingleAsync(a => a.Id == activityId);
            var storedName = Guid.NewGuid().ToString("N") + ".pdf";
            using (var content = new MemoryStream(bytes))
            {
                await store.SaveAsync(storedName, content);
            }

            activity.AttachEvidence(fileName, storedName, "application/pdf", bytes.Length, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return storedName;
        });

    public static Task AddNotificationAsync(this CpdPortalFactory factory, int staffId, string message) =>
        factory.QueryAsync(async db =>
        {
            db.Notifications.Add(new Notification(staffId, message, "/my/plan", factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

    public static byte[] Pdf(int length, byte fill = (byte)'x')
    {
        var bytes = new byte[length];
        Array.Fill(bytes, fill);
        "%PDF-1.7\n"u8.ToArray().CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>
    /// A heavy user's ten years: 150 CPD entries a year with long reflections (a tenth of them deleted), monthly
    /// supervision with long notes and three actions, 40 evidence files of 1 MB (within the 50 MB allowance), 100
    /// notifications and 300 audit entries a year. Returns the person's id.
    /// </summary>
    public static async Task<int> AddHeavyUserAsync(this CpdPortalFactory factory, int years)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var id = await factory.AddPersonAsync("Heavyuser", started: today.AddYears(-years - 1));
        var supervisor = await factory.AddPersonAsync("Heavysupervisor", started: today.AddYears(-years - 1));
        var method = await factory.MethodIdAsync("Reading");
        var longText = string.Concat(Enumerable.Repeat("A long reflection on practice with a family, what went well and what I would change. ", 20));
        var now = factory.Clock.GetUtcNow();
        for (var year = 0; year < years; year++)
        {
            await factory.QueryAsync(async db =>
            {
                var email = await db.StaffMembers.Where(s => s.Id == id).Select(s => s.Email).SingleAsync();
                for (var i = 0; i < 150; i++)
                {
                    var date = today.AddYears(-year).AddDays(-(i * 2) - 1);
                    var details = new ActivityDetails(method, $"Entry {year}-{i}", date, null, 2m, longText, longText, longText, "A peer", longText, false, ActivityStatus.Complete, []);
                    var activity = CpdActivity.Record(id, details, today, now);
                    if (i % 10 == 0)
                    {
                        activity.Delete(now);
                    }

                    db.CpdActivities.Add(activity);
                }

                for (var month = 0; month < 12; month++)
                {
                    var date = today.AddYears(-year).AddMonths(-month).AddDays(-3);
                    var details = new SessionDetails(date, 1.5m, SupervisionType.OneToOne, longText, longText, longText, longText, longText, longText, [], null,
                        [new ActionDetails("Read the chronology again", ActionOwner.Supervisee, date.AddDays(14)), new ActionDetails("Book the course", ActionOwner.Supervisee, date.AddDays(30)), new ActionDetails("Ask the team", ActionOwner.Supervisor, date.AddDays(7))]);
                    db.SupervisionSessions.Add(SupervisionSession.Record(id, supervisor, details, today, now));
                }

                for (var i = 0; i < 100; i++)
                {
                    db.Notifications.Add(new Notification(id, $"Notification {year}-{i}", "/my/plan", now.AddDays(-(year * 365) - i)));
                }

                for (var i = 0; i < 300; i++)
                {
                    db.AuditEntries.Add(new AuditEntry(now.AddDays(-(year * 365) - i), null, email, AuditActions.SignInSucceeded, "Account", null, "127.0.0.1"));
                }

                return await db.SaveChangesAsync();
            });
        }

        var entries = await factory.QueryAsync(db => db.CpdActivities.Where(a => a.StaffMemberId == id && a.DeletedAt == null).OrderBy(a => a.Id).Select(a => a.Id).Take(40).ToListAsync());
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            await factory.AddEvidenceAsync(entry, $"evidence {i.ToString(CultureInfo.InvariantCulture)}.pdf", Pdf(1024 * 1024, (byte)('a' + (i % 26))));
        }

        return id;
    }
}
