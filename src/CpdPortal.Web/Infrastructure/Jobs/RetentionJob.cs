using CpdPortal.Application.Privacy;

namespace CpdPortal.Web.Infrastructure.Jobs;

/// <summary>
/// The retention rules (docs/adr/0020), run by <see cref="ScheduledJobService{TJob}"/> on the instance that holds the
/// job's lease, so once across instances each interval. The work is idempotent too. Logs counts only.
/// </summary>
public sealed class RetentionJob(RetentionService retention) : IScheduledJob
{
    public string Name => "retention";

    public Task RunAsync(CancellationToken ct) => retention.RunAsync(ct);
}
