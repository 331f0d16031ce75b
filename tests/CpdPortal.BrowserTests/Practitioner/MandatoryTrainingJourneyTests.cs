using System.Globalization;
using System.Text.RegularExpressions;
using CpdPortal.Application.Common;
using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.Domain.Certifications;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Practitioner;

/// <summary>The portal with its scheduler switched off: the test runs each job itself, as the scheduler would, when the story needs it.</summary>
public sealed class JobsByHandAppFixture() : PortalAppFixture(runJobs: false);

/// <summary>
/// Issue 15's "Done when", end to end in a real browser: Sam Patel's safeguarding certification lapses in 40 days
/// (the demo council), so the certification job's 60-day notice reaches her by email (the Pickup sender's .eml);
/// Lee Harris (L&amp;D) schedules a session of the course that renews it; Sam books it from her home page and the
/// confirmation email carries a calendar invitation; Lee marks her as attended; Sam sees the certification renewed
/// on her home page and on /my/certifications; Alex Morgan, her supervisor, sees the team compliant. The rest of
/// Alex's team is brought up to date first, so Sam's renewal is what makes the team compliant. axe runs on every
/// page visited.
/// </summary>
public sealed partial class MandatoryTrainingJourneyTests(JobsByHandAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<JobsByHandAppFixture>, IClassFixture<BrowserFixture>
{
    private const string Certification = "Safeguarding children level 3";
    private const string Course = "Safeguarding children: level 3";

    [Fact]
    public async Task Sam_GetsThe60DayEmail_BooksTheRenewal_Attends_AndHerTeamIsCompliant()
    {
        // Arrange: who is who, and Alex's other supervisees up to date.
        var (sam, certificationId) = await WithDbAsync(async db => (
            await db.StaffMembers.Where(s => s.Email == DemoAccounts.Sam.Email).Select(s => s.Id).SingleAsync(),
            await db.Certifications.Where(c => c.Name == Certification).Select(c => c.Id).SingleAsync()));
        await BringAlexsOtherSuperviseesUpToDateAsync(sam);

        // The certification job, as the scheduler runs it, then the outbox job: the 60-day email reaches Sam.
        await RunJobAsync<CertificationNoticeJob>();
        await RunJobAsync<EmailOutboxJob>();
        var notice = Assert.Single(EmailsTo(DemoAccounts.Sam.Email), m => m.Subject == "A certification expires in 60 days");
        Assert.Contains($"Your {Certification} certification expires on 1 January 2027", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("/my/certifications", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("To choose which emails you get and how often", notice.TextBody, StringComparison.Ordinal);

        // Lee schedules a session of the course that renews it, tomorrow morning.
        await SignInAsync(DemoAccounts.Lee);
        await Page.GotoAsync("/learning/sessions");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Schedule a session" }).First.ClickAsync();
        await Page.GetByLabel("Course", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Course });
        var date = Page.GetByRole(AriaRole.Group, new() { Name = "Date of the session" });
        await date.GetByLabel("Day").FillAsync("23");
        await date.GetByLabel("Month").FillAsync("11");
        await date.GetByLabel("Year").FillAsync("2026");
        await Page.GetByLabel("Start time").FillAsync("09:30");
        await Page.GetByLabel("End time").FillAsync("16:30");
        await Page.GetByLabel("Venue").FillAsync("Civic Centre, training room 2");
        await Page.GetByLabel("Number of places").FillAsync("16");
        await Page.GetByLabel("Facilitator").FillAsync("Lee Harris");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Schedule the session" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Course);
        var sessionUrl = Page.Url;
        var session = int.Parse(SessionId().Match(sessionUrl).Groups[1].Value, CultureInfo.InvariantCulture);
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Sam sees the certification due for renewal on her home page and books the renewing course from there.
        await SignInAsync(DemoAccounts.Sam);
        var mine = Page.GetByTestId("my-compliance").Locator($"[data-certification-id='{certificationId}']");
        await Expect(mine).ToHaveAttributeAsync("data-status", "DueSoon");
        await AssertNoAccessibilityViolationsAsync();
        await mine.GetByRole(AriaRole.Link, new() { Name = $"Book {Course}" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Course);
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = BookAPlace() }).ClickAsync();
        await Expect(Page.GetByTestId("my-status")).ToHaveTextAsync("Booked");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // The confirmation email, with the calendar invitation for the session.
        await RunJobAsync<EmailOutboxJob>();
        var confirmation = Assert.Single(EmailsTo(DemoAccounts.Sam.Email), m => m.Subject == "Your place on a course is booked");
        Assert.Contains(Course, confirmation.TextBody, StringComparison.Ordinal);
        var invitation = Assert.Single(confirmation.BodyParts.OfType<TextPart>(), p => p.ContentType.MimeType == "text/calendar");
        Assert.Equal("invitation.ics", invitation.FileName);
        Assert.Equal("REQUEST", invitation.ContentType.Parameters["method"]);
        Assert.Contains("METHOD:REQUEST", invitation.Text, StringComparison.Ordinal);
        Assert.Contains($"UID:cpdportal-session-{session}-staff-{sam}@cpdportal", invitation.Text, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", invitation.Text, StringComparison.Ordinal);
        Assert.Matches(@"DTSTART[^:\r\n]*:20261123T093000", invitation.Text);

        // The next day, after the session, Lee marks Sam as attended.
        App.Clock.Advance(TimeSpan.FromDays(1));
        await SignInAsync(DemoAccounts.Lee);
        await Page.GotoAsync(sessionUrl);
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = AttendedSam() }).ClickAsync();
        await Expect(Page.GetByTestId("attendance")).ToHaveTextAsync(CertificateIssued());
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Sam's home page and her certifications: renewed, keeping the time she had left (to 1 January 2030).
        await SignInAsync(DemoAccounts.Sam);
        await Expect(mine).ToHaveAttributeAsync("data-status", "Active");
        await Expect(mine).ToContainTextAsync("Expires on 1 January 2030");
        await Expect(Page.GetByTestId("my-compliance").GetByTestId("compliance-summary")).ToContainTextAsync("Compliant");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Your certifications and their history" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My certifications");
        await Expect(Page.Locator($"[data-certification-id='{certificationId}']")).ToHaveAttributeAsync("data-status", "Active");
        var renewal = Page.GetByTestId("history").GetByRole(AriaRole.Row).Filter(new() { HasText = "Course attended" });
        await Expect(renewal).ToHaveCountAsync(1);
        await Expect(renewal).ToContainTextAsync(Certification);
        await Expect(renewal).ToContainTextAsync("23 November 2026");
        await Expect(renewal).ToContainTextAsync("1 January 2030");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Alex sees the whole team compliant: nobody needs attention.
        await SignInAsync(DemoAccounts.Alex);
        var team = Page.GetByTestId("team-compliance");
        await Expect(team.GetByTestId("team-compliance-summary")).ToHaveTextAsync(AllCompliant());
        await Expect(team.GetByTestId("team-attention")).ToHaveCountAsync(0);
        await AssertNoAccessibilityViolationsAsync();
    }

    /// <summary>Every current supervisee of Alex but Sam completes both required certifications yesterday (recorded as earlier records).</summary>
    private Task<int> BringAlexsOtherSuperviseesUpToDateAsync(int sam) => WithDbAsync(async db =>
    {
        var alex = await db.StaffMembers.Where(s => s.Email == DemoAccounts.Alex.Email).Select(s => s.Id).SingleAsync();
        var others = await db.StaffMembers.Where(s => s.SupervisorId == alex && s.Id != sam).Select(s => s.Id).ToListAsync();
        var certifications = await db.Certifications.ToListAsync();
        var yesterday = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        foreach (var person in others)
        {
            foreach (var certification in certifications)
            {
                db.CertificationAwards.Add(CertificationAward.Grant(person, certification.Id, certification.Rule, null, yesterday, CertificationSource.EarlierRecords, null, App.Clock.GetUtcNow())!);
            }
        }

        await db.SaveChangesAsync();
        return others.Count;
    });

    private async Task RunJobAsync<TJob>()
        where TJob : class, IScheduledJob
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(CancellationToken.None);
    }

    private async Task<T> WithDbAsync<T>(Func<ICpdPortalDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ICpdPortalDbContext>());
    }

    private List<MimeMessage> EmailsTo(string address) =>
        Directory.Exists(App.MailFolder)
            ? Directory.GetFiles(App.MailFolder, "*.eml")
                .Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList()
            : [];

    [GeneratedRegex(@"/learning/sessions/(\d+)$")]
    private static partial Regex SessionId();

    [GeneratedRegex("^Book a place")]
    private static partial Regex BookAPlace();

    [GeneratedRegex(@"^Attended\s*:\s*Sam Patel$")]
    private static partial Regex AttendedSam();

    [GeneratedRegex(@"^Attended, certificate [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\s*$")]
    private static partial Regex CertificateIssued();

    [GeneratedRegex(@"^\s*(\d+) of \1 supervisees with required certifications hold them all\.\s*$")]
    private static partial Regex AllCompliant();
}
