using CpdPortal.Application.Privacy;
using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Privacy;

/// <summary>
/// The retention run deletes sent emails older than Retention:SentEmailsDays (90 by default), keeps failed and waiting
/// ones whatever their age, and keeps an invitation while its session is recent (issue 15); the retention page shows
/// the real periods.
/// </summary>
public sealed class OutboxPurgeTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Run_OldSentEmails_AreDeletedAndEverythingElseIsKept()
    {
        // Arrange
        var sam = await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Sam);
        var now = factory.Clock.GetUtcNow();
        var course = await factory.AddCourseAsync("Course with an old invitation");
        var future = await factory.AddSessionAsync(course, TimeSpan.FromDays(10));
        OutboxEmail Email(string subject, DateTimeOffset created) => new(sam, NotificationKind.General, subject, "Body", "/notifications", null, false, created);
        var ids = await factory.WithDbAsync(async db =>
        {
            var oldSent = Email("Old sent", now.AddDays(-91));
            oldSent.RecordSent(now.AddDays(-91));
            var recentSent = Email("Recent sent", now.AddDays(-89));
            recentSent.RecordSent(now.AddDays(-89));
            var oldFailed = Email("Old failed", now.AddDays(-200));
            oldFailed.RecordFailure("refused", permanent: true, EmailRetryPolicy.Default, now.AddDays(-200));
            var oldPending = Email("Old pending", now.AddDays(-200));
            var oldInvitation = new OutboxEmail(sam, NotificationKind.BookingConfirmed, "Old invitation", "Body", "/courses", "BEGIN:VCALENDAR", false, now.AddDays(-120));
            oldInvitation.ForSession(future);
            oldInvitation.RecordSent(now.AddDays(-120));
            db.OutboxEmails.AddRange(oldSent, recentSent, oldFailed, oldPending, oldInvitation);
            await db.SaveChangesAsync();
            return new[] { oldSent.Id, recentSent.Id, oldFailed.Id, oldPending.Id, oldInvitation.Id };
        });
        var preview = await factory.WithScopeAsync(services => services.GetRequiredService<RetentionService>().PreviewAsync(1));

        // Act
        var result = await factory.WithScopeAsync(services => services.GetRequiredService<RetentionService>().RunAsync());

        // Assert
        Assert.True(preview.SentEmails >= 1);
        Assert.True(result.SentEmailsDeleted >= 1);
        var left = await factory.WithDbAsync(db => db.OutboxEmails.Where(e => ids.Contains(e.Id)).Select(e => e.Subject).OrderBy(s => s).ToListAsync());
        Assert.Equal(["Old failed", "Old invitation", "Old pending", "Recent sent"], left);
    }

    [Fact]
    public async Task RetentionPage_ShowsTheConfiguredPeriods()
    {
        // Arrange: the periods as configuration would set them (Retention:FormSubmissionsDays, Retention:SentEmailsDays).
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);
        var options = factory.Services.GetRequiredService<RetentionOptions>();
        (options.FormSubmissionsDays, options.SentEmailsDays) = (14, 120);
        try
        {
            // Act
            var page = await ade.GetDocumentAsync("/admin/retention");

            // Assert
            var text = page.Body!.NormalisedText();
            Assert.Contains("Older than 14 days (they hold no personal content)", text, StringComparison.Ordinal);
            Assert.Contains("Sent more than 120 days ago (failed and waiting emails are kept)", text, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("[data-testid=sent-emails-count]"));
        }
        finally
        {
            (options.FormSubmissionsDays, options.SentEmailsDays) = (30, 90);
        }
    }
}
