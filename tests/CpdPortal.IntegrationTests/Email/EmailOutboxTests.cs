using CpdPortal.Application.Notifications;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CpdPortal.IntegrationTests.Email;

/// <summary>
/// Notices reach the outbox in the same save (docs/adr/0023), per the recipient's preference, and the Pickup sender
/// writes each once. Every test works on its own people or sessions, so the order of tests does not matter.
/// </summary>
public sealed class EmailOutboxTests(PickupEmailFactory factory) : IClassFixture<PickupEmailFactory>
{
    [Fact]
    public async Task BookThenCancel_WritesEmailsWithOneCalendarEventThatIsUpdatedThenCancelled()
    {
        // Arrange
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var session = await factory.NewSessionAsync(factory.Clock.GetUtcNow().AddDays(20));

        // Act
        await factory.WithServiceAsync<CourseService, BookingOutcome?>(s => s.BookAsync(sam, session));
        await factory.WithServiceAsync<CourseService, bool>(s => s.CancelAsync(sam, session));

        // Assert
        var emails = await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.RecipientStaffId == sam && e.CalendarSessionId == session).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([NotificationKind.BookingConfirmed, NotificationKind.BookingCancelled], emails.Select(e => e.Kind));
        Assert.All(emails, e => Assert.Equal(OutboxStatus.Pending, e.Status));
        var uid = $"UID:cpdportal-session-{session}-staff-{sam}@cpdportal";
        Assert.Contains("METHOD:REQUEST", emails[0].Calendar, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", emails[0].Calendar, StringComparison.Ordinal);
        Assert.Contains(uid, emails[0].Calendar, StringComparison.Ordinal);
        Assert.Contains("METHOD:CANCEL", emails[1].Calendar, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", emails[1].Calendar, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", emails[1].Calendar, StringComparison.Ordinal);
        Assert.Contains(uid, emails[1].Calendar, StringComparison.Ordinal);
        var notices = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientStaffId == sam && n.SessionId == session));
        Assert.Equal(2, notices);
    }

    [Fact]
    public async Task Book_FullSession_WaitlistsWithAnEmailButNoCalendar()
    {
        // Arrange: a session of one place, taken by Chris
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var chris = await factory.StaffIdAsync(DemoAccounts.Chris);
        var session = await factory.NewSessionAsync(factory.Clock.GetUtcNow().AddDays(30));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"CourseSessions\" SET \"Capacity\" = 1 WHERE \"Id\" = {session}"));
        await factory.WithServiceAsync<CourseService, BookingOutcome?>(s => s.BookAsync(chris, session));

        // Act
        var outcome = await factory.WithServiceAsync<CourseService, BookingOutcome?>(s => s.BookAsync(jo, session));
        await factory.WithServiceAsync<CourseService, bool>(s => s.CancelAsync(chris, session));

        // Assert
        Assert.Equal(BookingOutcome.Waitlisted, outcome);
        var joEmails = await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.RecipientStaffId == jo && e.CreatedAt >= factory.Clock.GetUtcNow()).OrderBy(e => e.Id).Select(e => new { e.Kind, e.Calendar }).ToListAsync());
        Assert.Contains(joEmails, e => e.Kind == NotificationKind.BookingWaitlisted && e.Calendar == null);
        var promoted = Assert.Single(joEmails, e => e.Kind == NotificationKind.BookingPromoted);
        Assert.Contains("METHOD:REQUEST", promoted.Calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveThatFails_WritesNeitherTheNoticeNorItsEmail()
    {
        // Arrange: a scheduled-notice key that already exists makes the save fail at the database
        var lee = await factory.StaffIdAsync(DemoAccounts.Lee);
        await factory.WithDbAsync(db =>
        {
            db.ScheduledNotices.Add(new ScheduledNotice("test:duplicate-key", factory.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
        var before = await factory.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.RecipientStaffId == lee));

        // Act
        var thrown = await factory.WithDbAsync(async db =>
        {
            db.Notifications.Add(new Notification(lee, "A notice whose save fails", "/", factory.Clock.GetUtcNow(), NotificationKind.SurveyOpened));
            db.ScheduledNotices.Add(new ScheduledNotice("test:duplicate-key", factory.Clock.GetUtcNow()));
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        // Assert
        Assert.IsType<DbUpdateException>(thrown);
        Assert.Equal(before, await factory.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.RecipientStaffId == lee)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Message == "A notice whose save fails")));
    }

    [Fact]
    public async Task Notice_ByPreference_IsStoppedHeldForTheDigestOrSentAtOnceWhenRequired()
    {
        // Arrange: a generated member of staff who wants a weekly digest and no survey emails
        var person = await OtherStaffAsync(0);
        await factory.WithServiceAsync<EmailPreferenceService, int>(async s => { await s.SaveAsync(person, "WeeklyDigest", ["SurveyOpened"]); return 0; });
        var now = factory.Clock.GetUtcNow();

        // Act
        await factory.WithDbAsync(db =>
        {
            db.Notifications.Add(new Notification(person, "The training needs survey is open", "/survey", now, NotificationKind.SurveyOpened));
            db.Notifications.Add(new Notification(person, "Your CPD plan is approved", "/my/plan", now, NotificationKind.PlanDecided));
            db.Notifications.Add(new Notification(person, "Your Safeguarding level 3 certification has lapsed", "/", now, NotificationKind.CertificationLapsed));
            return db.SaveChangesAsync();
        });
        var digests = await factory.WithServiceAsync<DigestService, int>(s => s.WriteDueAsync());

        // Assert
        var rows = await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.RecipientStaffId == person).Select(e => new { e.Kind, e.Status, e.Body }).ToListAsync());
        Assert.DoesNotContain(rows, r => r.Kind == NotificationKind.SurveyOpened);
        Assert.Equal(OutboxStatus.InDigest, Assert.Single(rows, r => r.Kind == NotificationKind.PlanDecided).Status);
        Assert.Equal(OutboxStatus.Pending, Assert.Single(rows, r => r.Kind == NotificationKind.CertificationLapsed).Status);
        Assert.True(digests >= 1);
        var digest = Assert.Single(rows, r => r.Kind == NotificationKind.WeeklyDigest);
        Assert.Contains("Your CPD plan has been reviewed", digest.Body, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithServiceAsync<DigestService, int>(s => s.WriteDueAsync()));
    }

    [Fact]
    public async Task SendDue_Pickup_WritesOneReadableFilePerEmailAndNeverTwice()
    {
        // Arrange
        var person = await OtherStaffAsync(1);
        var key = await NoticeAsync(person, NotificationKind.PlanSubmitted, "Sam Patel has submitted a CPD plan for review");

        // Act
        var first = await SendAllAsync();
        var second = await factory.SendDueAsync();

        // Assert
        Assert.True(first >= 1);
        Assert.Equal(0, second.Claimed);
        var row = await factory.WithDbAsync(db => db.OutboxEmails.SingleAsync(e => e.IdempotencyKey == key));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(factory.Clock.GetUtcNow(), row.SentAt);
        var file = Path.Combine(factory.MailFolder, $"{key}.eml");
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("A CPD plan is waiting for your review", message.Subject);
        Assert.Equal($"{key}@council.example", message.MessageId);
        Assert.Contains("https://cpd.example/supervision/plans", message.TextBody, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(factory.MailFolder, $"{key}*"));
    }

    [Fact]
    public async Task SendDue_InvalidAddressOnTheStaffRecord_IsFailedWithTheReasonNotACrash()
    {
        // Arrange: an address the staff form would refuse, as an older import could have left it
        var person = await OtherStaffAsync(2);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"StaffMembers\" SET \"Email\" = {"not an address@@example"} WHERE \"Id\" = {person}"));
        var key = await NoticeAsync(person, NotificationKind.FollowUpRequested, "2 course follow-ups are waiting for you");

        // Act
        await SendAllAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var page = await client.GetDocumentAsync("/admin/email?status=Failed");

        // Assert
        var row = await factory.WithDbAsync(db => db.OutboxEmails.SingleAsync(e => e.IdempotencyKey == key));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal("The email address on the staff record is not valid", row.LastError);
        Assert.Contains(page.QuerySelectorAll("[data-testid=outbox-reason]"), c => c.NormalisedText() == "The email address on the staff record is not valid");
        Assert.False(File.Exists(Path.Combine(factory.MailFolder, $"{key}.eml")));
    }

    [Fact]
    public async Task SendDue_TwoSendersAtOnce_ClaimDisjointRowsAndSendEachOnce()
    {
        // Arrange: twelve emails for one person
        var person = await OtherStaffAsync(3);
        var keys = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            keys.Add(await NoticeAsync(person, NotificationKind.General, $"Notice {i}"));
        }

        // Act: two senders in their own scopes, at the same moment, until nothing is left
        var sent = 0;
        for (var round = 0; round < 10; round++)
        {
            var results = await Task.WhenAll(factory.SendDueAsync(), factory.SendDueAsync());
            sent += results.Sum(r => r.Sent);
            if (results.All(r => r.Claimed == 0))
            {
                break;
            }
        }

        // Assert
        var rows = await factory.WithDbAsync(db => db.OutboxEmails.Where(e => keys.Contains(e.IdempotencyKey)).ToListAsync());
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
        Assert.True(sent >= 12);
        Assert.Equal(12, keys.Count(k => File.Exists(Path.Combine(factory.MailFolder, $"{k}.eml"))));
    }

    [Fact]
    public async Task SessionReminders_RunTwice_RemindEachBookedPersonOnce()
    {
        // Arrange
        var alex = await factory.StaffIdAsync(DemoAccounts.Alex);
        var session = await factory.NewSessionAsync(factory.Clock.GetUtcNow().AddHours(36), "Reminder test course");
        await factory.WithServiceAsync<CourseService, BookingOutcome?>(s => s.BookAsync(alex, session));

        // Act
        var first = await factory.WithServiceAsync<ReminderService, int>(s => s.SessionRemindersAsync());
        var second = await factory.WithServiceAsync<ReminderService, int>(s => s.SessionRemindersAsync());

        // Assert
        Assert.True(first >= 1);
        Assert.Equal(0, second);
        var reminders = await factory.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.RecipientStaffId == alex && e.Kind == NotificationKind.SessionReminder));
        Assert.Equal(1, reminders);
    }

    [Fact]
    public async Task Supervision_DueOrOverdue_NotifiesBothPeopleOnce()
    {
        // Act
        var first = await factory.WithServiceAsync<ReminderService, int>(s => s.SupervisionAsync());
        var second = await factory.WithServiceAsync<ReminderService, int>(s => s.SupervisionAsync());

        // Assert: each key gave a notice to the supervisee and one to their supervisor, each with its email
        Assert.True(first > 0);
        Assert.Equal(0, second);
        var keys = await factory.WithDbAsync(db => db.ScheduledNotices.CountAsync(n => n.Key.StartsWith("supervision-")));
        var notices = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.SupervisionDueSoon || n.Kind == NotificationKind.SupervisionOverdue));
        var emails = await factory.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.Kind == NotificationKind.SupervisionDueSoon || e.Kind == NotificationKind.SupervisionOverdue));
        Assert.Equal(keys * 2, notices);
        Assert.Equal(notices, emails);
    }

    [Fact]
    public async Task Registration_InTheLast30Days_RemindsOnlyRegisteredWorkersNotMeetingTheRuleOnce()
    {
        // Act: the demo clock is 22 November, 8 days before the 30 November deadline
        var first = await factory.WithServiceAsync<ReminderService, int>(s => s.RegistrationAsync());
        var second = await factory.WithServiceAsync<ReminderService, int>(s => s.RegistrationAsync());

        // Assert
        Assert.Equal(0, second);
        var reminded = await factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.RegistrationDeadlineSoon).Select(n => n.RecipientStaffId).ToListAsync());
        Assert.Equal(first, reminded.Count);
        var unregistered = await factory.WithDbAsync(db => db.StaffMembers.CountAsync(s => reminded.Contains(s.Id) && s.RegistrationNumber == null));
        Assert.Equal(0, unregistered);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.RegistrationWindowOpen)));
    }

    private async Task<int> SendAllAsync()
    {
        var sent = 0;
        for (var i = 0; i < 50; i++)
        {
            var result = await factory.SendDueAsync();
            sent += result.Sent;
            if (result.Claimed == 0)
            {
                return sent;
            }
        }

        return sent;
    }

    private async Task<string> NoticeAsync(int person, NotificationKind kind, string message)
    {
        await factory.WithDbAsync(db =>
        {
            db.Notifications.Add(new Notification(person, message, "/supervision/plans", factory.Clock.GetUtcNow(), kind));
            return db.SaveChangesAsync();
        });
        return await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.RecipientStaffId == person).OrderByDescending(e => e.Id).Select(e => e.IdempotencyKey).FirstAsync());
    }

    /// <summary>The n-th generated (not demo) member of staff: each test uses its own.</summary>
    private Task<int> OtherStaffAsync(int n)
    {
        var demo = DemoAccounts.All.Select(a => a.Email).ToList();
        return factory.WithDbAsync(db => db.StaffMembers.Where(s => !demo.Contains(s.Email) && s.LeaveDate == null).OrderBy(s => s.Id).Skip(n).Select(s => s.Id).FirstAsync());
    }
}
