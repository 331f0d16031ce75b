using System.Diagnostics;
using Npgsql;

namespace CpdPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use. <c>./test.sh</c> starts a throwaway cluster (scripts/postgres.sh) and passes
/// its connection string in <see cref="EnvironmentVariable"/>; run alone (an IDE, <c>dotnet test</c>), the first test
/// that needs PostgreSQL starts one itself and it is stopped when the test process exits. Each caller gets a
/// database of its own, so tests never see each other's data.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "CPDPORTAL_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(FindOrStartServer, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the server's maintenance database ("postgres").</summary>
    public static string ServerConnectionString => Server.Value;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "cpdportal_test")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A name for a database that does not exist yet (the portal's first migration creates it).</summary>
    public static string NewDatabaseConnectionString(string prefix = "cpdportal_test") =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = $"{prefix}_{Guid.NewGuid():N}" }.ConnectionString;

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what is still connected.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string FindOrStartServer()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var repository = FindRepositoryRoot();
        var folder = Path.Combine(Path.GetTempPath(), "cpdportal-test-postgres-" + Guid.NewGuid().ToString("N"));
        var script = Path.Combine(repository, "scripts", "postgres.sh");
        var started = Run(script, "start", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", folder);
        return started.Trim().Split('\n')[^1];
    }

    private static string Run(string script, string verb, string folder)
    {
        var info = new ProcessStartInfo("bash", [script, verb, folder]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not run scripts/postgres.sh.");
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"scripts/postgres.sh {verb} failed ({process.ExitCode}): {errors}");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CpdPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CpdPortal.sln not found above the test folder; set " + EnvironmentVariable + ".");
    }
}
