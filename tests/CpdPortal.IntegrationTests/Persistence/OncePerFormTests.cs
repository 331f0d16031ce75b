using CpdPortal.Application.Common;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Persistence;

/// <summary>
/// <see cref="OncePerForm.SaveAsync"/> on each database we run (docs/adr/0017): the same form instance saved from two
/// contexts, one after the other and at the same moment, keeps one record, and the losing save answers with it. The
/// "record" is a team, the simplest entity with an integer id.
/// </summary>
public sealed class OncePerFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql"];

    /// <summary>A freshly migrated database of the provider and a way to open contexts on it; disposing drops it.</summary>
    private sealed class Database(string provider, string connectionString, Action cleanUp) : IAsyncDisposable
    {
        public static async Task<Database> CreateAsync(string provider)
        {
            Database database;
            if (provider == "Sqlite")
            {
                var folder = Path.Combine(Path.GetTempPath(), "cpdportal-integration-tests", Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(folder);
                database = new Database(provider, $"Data Source={Path.Combine(folder, "once.db")}", () =>
                {
                    SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                });
            }
            else
            {
                var connectionString = await TestPostgres.CreateDatabaseAsync("cpdportal_once");
                database = new Database(provider, connectionString, () => TestPostgres.DropDatabaseAsync(connectionString).GetAwaiter().GetResult());
            }

            await using var db = database.Open();
            await db.Database.MigrateAsync();
            return database;
        }

        public CpdPortalDbContext Open()
        {
            if (provider == "Sqlite")
            {
                var options = new DbContextOptionsBuilder<SqliteCpdPortalDbContext>();
                DatabaseRegistration.ConfigureSqlite(options, connectionString);
                return new SqliteCpdPortalDbContext(options.Options);
            }

            var postgres = new DbContextOptionsBuilder<PostgreSqlCpdPortalDbContext>();
            DatabaseRegistration.ConfigurePostgreSql(postgres, connectionString);
            return new PostgreSqlCpdPortalDbContext(postgres.Options);
        }

        public ValueTask DisposeAsync()
        {
            cleanUp();
            return ValueTask.CompletedTask;
        }
    }

    private static async Task<Submission> SaveTeamAsync(Database database, FormInstance form, string name)
    {
        await using var db = database.Open();
        var team = new Team(name);
        db.Teams.Add(team);
        return await OncePerForm.SaveAsync(db, form, SubmittedRecords.CpdActivity, () => team.Id, Now);
    }

    private static async Task<List<string>> TeamNamesAsync(Database database, string prefix)
    {
        await using var db = database.Open();
        return await db.Teams.Where(t => t.Name.StartsWith(prefix)).Select(t => t.Name).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_SameFormAfterTheFirst_RollsBackAndAnswersWithTheFirstRecord(string provider)
    {
        // Arrange: no look-up first, so the second save reaches the database and breaks the primary key.
        await using var database = await Database.CreateAsync(provider);
        var form = new FormInstance(Guid.NewGuid(), "account-a");
        var first = await SaveTeamAsync(database, form, "After one");

        // Act
        var second = await SaveTeamAsync(database, form, "After two");

        // Assert
        Assert.Equal(SubmissionOutcome.Created, first.Outcome);
        Assert.Equal(new Submission(SubmissionOutcome.Repeated, first.RecordId), second);
        Assert.Equal(["After one"], await TeamNamesAsync(database, "After "));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_SameFormAtOnce_KeepsOneRecordAndBothAnswerWithIt(string provider)
    {
        // Arrange
        await using var database = await Database.CreateAsync(provider);
        var form = new FormInstance(Guid.NewGuid(), "account-a");

        // Act
        var results = await Task.WhenAll(SaveTeamAsync(database, form, "At once one"), SaveTeamAsync(database, form, "At once two"));

        // Assert
        Assert.Single(results, r => r.Outcome == SubmissionOutcome.Created);
        Assert.Single(results, r => r.Outcome == SubmissionOutcome.Repeated);
        Assert.Single(results.Select(r => r.RecordId).Distinct());
        Assert.Single(await TeamNamesAsync(database, "At once "));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_FormIdOfAnotherAccount_SavesNothingAndSaysNotYours(string provider)
    {
        // Arrange
        await using var database = await Database.CreateAsync(provider);
        var id = Guid.NewGuid();
        await SaveTeamAsync(database, new FormInstance(id, "account-a"), "Theirs");

        // Act
        var result = await SaveTeamAsync(database, new FormInstance(id, "account-b"), "Mine");

        // Assert
        Assert.Equal(Submission.NotYours, result);
        Assert.Empty(await TeamNamesAsync(database, "Mine"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_AnotherUniqueKeyBroken_ThrowsAndRecordsNoForm(string provider)
    {
        // Arrange: a team name is unique; a new form instance with a taken name is the caller's own rule, not a repeat.
        await using var database = await Database.CreateAsync(provider);
        await SaveTeamAsync(database, new FormInstance(Guid.NewGuid(), "account-a"), "Taken");
        var form = new FormInstance(Guid.NewGuid(), "account-a");

        // Act
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => SaveTeamAsync(database, form, "Taken"));

        // Assert
        await using var db = database.Open();
        Assert.True(db.IsUniqueViolation(failure));
        Assert.False(await db.FormSubmissions.AnyAsync(s => s.Id == form.Id));
    }
}
