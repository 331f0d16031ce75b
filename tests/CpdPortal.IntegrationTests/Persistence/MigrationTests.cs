using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Persistence;

/// <summary>The committed SQLite migrations build the database the model describes (docs/adr/0002).</summary>
public sealed class MigrationTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
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
        Assert.False(hasChanges, "The model has changed since the last migration: add one with `dotnet ef migrations add` (README).");
    }

    [Fact]
    public async Task Migrate_EmptyDatabaseFile_CreatesATableForEveryEntity()
    {
        // Arrange: a second, empty database file, migrated without the app.
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
                .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
                .ToListAsync();

            // Assert
            var expected = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct();
            Assert.All(expected, table => Assert.Contains(table, tables));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
