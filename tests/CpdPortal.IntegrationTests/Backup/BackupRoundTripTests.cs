using System.Diagnostics;
using System.Net;
using CpdPortal.Infrastructure.Backup;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CpdPortal.IntegrationTests.Backup;

/// <summary>
/// The backup and restore commands on the embedded SQLite database (docs/backup.md): a backup taken while the portal
/// serves requests restores to a portal with the same rows and files, where people sign in as before.
/// </summary>
public sealed class BackupRoundTripTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cpdportal-backup-tests", Guid.NewGuid().ToString("N"));

    public BackupRoundTripTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task BackupThenRestore_WhileThePortalServes_GivesTheSameRowsFilesAndSignIn()
    {
        // Arrange: a running portal with a demo council, a file in its evidence folder and a change made after start.
        var original = Path.Combine(_folder, "original");
        await using var live = new SqlitePortal(original).Started();
        using var sam = live.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = CpdPortalFactory.BaseAddress });
        Assert.Equal(HttpStatusCode.Found, (await sam.SignInThroughFormAsync(DemoAccounts.Sam)).StatusCode);
        var evidence = Path.Combine(live.EvidenceFolder, "0123456789abcdef0123456789abcdef.pdf");
        byte[] bytes = [0x25, 0x50, 0x44, 0x46, 0x2D, 1, 2, 3, 4, 5];
        await File.WriteAllBytesAsync(evidence, bytes);
        var backup = Path.Combine(_folder, "backup");

        // Act: back up while someone keeps reading pages, then restore into a new place.
        var reading = Task.WhenAll(Enumerable.Range(0, 10).Select(_ => sam.GetAsync("/my/activities")));
        var (backupExit, backupOutput) = await RunAsync(live, BackupCommands.Backup, "--to", backup);
        foreach (var response in await reading)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        var before = await CountRowsAsync(live.Services);
        var restoredFolder = Path.Combine(_folder, "restored");
        await using var restoreSettings = new SqlitePortal(restoredFolder);
        var (restoreExit, restoreOutput) = await RunAsync(restoreSettings, BackupCommands.Restore, "--from", backup);

        // Assert
        Assert.True(backupExit == 0, backupOutput);
        Assert.True(restoreExit == 0, restoreOutput);
        var manifest = await BackupService.ReadManifestAsync(backup);
        Assert.Equal("Sqlite", manifest.Provider);
        Assert.Contains(manifest.Files, f => f.Path == "evidence/0123456789abcdef0123456789abcdef.pdf");
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(restoredFolder, "evidence", "0123456789abcdef0123456789abcdef.pdf")));

        await using var restored = new SqlitePortal(restoredFolder);
        Assert.Equal(before, await CountRowsAsync(restored.Services));
        Assert.Equal(manifest.Tables, before);
        using var again = restored.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = CpdPortalFactory.BaseAddress });
        Assert.Equal(HttpStatusCode.Found, (await again.SignInThroughFormAsync(DemoAccounts.Sam)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/my/activities")).StatusCode);
    }

    [Fact]
    public async Task Restore_OverAnExistingDatabaseWithoutForce_RefusesAndChangesNothing()
    {
        // Arrange
        await using var live = new SqlitePortal(Path.Combine(_folder, "live")).Started();
        var backup = Path.Combine(_folder, "backup");
        Assert.Equal(0, (await RunAsync(live, BackupCommands.Backup, "--to", backup)).Exit);
        using var sam = live.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = CpdPortalFactory.BaseAddress });
        Assert.Equal(HttpStatusCode.Found, (await sam.SignInThroughFormAsync(DemoAccounts.Sam)).StatusCode);
        var before = await CountRowsAsync(live.Services);
        Assert.NotEqual((await BackupService.ReadManifestAsync(backup)).Tables, before);

        // Act
        var (exit, output) = await RunAsync(live, BackupCommands.Restore, "--from", backup);

        // Assert: the rows written after the backup are still there. (The file's bytes are no measure: SQLite may
        // checkpoint its write-ahead log into the file at any time without changing a row.)
        Assert.Equal(1, exit);
        Assert.Contains("--force", output, StringComparison.Ordinal);
        Assert.Equal(before, await CountRowsAsync(live.Services));
    }

    [Fact]
    public async Task Backup_IntoAFolderThatIsNotEmpty_Refuses()
    {
        // Arrange
        await using var live = new SqlitePortal(Path.Combine(_folder, "live")).Started();
        var target = Path.Combine(_folder, "occupied");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "something.txt"), "keep me");

        // Act
        var (exit, output) = await RunAsync(live, BackupCommands.Backup, "--to", target);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("is not empty", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(target));
    }

    [Fact]
    public async Task Restore_FromAFolderThatIsNotABackup_SaysSo()
    {
        // Arrange
        await using var live = new SqlitePortal(Path.Combine(_folder, "live")).Started();

        // Act
        var (exit, output) = await RunAsync(live, BackupCommands.Restore, "--from", _folder);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("not a CpdPortal backup", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_OfAPostgreSqlPortal_CopiesTheFilesCountsTheRowsAndPointsToPgDump()
    {
        // Arrange
        var database = TestPostgres.NewDatabaseConnectionString();
        try
        {
            await using var live = new SqlitePortal(Path.Combine(_folder, "live"), database).Started();
            await File.WriteAllBytesAsync(Path.Combine(live.EvidenceFolder, "fedcba9876543210fedcba9876543210.png"), [0x89, 0x50, 0x4E, 0x47]);
            var backup = Path.Combine(_folder, "backup");

            // Act
            var (exit, output) = await RunAsync(live, BackupCommands.Backup, "--to", backup);

            // Assert
            Assert.True(exit == 0, output);
            Assert.Contains("pg_dump", output, StringComparison.Ordinal);
            var manifest = await BackupService.ReadManifestAsync(backup);
            Assert.Equal("PostgreSql", manifest.Provider);
            Assert.Null(manifest.DatabaseFile);
            Assert.Equal(await CountRowsAsync(live.Services), manifest.Tables);
            Assert.True(manifest.Tables["StaffMembers"] > 0);
            Assert.Contains(manifest.Files, f => f.Path == "evidence/fedcba9876543210fedcba9876543210.png");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temp folder's own clean-up.
        }
    }

    /// <summary>Runs <c>dotnet CpdPortal.Web.dll {args}</c> as its own process on the portal's settings, as an operator would.</summary>
    private static async Task<(int Exit, string Output)> RunAsync(SqlitePortal portal, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = portal.Folder };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in portal.Settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static async Task<SortedDictionary<string, long>> CountRowsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BackupService>().CountRowsAsync();
    }

    /// <summary>The portal on a SQLite file and an evidence folder of its own, whatever provider the suite runs on.</summary>
    private sealed class SqlitePortal : WebApplicationFactory<Program>
    {
        public SqlitePortal(string folder, string? postgres = null)
        {
            Folder = folder;
            Directory.CreateDirectory(EvidenceFolder);
            Settings = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = Environments.Development,
                ["Database:Provider"] = postgres is null ? "Sqlite" : "PostgreSql",
                ["ConnectionStrings:CpdPortal"] = postgres ?? $"Data Source={DatabasePath}",
                ["Evidence:Store"] = "FileSystem",
                ["Evidence:StoragePath"] = EvidenceFolder,
                ["DataProtection:KeysPath"] = Path.Combine(folder, "keys"),
                ["Jobs:Enabled"] = "false",
                ["DemoSeed:SyntheticStaff"] = "10",
            };
        }

        public string Folder { get; }

        /// <summary>Starts the portal now: it migrates and seeds its database.</summary>
        public SqlitePortal Started()
        {
            _ = Services;
            return this;
        }

        public Dictionary<string, string> Settings { get; }

        public FixedTimeProvider Clock { get; } = new();

        public string DatabasePath => Path.Combine(Folder, "cpdportal.db");

        public string EvidenceFolder => Path.Combine(Folder, "evidence");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(Environments.Development);
            foreach (var (key, value) in Settings.Where(s => s.Key.Contains(':', StringComparison.Ordinal)))
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        }
    }
}
