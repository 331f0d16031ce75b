using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// A few weeks of email history for the administrator's outbox page (/admin/email), so that it is not empty on a new
/// demo: emails sent over the last three weeks, one waiting to be tried again after the mail server timed out, and
/// one failed with the server's reason. Written straight to the outbox (no in-app notice), to generated people only,
/// in the portal's own templates: no personal free text. Emails the demo's own notices write go out as usual. No
/// supervision reminders among them: the reminder job's tests count those against the notices it writes.
/// </summary>
internal static class DemoOutbox
{
    private static readonly (NotificationKind Kind, string Message, string Link)[] History =
    [
        (NotificationKind.SessionReminder, "Your session of Court skills for social workers is in 2 days", "/courses"),
        (NotificationKind.PlanDecided, "Your supervisor has approved your CPD plan", "/my/plan"),
        (NotificationKind.SurveyOpened, "The training-needs survey is open. Tell us what helps you learn", "/survey"),
        (NotificationKind.SupervisionRecordReady, "A supervision record is ready for you to read", "/my/supervision"),
        (NotificationKind.CertificationExpiring60, "Your Data protection and information sharing certification expires in 60 days. Book a course that renews it before then", "/my/certifications"),
        (NotificationKind.CourseCompleted, "Your certificate for Motivational interviewing is ready", "/my/activities"),
        (NotificationKind.FollowUpRequested, "A course follow-up is due: did the course change your supervisee's practice?", "/supervision/follow-ups"),
        (NotificationKind.PlanSubmitted, "A supervisee has submitted a CPD plan for review", "/supervision/plans"),
    ];

    public static async Task SeedAsync(CpdPortalDbContext db, IReadOnlyList<StaffMember> generated, DateTimeOffset now, string portalUrl, string serviceName, CancellationToken ct)
    {
        // The last people generated: the tests' "n-th generated person" helpers count from the first.
        var people = generated.Where(p => p.LeaveDate is null).OrderByDescending(p => p.Id).Take(History.Length + 2).ToList();
        if (people.Count < History.Length + 2)
        {
            return;
        }

        OutboxEmail Email(StaffMember person, (NotificationKind Kind, string Message, string Link) notice, DateTimeOffset at)
        {
            var content = EmailTemplates.Render(notice.Kind, person.GivenName, notice.Message, portalUrl, notice.Link, serviceName);
            return new OutboxEmail(person.Id, notice.Kind, content.Subject, content.Body, notice.Link, null, false, at);
        }

        var written = new List<OutboxEmail>();
        for (var i = 0; i < History.Length; i++)
        {
            var at = now.AddDays(-(21 - (i * 2))).AddHours(-i);
            var email = Email(people[i], History[i], at);
            email.RecordSent(at.AddMinutes(1));
            written.Add(email);
        }

        // Tried once, the server did not answer: waiting for its next try (the back-off), so it stays "waiting" in the demo.
        var retrying = Email(people[History.Length], (NotificationKind.PlanDecided, "Your supervisor has asked for changes to your CPD plan", "/my/plan"), now.AddHours(-2));
        retrying.RecordFailure("The mail server did not answer within 30 seconds", permanent: false, new EmailRetryPolicy(5, TimeSpan.FromDays(1), TimeSpan.FromDays(1)), now);
        written.Add(retrying);

        // Refused for good: the address no longer exists at the council's mail server.
        var failed = Email(people[History.Length + 1], (NotificationKind.SessionReminder, "Your session of Trauma-informed practice is in 2 days", "/courses"), now.AddDays(-3));
        failed.RecordFailure("The mail server refused the message: 550 5.1.1 mailbox unavailable", permanent: true, EmailRetryPolicy.Default, now.AddDays(-3));
        written.Add(failed);
        db.OutboxEmails.AddRange(written);
        await db.SaveChangesAsync(ct);

        // Each was tried once (the sender's claim counts attempts in SQL; the entity has no setter for it).
        var ids = written.Select(e => e.Id).ToList();
        await db.OutboxEmails.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.Attempts, 1), ct);
    }
}
