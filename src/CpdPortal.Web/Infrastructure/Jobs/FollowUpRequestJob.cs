using CpdPortal.Application.Supervision;

namespace CpdPortal.Web.Infrastructure.Jobs;

/// <summary>
/// Asks supervisors for course follow-ups as they fall due (three months after a completion). Run by
/// <see cref="ScheduledJobService{TJob}"/> on the instance that holds its lease. The work is idempotent as well
/// (one follow-up per completion). Logs counts only.
/// </summary>
public sealed partial class FollowUpRequestJob(PracticeFollowUpService followUps, ILogger<FollowUpRequestJob> logger) : IScheduledJob
{
    public string Name => "course-follow-ups";

    public async Task RunAsync(CancellationToken ct)
    {
        var created = await followUps.RequestDueAsync(ct);
        if (created > 0)
        {
            LogRequested(logger, created);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Requested {Count} course follow-ups from supervisors")]
    private static partial void LogRequested(ILogger logger, int count);
}
