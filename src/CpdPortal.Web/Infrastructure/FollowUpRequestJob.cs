using CpdPortal.Application.Supervision;

namespace CpdPortal.Web.Infrastructure;

/// <summary>Switches and rhythm of the portal's background job (section "Jobs").</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Off in tests, which run the job's service directly so that nothing happens behind their back.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>
/// Asks supervisors for course follow-ups as they fall due (three months after a completion): at start-up, then every
/// <see cref="JobOptions.Interval"/>. The work is idempotent (one follow-up per completion), so several instances
/// or a restart do no harm. Logs counts only.
/// </summary>
public sealed partial class FollowUpRequestJob(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<JobOptions> options, ILogger<FollowUpRequestJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<PracticeFollowUpService>().RequestDueAsync(ct);
            if (created > 0)
            {
                LogRequested(logger, created);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed run is tried again at the next tick; the portal itself carries on.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Requested {Count} course follow-ups from supervisors")]
    private static partial void LogRequested(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Requesting course follow-ups failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
