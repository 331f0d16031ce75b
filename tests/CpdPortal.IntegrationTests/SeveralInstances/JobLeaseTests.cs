using CpdPortal.Infrastructure.Jobs;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.SeveralInstances;

/// <summary>The lease rule (DatabaseJobLease) on a real SQLite file and a real PostgreSQL database, migrated as in production.</summary>
public sealed class JobLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    private readonly FixedTimeProvider _clock = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cpdportal-lease-tests", Guid.NewGuid().ToString("N"));
    private string? _postgres;

    public static TheoryData<string> Providers => [DatabaseOptions.Sqlite, DatabaseOptions.PostgreSql];

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (_postgres is not null)
        {
            await TestPostgres.DropDatabaseAsync(_postgres);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TryAcquire_NoLeaseYet_TakesIt(string provider)
    {
        // Arrange
        var open = await DatabaseAsync(provider);
        await using var db = open();

        // Act
        var taken = await Lease(db).TryAcquireAsync("job", "instance-a", Interval);

        // Assert
        Assert.True(taken);
        var row = await db.JobLeases.AsNoTracking().SingleAsync();
        Assert.Equal(("job", "instance-a", _clock.GetUtcNow() + Interval), (row.JobName, row.HolderId, row.ExpiresAt));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TryAcquire_AnotherInstancesLeaseRuns_RefusedUntilItExpires(string provider)
    {
        // Arrange
        var open = await DatabaseAsync(provider);
        await using (var a = open())
        {
            Assert.True(await Lease(a).TryAcquireAsync("job", "instance-a", Interval));
        }

        await using var b = open();

        // Act
        var duringTheLease = await Lease(b).TryAcquireAsync("job", "instance-b", Interval);
        _clock.Advance(Interval - TimeSpan.FromSeconds(1));
        var aSecondBefore = await Lease(b).TryAcquireAsync("job", "instance-b", Interval);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await Lease(b).TryAcquireAsync("job", "instance-b", Interval);

        // Assert
        Assert.False(duringTheLease);
        Assert.False(aSecondBefore);
        Assert.True(atExpiry);
        var row = await b.JobLeases.AsNoTracking().SingleAsync();
        Assert.Equal(("instance-b", _clock.GetUtcNow() + Interval), (row.HolderId, row.ExpiresAt));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TryAcquire_ByTheHolder_RenewsItsLease(string provider)
    {
        // Arrange
        var open = await DatabaseAsync(provider);
        await using var db = open();
        Assert.True(await Lease(db).TryAcquireAsync("job", "instance-a", Interval));
        _clock.Advance(TimeSpan.FromHours(1));

        // Act
        var renewed = await Lease(db).TryAcquireAsync("job", "instance-a", Interval);

        // Assert
        Assert.True(renewed);
        Assert.Equal(_clock.GetUtcNow() + Interval, (await db.JobLeases.AsNoTracking().SingleAsync()).ExpiresAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TryAcquire_TwoInstancesAtOnceOnANewJob_OnlyOneGetsIt(string provider)
    {
        // Arrange
        var open = await DatabaseAsync(provider);
        await using var a = open();
        await using var b = open();

        // Act
        var results = await Task.WhenAll(
            Lease(a).TryAcquireAsync("job", "instance-a", Interval),
            Lease(b).TryAcquireAsync("job", "instance-b", Interval));

        // Assert
        Assert.Single(results, taken => taken);
        Assert.Single(await a.JobLeases.AsNoTracking().ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TryAcquire_DifferentJobs_AreLeasedSeparately(string provider)
    {
        // Arrange
        var open = await DatabaseAsync(provider);
        await using var db = open();
        Assert.True(await Lease(db).TryAcquireAsync("job-one", "instance-a", Interval));

        // Act
        var other = await Lease(db).TryAcquireAsync("job-two", "instance-b", Interval);

        // Assert
        Assert.True(other);
    }

    private DatabaseJobLease Lease(CpdPortalDbContext db) => new(db, _clock);

    /// <summary>A migrated, empty database of the provider; returns a way to open contexts on it.</summary>
    private async Task<Func<CpdPortalDbContext>> DatabaseAsync(string provider)
    {
        Func<CpdPortalDbContext> open;
        if (provider == DatabaseOptions.Sqlite)
        {
            var connectionString = $"Data Source={Path.Combine(_folder, "lease.db")}";
            open = () =>
            {
                var options = new DbContextOptionsBuilder<SqliteCpdPortalDbContext>();
                DatabaseRegistration.ConfigureSqlite(options, connectionString);
                return new SqliteCpdPortalDbContext(options.Options);
            };
        }
        else
        {
            _postgres = await TestPostgres.CreateDatabaseAsync("cpdportal_lease");
            var connectionString = _postgres;
            open = () =>
            {
                var options = new DbContextOptionsBuilder<PostgreSqlCpdPortalDbContext>();
                DatabaseRegistration.ConfigurePostgreSql(options, connectionString);
                return new PostgreSqlCpdPortalDbContext(options.Options);
            };
        }

        await using var db = open();
        await db.Database.MigrateAsync();
        return open;
    }
}
