using CpdPortal.Application.Notifications;

namespace CpdPortal.Web.Infrastructure.Jobs;

/// <summary>
/// Sends the email outbox (docs/adr/0023): every Email:Sending:Interval (a minute by default) on the instance that
/// holds its lease; the claim in <see cref="EmailDispatchService"/> keeps rows disjoint even if two runs overlap. Logs counts only.
/// </summary>
public sealed partial class EmailOutboxJob(EmailDispatchService dispatch, ILogger<EmailOutboxJob> logger) : IScheduledJob
{
    public string Name => "email-outbox";

    public async Task RunAsync(CancellationToken ct)
    {
        // A run sends batch after batch until nothing is due, so a survey's hundred emails do not wait for a hundred ticks.
        for (var batch = 0; batch < 50; batch++)
        {
            var result = await dispatch.SendDueAsync(ct);
            if (result.Claimed == 0)
            {
                return;
            }

            LogSent(logger, result.Sent, result.Retrying, result.Failed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email outbox: {Sent} sent, {Retrying} to try again, {Failed} failed")]
    private static partial void LogSent(ILogger logger, int sent, int retrying, int failed);
}

/// <summary>The time-driven notices (session reminders, supervision, registration) and the weekly digests. Logs counts only.</summary>
public sealed partial class NoticeJob(ReminderService reminders, DigestService digests, ILogger<NoticeJob> logger) : IScheduledJob
{
    public string Name => "notices";

    public async Task RunAsync(CancellationToken ct)
    {
        var result = await reminders.RunAsync(ct);
        var written = await digests.WriteDueAsync(ct);
        LogNotices(logger, result.SessionReminders, result.SupervisionNotices, result.RegistrationNotices, written);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notices: {Sessions} session reminders, {Supervision} supervision notices, {Registration} registration notices, {Digests} digests")]
    private static partial void LogNotices(ILogger logger, int sessions, int supervision, int registration, int digests);
}
