using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.SeveralInstances;

/// <summary>
/// Two portal hosts built from Program on ONE PostgreSQL database, on one clock the test moves: at every tick both
/// instances try each job (exactly what <see cref="ScheduledJobService{TJob}"/> does), and the work runs once per
/// interval across them.
/// </summary>
public sealed class TwoInstancesJobTests : IAsyncLifetime
{
    private readonly FixedTimeProvider _clock = new();
    private readonly RunCounter _runs = new();
    private string _database = string.Empty;
    private PortalInstance? _a;
    private PortalInstance? _b;

    public async Task InitializeAsync()
    {
        _database = TestPostgres.NewDatabaseConnectionString("cpdportal_jobs");
        _a = PortalInstance.OnPostgreSql(_database, _clock, services: Register);
        _ = _a.Services;
        _b = PortalInstance.OnPostgreSql(_database, _clock, services: Register);
        _ = _b.Services;
    }

    public async Task DisposeAsync()
    {
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        await TestPostgres.DropDatabaseAsync(_database);
    }

    [Fact]
    public async Task Tick_OnBothInstances_RunsTheWorkOncePerInterval()
    {
        // Arrange
        var interval = new JobOptions().Interval;
        var ranPerTick = new List<int>();

        // Act: five ticks, each on both instances at the same moment, the clock one interval on between ticks.
        for (var tick = 0; tick < 5; tick++)
        {
            var ran = await Task.WhenAll(TickAsync<CountingJob>(_a!), TickAsync<CountingJob>(_b!));
            ranPerTick.Add(ran.Count(r => r));
            _clock.Advance(interval);
        }

        // Assert
        Assert.Equal([1, 1, 1, 1, 1], ranPerTick);
        Assert.Equal(5, _runs.Count);
    }

    [Fact]
    public async Task Tick_WithinTheInterval_DoesNotRunOnTheOtherInstance()
    {
        // Arrange
        var first = await Task.WhenAll(TickAsync<CountingJob>(_a!), TickAsync<CountingJob>(_b!));
        var other = first[0] ? _b! : _a!;
        _clock.Advance(TimeSpan.FromHours(1));

        // Act: the instance that did not run ticks again while the holder's lease still runs (e.g. it started later).
        var again = await TickAsync<CountingJob>(other);

        // Assert
        Assert.Single(first, r => r);
        Assert.False(again);
        Assert.Equal(1, _runs.Count);
    }

    [Fact]
    public async Task FollowUpRequestJob_OnBothInstances_RunsOnTheLeaseHolderOnly()
    {
        // Act
        var ran = await Task.WhenAll(TickAsync<FollowUpRequestJob>(_a!), TickAsync<FollowUpRequestJob>(_b!));

        // Assert
        Assert.Single(ran, r => r);
        var winner = ran[0] ? _a! : _b!;
        var holder = await winner.QueryAsync(db => db.JobLeases.Where(l => l.JobName == "course-follow-ups").Select(l => l.HolderId).SingleAsync());
        Assert.Equal(winner.Services.GetRequiredService<JobInstance>().Id, holder);
        Assert.NotEqual(_a!.Services.GetRequiredService<JobInstance>().Id, _b!.Services.GetRequiredService<JobInstance>().Id);
    }

    private static Task<bool> TickAsync<TJob>(PortalInstance instance)
        where TJob : class, IScheduledJob =>
        instance.Services.GetRequiredService<ScheduledJobRunner>().TryRunAsync<TJob>(CancellationToken.None);

    private void Register(IServiceCollection services)
    {
        services.AddSingleton(_runs);
        services.AddScoped<CountingJob>();
    }

    /// <summary>Counts runs across both instances (one object shared by the two hosts).</summary>
    public sealed class RunCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    /// <summary>A job whose only work is to be counted.</summary>
    public sealed class CountingJob(RunCounter runs, CpdPortalDbContext db) : IScheduledJob
    {
        public string Name => "counting";

        public async Task RunAsync(CancellationToken ct)
        {
            // Touches the shared database, as real work would.
            _ = await db.Teams.CountAsync(ct);
            runs.Add();
        }
    }
}
