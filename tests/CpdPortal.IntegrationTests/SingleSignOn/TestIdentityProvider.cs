using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CpdPortal.IntegrationTests.SingleSignOn;

/// <summary>Who the test provider signs in at its next authorization request (there is no login UI).</summary>
public sealed record ProviderUser(string Subject, string? Email, bool? EmailVerified = true, string? ObjectId = null);

/// <summary>
/// A real OpenID Connect provider for the tests: OpenIddict's server with its EF Core stores on an in-memory SQLite
/// connection, on Kestrel at 127.0.0.1 on a free port, with ephemeral keys made at start. The authorization endpoint
/// signs in <see cref="NextUser"/> without any UI; discovery, JWKS, token and end-session endpoints are OpenIddict's own.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "cpdportal-tests";
    public const string PortalBase = "https://localhost";

    private readonly WebApplication _app;
    private readonly SqliteConnection _connection;

    private TestIdentityProvider(WebApplication app, SqliteConnection connection, TestProviderClock clock, string clientSecret)
    {
        _app = app;
        _connection = connection;
        Clock = clock;
        ClientSecret = clientSecret;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Authority = new Uri(address.TrimEnd('/') + "/");
    }

    public Uri Authority { get; }

    /// <summary>Made at start; never in the repository.</summary>
    public string ClientSecret { get; }

    /// <summary>The provider's clock: the portal's clock plus an offset the test may set (an expired token).</summary>
    public TestProviderClock Clock { get; }

    public ProviderUser NextUser { get; set; } = new("nobody", null);

    /// <summary>When set, discovery sends clients to this other provider's authorization and token endpoints (a foreign issuer).</summary>
    public Uri? SendClientsTo { get; set; }

    /// <summary>Extra claims put in the next id token (a "role" the portal must ignore, say).</summary>
    public Dictionary<string, string> ExtraClaims { get; } = [];

    public Uri EndSessionEndpoint => new(Authority, "connect/logout");

    public static async Task<TestIdentityProvider> StartAsync(TimeProvider portalClock, string? clientSecret = null)
    {
        var clock = new TestProviderClock(portalClock);
        clientSecret ??= Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ProviderDbContext>(o =>
        {
            o.UseSqlite(connection);
            o.UseOpenIddict();
        });

        TestIdentityProvider? self = null;
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
                o.AddEventHandler<OpenIddictServerEvents.HandleConfigurationRequestContext>(handler => handler
                    .UseInlineHandler(context =>
                    {
                        if (self?.SendClientsTo is { } other)
                        {
                            context.AuthorizationEndpoint = new Uri(other, "connect/authorize");
                            context.TokenEndpoint = new Uri(other, "connect/token");
                        }

                        return default;
                    })
                    .SetOrder(int.MaxValue - 100_000));
            });
        builder.Services.Configure<OpenIddictServerOptions>(o => o.TimeProvider = clock);
        builder.Services.Configure<OpenIddictCoreOptions>(o => o.TimeProvider = clock);

        var app = builder.Build();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var user = self!.NextUser;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, user.Subject);
            identity.SetClaim(Claims.Name, "Test person");
            if (user.Email is not null)
            {
                identity.SetClaim(Claims.Email, user.Email);
            }

            if (user.EmailVerified is { } verified)
            {
                identity.SetClaim(Claims.EmailVerified, verified);
            }

            if (user.ObjectId is not null)
            {
                identity.SetClaim("oid", user.ObjectId);
            }

            foreach (var (type, value) in self.ExtraClaims)
            {
                identity.SetClaim(type, value);
            }

            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], () =>
            Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDbContext>().Database.EnsureCreatedAsync();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = clientSecret,
                ClientType = ClientTypes.Confidential,
                RedirectUris = { new Uri(PortalBase + "/signin-oidc") },
                PostLogoutRedirectUris = { new Uri(PortalBase + "/signout-callback-oidc") },
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Email,
                    Permissions.Scopes.Profile,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
        }

        await app.StartAsync();
        self = new TestIdentityProvider(app, connection, clock, clientSecret);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);
}

/// <summary>The portal's clock, moved by <see cref="Offset"/> (a provider whose tokens are already out of date).</summary>
public sealed class TestProviderClock(TimeProvider portalClock) : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => portalClock.GetUtcNow() + Offset;
}
