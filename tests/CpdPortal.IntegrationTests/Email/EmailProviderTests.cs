using System.Text.Json;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CpdPortal.IntegrationTests.Email;

/// <summary>Email:Provider = Smtp against a real SMTP server on loopback: accepted, refused (retried, then failed), timed out.</summary>
public sealed class SmtpProviderTests(SmtpEmailFactory factory) : IClassFixture<SmtpEmailFactory>
{
    [Fact]
    public async Task SendDue_ServerAccepts_DeliversTheEmailWithItsCalendarInvitation()
    {
        // Arrange
        factory.Smtp.Behaviour = SmtpBehaviour.Accept;
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var session = await factory.NewSessionAsync(factory.Clock.GetUtcNow().AddDays(10));
        await factory.WithServiceAsync<CourseService, BookingOutcome?>(s => s.BookAsync(sam, session));
        var key = await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.RecipientStaffId == sam && e.CalendarSessionId == session).Select(e => e.IdempotencyKey).SingleAsync());

        // Act
        var result = await factory.SendDueAsync();

        // Assert
        Assert.True(result.Sent >= 1);
        var message = Assert.Single(factory.Smtp.Received, m => m.MessageId?.StartsWith(key, StringComparison.Ordinal) == true);
        Assert.Equal("sam.patel@demo.test", message.To.Mailboxes.Single().Address);
        Assert.Equal("Your place on a course is booked", message.Subject);
        var calendar = message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.MediaSubtype == "calendar");
        Assert.Equal("REQUEST", calendar.ContentType.Parameters["method"]);
        Assert.Contains("BEGIN:VEVENT", calendar.Text, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.IdempotencyKey == key).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task SendDue_ServerRefuses_RetriesAfterTheBackOffThenFailsWithTheReason()
    {
        // Arrange
        factory.Smtp.Behaviour = SmtpBehaviour.Refuse;
        var key = await NoticeAsync(DemoAccounts.Jo);

        // Act 1: the first try fails; nothing is due again until the back-off has passed
        await factory.SendDueAsync();
        var afterFirst = await RowAsync(key);
        var tooSoon = await factory.SendDueAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await factory.SendDueAsync();
        var afterSecond = await RowAsync(key);

        // Assert
        Assert.Equal(OutboxStatus.Pending, afterFirst.Status);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Equal(factory.Clock.GetUtcNow(), afterFirst.NextAttemptAt);
        Assert.Contains("554", afterFirst.LastError, StringComparison.Ordinal);
        Assert.Equal(0, tooSoon.Claimed);
        Assert.Equal(OutboxStatus.Failed, afterSecond.Status);
        Assert.Equal(2, afterSecond.Attempts);
        Assert.StartsWith("The SMTP server refused the email (554)", afterSecond.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Smtp.Received, m => m.MessageId?.StartsWith(key, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SendDue_ServerDoesNotAnswer_TimesOutAndIsTriedAgain()
    {
        // Arrange
        factory.Smtp.Behaviour = SmtpBehaviour.Hang;
        var key = await NoticeAsync(DemoAccounts.Chris);

        // Act
        await factory.SendDueAsync();
        var row = await RowAsync(key);
        factory.Smtp.Behaviour = SmtpBehaviour.Accept;

        // Assert
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("did not answer in time", row.LastError, StringComparison.Ordinal);
    }

    private async Task<string> NoticeAsync(DemoAccount account)
    {
        var id = await factory.StaffIdAsync(account);
        await factory.WithDbAsync(db =>
        {
            db.Notifications.Add(new Notification(id, "2 course follow-ups are waiting for you", "/supervision/follow-ups", factory.Clock.GetUtcNow(), NotificationKind.FollowUpRequested));
            return db.SaveChangesAsync();
        });

        // Anything other tests left pending is sent first, so that this test's row is the only one due.
        return await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.RecipientStaffId == id).OrderByDescending(e => e.Id).Select(e => e.IdempotencyKey).FirstAsync());
    }

    private Task<OutboxEmail> RowAsync(string key) => factory.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.IdempotencyKey == key));
}

/// <summary>The app with Email:Provider = GovukNotify, talking to a fake of Notify's API (WireMock.Net) on loopback.</summary>
public sealed class NotifyEmailFactory : CpdPortalFactory
{
    public const string TemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    public WireMockServer Notify { get; } = WireMockServer.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Provider", "GovukNotify");
        builder.UseSetting("Email:Notify:BaseUrl", Notify.Url + "/");
        builder.UseSetting("Email:Notify:ApiKey", $"test_key-{Guid.NewGuid()}-{Guid.NewGuid()}");
        builder.UseSetting("Email:Notify:DefaultTemplateId", TemplateId);
        builder.UseSetting("Email:Sending:MaxAttempts", "3");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Notify.Stop();
            Notify.Dispose();
        }
    }
}

/// <summary>Email:Provider = GovukNotify: the template id, personalisation and reference reach Notify's API; a 400 fails the email.</summary>
public sealed class NotifyProviderTests(NotifyEmailFactory factory) : IClassFixture<NotifyEmailFactory>
{
    [Fact]
    public async Task SendDue_NotifyAccepts_PostsTheTemplatePersonalisationAndReference()
    {
        // Arrange
        factory.Notify.Reset();
        factory.Notify.Given(Request.Create().WithPath("/v2/notifications/email").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(
                "{\"id\":\"" + Guid.NewGuid() + "\",\"reference\":\"r\",\"uri\":\"https://api.example/v2/notifications/1\",\"template\":{\"id\":\"" + NotifyEmailFactory.TemplateId
                + "\",\"version\":1,\"uri\":\"https://api.example/t\"},\"content\":{\"body\":\"b\",\"subject\":\"s\",\"from_email\":\"cpd@notifications.service.gov.uk\"}}"));
        var key = await NoticeAsync(DemoAccounts.Sam);

        // Act
        await factory.SendDueAsync();

        // Assert
        var request = Assert.Single(factory.Notify.LogEntries, e => e.RequestMessage.Body?.Contains(key, StringComparison.Ordinal) == true).RequestMessage;
        using var json = JsonDocument.Parse(request.Body!);
        Assert.Equal("sam.patel@demo.test", json.RootElement.GetProperty("email_address").GetString());
        Assert.Equal(NotifyEmailFactory.TemplateId, json.RootElement.GetProperty("template_id").GetString());
        Assert.Equal(key, json.RootElement.GetProperty("reference").GetString());
        var fields = json.RootElement.GetProperty("personalisation");
        Assert.Equal("Sam", fields.GetProperty("given_name").GetString());
        Assert.Equal("Course follow-ups are waiting for you", fields.GetProperty("subject").GetString());
        Assert.StartsWith("Bearer ", request.Headers!["Authorization"].Single(), StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.IdempotencyKey == key).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task SendDue_NotifyRefusesTheAddress_FailsAtOnceWithNotifysReason()
    {
        // Arrange
        factory.Notify.Reset();
        factory.Notify.Given(Request.Create().WithPath("/v2/notifications/email").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody(
                """{"status_code":400,"errors":[{"error":"ValidationError","message":"email_address Not a valid email address"}]}"""));
        var key = await NoticeAsync(DemoAccounts.Jo);

        // Act
        await factory.SendDueAsync();

        // Assert
        var row = await factory.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.IdempotencyKey == key));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("Not a valid email address", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_NotifyUnavailable_IsTriedAgainLater()
    {
        // Arrange
        factory.Notify.Reset();
        factory.Notify.Given(Request.Create().WithPath("/v2/notifications/email").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json").WithBody("""{"status_code":503,"errors":[{"error":"Unavailable","message":"Try later"}]}"""));
        var key = await NoticeAsync(DemoAccounts.Chris);

        // Act
        await factory.SendDueAsync();

        // Assert
        var row = await factory.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.IdempotencyKey == key));
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.True(row.NextAttemptAt > factory.Clock.GetUtcNow());
    }

    private async Task<string> NoticeAsync(DemoAccount account)
    {
        var id = await factory.StaffIdAsync(account);
        await factory.WithDbAsync(db =>
        {
            db.Notifications.Add(new Notification(id, "2 course follow-ups are waiting for you", "/supervision/follow-ups", factory.Clock.GetUtcNow(), NotificationKind.FollowUpRequested));
            return db.SaveChangesAsync();
        });
        return await factory.WithDbAsync(db => db.OutboxEmails.Where(e => e.RecipientStaffId == id).OrderByDescending(e => e.Id).Select(e => e.IdempotencyKey).FirstAsync());
    }
}
