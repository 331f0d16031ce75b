using System.Net;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CpdPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real portal on Kestrel at http://127.0.0.1:{free port}, with its own fresh SQLite database (migrated and seeded
/// with the demo council at start-up, as in production) and a fixed clock. One per test class; stopped and deleted
/// at the end. Emails go to a Pickup folder of its own (<see cref="MailFolder"/>), never into the source tree.
/// </summary>
public class PortalAppFixture : IAsyncLifetime
{
    /// <summary>Few synthetic staff beside the named demo accounts: enough for every home page, quick to seed.</summary>
    public const int SyntheticStaff = 20;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cpdportal-browser-" + Guid.NewGuid().ToString("N"));
    private PortalApplicationFactory? _factory;
    private readonly bool _runJobs;
    private Uri? _baseAddress;

    public PortalAppFixture()
        : this(runJobs: true)
    {
    }

    /// <summary>With <paramref name="runJobs"/> false the scheduler starts nothing: the test runs each job itself (<see cref="Services"/>).</summary>
    protected PortalAppFixture(bool runJobs) => _runJobs = runJobs;

    public FixedTimeProvider Clock { get; } = new();

    /// <summary>The app's services, for a test that runs a scheduled job itself or arranges data.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The portal has not started.");

    /// <summary>Where the Pickup sender writes each email as an .eml file.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The portal has not started.");

    public string DatabasePath => Path.Combine(_folder, "cpdportal.db");

    public Uri Url(string path) => new(BaseAddress, path);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new PortalApplicationFactory(DatabasePath, MailFolder, _runJobs, Clock);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        // StartServer builds the host (migrations and the demo seed run in Program) and starts Kestrel; it blocks.
        await Task.Run(_factory.StartServer);

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        _baseAddress = new Uri(addresses.Addresses.Single());
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Program.cs with test settings. The content root is the web project (for wwwroot and the views).</summary>
    private sealed class PortalApplicationFactory(string databasePath, string mailFolder, bool runJobs, TimeProvider clock) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // As deployed: no developer pages, static files from wwwroot on disk. Demo seeding must then be asked for.
            builder.UseEnvironment(Environments.Production);
            builder.UseSetting("ConnectionStrings:CpdPortal", $"Data Source={databasePath}");
            builder.UseSetting("DemoSeed:Enabled", "true");
            // Every test signs in through the real form from 127.0.0.1: generous limits for tests, not switched off.
            builder.UseSetting("RateLimits:PerAddressPermitLimit", "100000");
            builder.UseSetting("RateLimits:PerAccountPermitLimit", "100000");
            builder.UseSetting("RateLimits:PerDevicePermitLimit", "100000");
            builder.UseSetting("Email:Provider", "Pickup");
            builder.UseSetting("Email:PickupPath", mailFolder);
            if (!runJobs)
            {
                builder.UseSetting("Jobs:Enabled", "false");
            }

            builder.UseSetting("DemoSeed:SyntheticStaff", SyntheticStaff.ToString(System.Globalization.CultureInfo.InvariantCulture));

            // WebApplicationFactory hands these settings to Program as command-line arguments, parent keys included
            // with empty values: "Serilog:MinimumLevel" must therefore be given as a scalar, not as "...:Default".
            builder.UseSetting("Serilog:MinimumLevel", "Warning");
            builder.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");

            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);

                // Keys in memory: nothing written to the home folder, nothing shared between runs.
                services.AddDataProtection().UseEphemeralDataProtectionProvider();
            });
        }
    }
}
