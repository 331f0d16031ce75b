using System.Diagnostics;

namespace CpdPortal.IntegrationTests.Startup;

/// <summary>
/// Settings or a database that cannot work stop the real portal process with one line that says what to do, exit code 1
/// and no stack trace (issue 12, "Bad input"; docs/deployment.md).
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cpdportal-startup-tests", Guid.NewGuid().ToString("N"));

    public StartupFailureTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string, string, string, string> BadSettings => new()
    {
        { "an unknown provider", "Postgres", "Data Source=x.db", "Database:Provider 'Postgres' is not supported. Set it to one of: Sqlite, PostgreSql, SqlServer." },
        { "a server provider without a connection string", "PostgreSql", "", "Database:Provider is PostgreSql but ConnectionStrings:CpdPortal is empty." },
        { "a malformed connection string", "PostgreSql", "Hots=nowhere;;=", "is not a valid connection string" },
        { "a server nobody listens on", "PostgreSql", "Host=127.0.0.1;Port=9;Database=cpdportal;Username=nobody;Timeout=3", "the database cannot be reached or refused the connection" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Start_BadDatabaseSettings_StopsWithOneClearLine(string because, string provider, string connectionString, string expected)
    {
        // Act
        var (exit, output, errors) = await StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__CpdPortal"] = connectionString,
        });

        // Assert
        Assert.True(exit == 1, because);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("CpdPortal cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MigrationsMissingAndMigrateOnStartupOff_NamesTheNewestMissingMigration()
    {
        // Act
        var (exit, output, errors) = await StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__CpdPortal"] = $"Data Source={Path.Combine(_folder, "empty.db")}",
            ["Database__MigrateOnStartup"] = "false",
        });

        // Assert
        Assert.Equal(1, exit);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^CpdPortal cannot start: the database lacks \\d+ migration\\(s\\), the newest \\d{14}_\\w+, and Database:MigrateOnStartup is false", line);
        Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Starts <c>dotnet CpdPortal.Web.dll</c> as an operator would; every case here ends before it serves.</summary>
    private async Task<(int Exit, string Output, string Errors)> StartAsync(Dictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Jobs__Enabled"] = "false";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The portal kept running: it should have stopped at start-up.");
        }

        return (process.ExitCode, await output, await errors);
    }
}
