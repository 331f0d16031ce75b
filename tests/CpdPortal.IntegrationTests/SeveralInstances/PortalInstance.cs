using System.Net;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CpdPortal.IntegrationTests.SeveralInstances;

/// <summary>
/// One instance of the real portal (Program.cs) on a database it is given, as a load balancer's pool member would
/// run: no test authentication scheme, its own data-protection key ring read from the database, a clock the test
/// holds. Several of these on one database behave as several servers. <see cref="StartOnKestrelAsync"/> puts it on a
/// real socket at http://127.0.0.1:{free port}; otherwise it runs on TestServer.
/// </summary>
public sealed class PortalInstance : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly Dictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;
    private Uri? _baseAddress;

    public PortalInstance(string provider, string connectionString, FixedTimeProvider clock, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        _provider = provider;
        _connectionString = connectionString;
        Clock = clock;
        _settings = settings is null ? [] : new Dictionary<string, string>(settings);
        _services = services;
    }

    public FixedTimeProvider Clock { get; }

    /// <summary>Where the instance listens on Kestrel (after <see cref="StartOnKestrelAsync"/>).</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("Not started on Kestrel.");

    /// <summary>An instance on PostgreSQL.</summary>
    public static PortalInstance OnPostgreSql(string connectionString, FixedTimeProvider clock, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) =>
        new(DatabaseOptions.PostgreSql, connectionString, clock, settings, services);

    /// <summary>Starts the host on Kestrel at 127.0.0.1 on a free port (migrations and the seed run first, in Program).</summary>
    public async Task StartOnKestrelAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        await Task.Run(StartServer);
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        _baseAddress = new Uri(addresses.Addresses.Single());
    }

    /// <summary>Runs <paramref name="action"/> in a fresh DI scope of the running instance.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>A query on the instance's database.</summary>
    public Task<T> QueryAsync<T>(Func<CpdPortalDbContext, Task<T>> query) =>
        WithScopeAsync(sp => query(sp.GetRequiredService<CpdPortalDbContext>()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("ConnectionStrings:CpdPortal", _connectionString);
        builder.UseSetting("DemoSeed:SyntheticStaff", "20");
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            _services?.Invoke(services);
        });
    }
}
