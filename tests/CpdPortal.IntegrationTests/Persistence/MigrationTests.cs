using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Persistence;

/// <summary>
/// Each provider's committed migrations build the database the model describes (docs/adr/0002, 0015): SQLite and
/// PostgreSQL are migrated for real whichever provider the run uses; SQL Server (no server here) is checked through
/// its model and its generated script.
/// </summary>
public sealed class MigrationTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string PendingChangesMessage = "The model has changed since the last migration: add one with `scripts/migrations.sh add <Name>` (README).";

    [Fact]
    public async Task StartUp_FreshDatabase_AppliesEveryMigration()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act
        var all = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();

        // Assert
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task HasPendingModelChanges_CommittedMigrations_MatchTheCurrentModel()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act
        var hasChanges = db.Database.HasPendingModelChanges();

        // Assert
        Assert.False(hasChanges, PendingChangesMessage);
    }

    [Fact]
    public async Task Migrate_EmptySqliteDatabase_CreatesATableForEveryEntity()
    {
        // Arrange: an empty database file, migrated without the app.
        var folder = Path.Combine(Path.GetTempPath(), "cpdportal-integration-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<SqliteCpdPortalDbContext>();
        DatabaseRegistration.ConfigureSqlite(options, $"Data Source={Path.Combine(folder, "empty.db")}");
        try
        {
            await using var db = new SqliteCpdPortalDbContext(options.Options);

            // Act
            await db.Database.MigrateAsync();
            var tables = await db.Database
                .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'")
                .ToListAsync();

            // Assert
            Assert.All(TablesOf(db), table => Assert.Contains(table, tables));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), PendingChangesMessage);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Migrate_EmptyPostgreSqlDatabase_CreatesATableForEveryEntity()
    {
        // Arrange: an empty database of its own on the tests' PostgreSQL server, migrated without the app.
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<PostgreSqlCpdPortalDbContext>();
        DatabaseRegistration.ConfigurePostgreSql(options, connectionString);
        try
        {
            await using var db = new PostgreSqlCpdPortalDbContext(options.Options);

            // Act
            await db.Database.MigrateAsync();
            var tables = await db.Database
                .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
                .ToListAsync();

            // Assert
            Assert.All(TablesOf(db), table => Assert.Contains(table, tables));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), PendingChangesMessage);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public void HasPendingModelChanges_SqlServerMigrations_MatchTheCurrentModel()
    {
        // Arrange: a SQL Server context that never connects (no SQL Server can run here).
        using var db = SqlServerContext();

        // Act
        var hasChanges = db.Database.HasPendingModelChanges();

        // Assert
        Assert.False(hasChanges, PendingChangesMessage);
    }

    [Fact]
    public void GenerateScript_SqlServerMigrations_CreateATableForEveryEntityAndTheGuards()
    {
        // Arrange
        using var db = SqlServerContext();

        // Act: the script a council's DBA would run (scripts/migrations.sh script SqlServer FILE).
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // Assert
        Assert.All(TablesOf(db), table => Assert.Contains($"CREATE TABLE [{table}] (", script, StringComparison.Ordinal));
        Assert.Contains("CREATE TRIGGER [TR_AuditEntries_AppendOnly] ON [AuditEntries] INSTEAD OF UPDATE, DELETE", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TRIGGER [TR_SurveyRounds_NoOverlap] ON [SurveyRounds] AFTER INSERT, UPDATE", script, StringComparison.Ordinal);
    }

    private static SqlServerCpdPortalDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<SqlServerCpdPortalDbContext>();
        DatabaseRegistration.ConfigureSqlServer(options, "Server=sql.invalid;Database=CpdPortal;Integrated Security=true;TrustServerCertificate=true");
        return new SqlServerCpdPortalDbContext(options.Options);
    }

    private static IEnumerable<string> TablesOf(DbContext db) =>
        db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct();
}
