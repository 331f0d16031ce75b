using CpdPortal.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Infrastructure.Jobs;

/// <summary>Switches and rhythm of the portal's background jobs (section "Jobs").</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Off in tests, which run a job's service directly so that nothing happens behind their back.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each job is due; also how long an instance's lease on a job lasts.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>One piece of time-driven work. Resolved in a scope of its own for each run.</summary>
public interface IScheduledJob
{
    /// <summary>The job's lease name: stable, never shown to anyone.</summary>
    string Name { get; }

    Task RunAsync(CancellationToken ct);
}

/// <summary>This process's name in the job leases: machine, process and a random part, so two instances never share one.</summary>
public sealed class JobInstance
{
    public JobInstance()
    {
        var id = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        Id = id.Length <= JobLease.HolderIdMaxLength ? id : id[^JobLease.HolderIdMaxLength..];
    }

    public string Id { get; }
}

/// <summary>
/// Runs a job once on whichever instance holds its lease (docs/adr/0012): every instance tries at each tick, the
/// lease (<see cref="IJobLease"/>, as long as one interval) lets one of them through per interval.
/// </summary>
public sealed partial class ScheduledJobRunner(IServiceScopeFactory scopes, JobInstance instance, IOptions<JobOptions> options, ILogger<ScheduledJobRunner> logger)
{
    /// <summary>Runs <typeparamref name="TJob"/> if this instance holds (or takes) its lease; true when it ran to the end.</summary>
    public async Task<bool> TryRunAsync<TJob>(CancellationToken ct)
        where TJob : class, IScheduledJob
    {
        string? name = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredService<TJob>();
            name = job.Name;
            var lease = scope.ServiceProvider.GetRequiredService<IJobLease>();
            var interval = scope.ServiceProvider.GetService<JobInterval<TJob>>()?.Interval ?? options.Value.Interval;
            if (!await lease.TryAcquireAsync(job.Name, instance.Id, interval, ct))
            {
                LogSkipped(logger, job.Name);
                return false;
            }

            await job.RunAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed run is tried again at the next tick; the portal itself carries on.
            LogFailed(logger, name ?? typeof(TJob).Name, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} is held by another instance")]
    private static partial void LogSkipped(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}

/// <summary>A job's own interval (and lease), when it must run more often than <see cref="JobOptions.Interval"/> (the email outbox).</summary>
public sealed record JobInterval<TJob>(TimeSpan Interval)
    where TJob : class, IScheduledJob;

/// <summary>Ticks one job: at start-up, then every <see cref="JobOptions.Interval"/> (or its own <see cref="JobInterval{TJob}"/>) on the injected clock.</summary>
public sealed class ScheduledJobService<TJob>(ScheduledJobRunner runner, TimeProvider clock, IOptions<JobOptions> options, JobInterval<TJob>? own = null) : BackgroundService
    where TJob : class, IScheduledJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(own?.Interval ?? options.Value.Interval, clock);
        do
        {
            await runner.TryRunAsync<TJob>(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class ScheduledJobRegistration
{
    /// <summary>Registers the job machinery once and <typeparamref name="TJob"/> as a leased, scheduled job.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, TimeSpan? interval = null)
        where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        if (interval is { } own)
        {
            services.AddSingleton(new JobInterval<TJob>(own));
        }

        services.AddHostedService<ScheduledJobService<TJob>>();
        return services;
    }
}
