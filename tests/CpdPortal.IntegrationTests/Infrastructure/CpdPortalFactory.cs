using CpdPortal.Infrastructure.Persistence;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpdPortal.IntegrationTests.Infrastructure;

/// <summary>
/// One running portal on its own fresh database, for one test class (<c>IClassFixture</c>): a SQLite file by default,
/// or a PostgreSQL database of its own when <see cref="ProviderVariable"/> is <c>PostgreSql</c> (docs/adr/0015). The
/// app migrates and seeds the database itself at start-up, exactly as it does in production (its first migration
/// creates the PostgreSQL database); the file's folder or the PostgreSQL database is removed when the fixture is
/// disposed. The clock is fixed and a test authentication scheme sits beside the real cookie (see
/// <see cref="TestAuthentication"/>).
/// </summary>
public class CpdPortalFactory : WebApplicationFactory<Program>
{
    /// <summary>Synthetic staff beside the named demo accounts: enough for every page, small enough to start fast.</summary>
    public const int SyntheticStaff = 20;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cpdportal-integration-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The environment variable that chooses the tests' database provider: Sqlite (the default) or PostgreSql.</summary>
    public const string ProviderVariable = "CPDPORTAL_TEST_PROVIDER";

    /// <summary>
    /// Every cookie is Secure (docs/adr/0019) and .NET's cookie container sends Secure cookies to https addresses only:
    /// the test client talks to https://localhost (TestServer needs no certificate).
    /// </summary>
    public static readonly Uri BaseAddress = new("https://localhost");

    static CpdPortalFactory()
    {
        // Every test host watches its content root (appsettings.json reloads) and its web root (asp-append-version in
        // the layout). Dozens of hosts alive at once used up the machine's 128 inotify instances near the end of a run,
        // and the next page answered 500 ("The configured user limit (128) on the number of inotify instances has been
        // reached"). Polling watchers use none; the tests never change those files.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public CpdPortalFactory()
    {
        ClientOptions.BaseAddress = BaseAddress;
        Directory.CreateDirectory(_folder);
        ConnectionString = Provider == DatabaseOptions.PostgreSql
            ? TestPostgres.NewDatabaseConnectionString()
            : $"Data Source={DatabasePath}";
    }

    /// <summary>The provider every factory of this test run uses (<see cref="ProviderVariable"/>).</summary>
    public static string Provider { get; } = ReadProvider();

    /// <summary>True when the tests run on PostgreSQL.</summary>
    public static bool IsPostgreSql => Provider == DatabaseOptions.PostgreSql;

    /// <summary>This app's connection string: its own SQLite file, or its own PostgreSQL database.</summary>
    public string ConnectionString { get; }

    /// <summary>The clock the app runs on; the demo council is seeded relative to it.</summary>
    public FixedTimeProvider Clock { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "cpdportal.db");

    /// <summary>Everything the app logged through Microsoft.Extensions.Logging, for "never logs X" checks.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The hosting environment; Development unless a subclass says otherwise.</summary>
    protected virtual string HostEnvironment => Environments.Development;

    /// <summary>The RateLimits settings of this factory: generous for the tests that sign in many times.</summary>
    protected virtual IReadOnlyDictionary<string, string> RateLimitSettings { get; } = new Dictionary<string, string>
    {
        ["RateLimits:PerAddressPermitLimit"] = "100000",
        ["RateLimits:PerAccountPermitLimit"] = "100000",
        ["RateLimits:PerDevicePermitLimit"] = "100000",
    };

    /// <summary>Whether to write any DemoSeed setting (a Production factory leaves the section alone).</summary>
    protected virtual bool ConfigureDemoSeed => true;

    /// <summary>A client that is not signed in; it keeps cookies and never follows redirects.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = BaseAddress });

    /// <summary>A client signed in as a demo account through the test scheme (the <see cref="TestAuthentication.Header"/>).</summary>
    public HttpClient CreateClientFor(DemoAccount account)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, account.Email);
        return client;
    }

    /// <summary>A client for a matrix column: null or "anonymous" is signed out, anything else an email address.</summary>
    public HttpClient CreateClientFor(string? who) =>
        who is null or Who.Anonymous
            ? CreateAnonymousClient()
            : CreateClientFor(DemoAccounts.All.Single(a => a.Email == who));

    /// <summary>Runs <paramref name="action"/> in a fresh DI scope of the running app (for database checks).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(HostEnvironment);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:CpdPortal", ConnectionString);
        // Serilog keeps appsettings.json's sinks: its file sink writes to logs/ under the test output folder
        // (git-ignored). Overriding one entry of the WriteTo array with UseSetting breaks Serilog's configuration
        // reader, so the tests read what was logged through LogCapture instead.
        // Serilog filters before the log capture sees an event: the query-count tests read EF's "Executed DbCommand".
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        // The follow-up job would run at start-up behind the tests' backs; tests call its service when they mean to.
        builder.UseSetting("Jobs:Enabled", "false");
        // One test class signs in many times from one address (TestServer has none) and to one account: limits for
        // tests, not switched off (RateLimitTests uses the production defaults through a subclass).
        foreach (var (key, value) in RateLimitSettings)
        {
            builder.UseSetting(key, value);
        }
        if (ConfigureDemoSeed)
        {
            builder.UseSetting("DemoSeed:SyntheticStaff", SyntheticStaff.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);

            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);

            services.AddAuthentication(o =>
                {
                    o.DefaultScheme = TestAuthentication.PolicyScheme;
                    o.DefaultAuthenticateScheme = TestAuthentication.PolicyScheme;
                    o.DefaultChallengeScheme = TestAuthentication.PolicyScheme;
                    o.DefaultForbidScheme = TestAuthentication.PolicyScheme;
                })
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthentication.Scheme, null)
                .AddPolicyScheme(TestAuthentication.PolicyScheme, "Test header or the real cookie", o =>
                    o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(TestAuthentication.Header)
                        ? TestAuthentication.Scheme
                        : IdentityConstants.ApplicationScheme);

            // The test-only controllers (a page only administrators may open, an action that throws).
            services.AddControllersWithViews().AddApplicationPart(typeof(CpdPortalFactory).Assembly);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (IsPostgreSql)
            {
                // Blocking is safe here: xUnit disposes fixtures off any synchronisation context.
                TestPostgres.DropDatabaseAsync(ConnectionString).GetAwaiter().GetResult();
            }
            else
            {
                SqliteConnection.ClearAllPools();
            }

            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open (e.g. the log) is left to the temp folder's own clean-up.
            }
        }
    }
    private static string ReadProvider()
    {
        var value = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseOptions.Sqlite;
        }

        return value.Trim() switch
        {
            var v when v.Equals(DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase) => DatabaseOptions.Sqlite,
            var v when v.Equals(DatabaseOptions.PostgreSql, StringComparison.OrdinalIgnoreCase) => DatabaseOptions.PostgreSql,
            _ => throw new InvalidOperationException($"{ProviderVariable} must be Sqlite or PostgreSql, not '{value}'."),
        };
    }
}

/// <summary>The same app in the Production environment with no DemoSeed setting at all: no demo council.</summary>
public sealed class ProductionCpdPortalFactory : CpdPortalFactory
{
    protected override string HostEnvironment => Environments.Production;

    protected override bool ConfigureDemoSeed => false;
}
