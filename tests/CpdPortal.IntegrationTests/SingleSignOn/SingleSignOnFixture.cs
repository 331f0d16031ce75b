using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CpdPortal.IntegrationTests.SingleSignOn;

/// <summary>The portal (SQLite or PostgreSQL, as <see cref="CpdPortalFactory"/> decides) pointed at a test provider.</summary>
public sealed class SingleSignOnPortalFactory : CpdPortalFactory
{
    public SingleSignOnPortalFactory()
    {
        // Tokens carry real dates and the provider shares this clock; start it at the real time so that nothing in the
        // identity libraries that reads the system clock disagrees with the portal's clock.
        Clock.Set(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    }

    public Uri? Authority { get; set; }

    public string? ClientSecret { get; set; }

    public string LocalPasswords { get; set; } = "AdministratorsOnly";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:Oidc:Authority", Authority!.ToString());
        builder.UseSetting("Authentication:Oidc:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting("Authentication:Oidc:ClientSecret", ClientSecret);
        builder.UseSetting("Authentication:Oidc:DisplayName", "Sign in with your council account");
        // Tests only: the provider listens on plain HTTP on loopback.
        builder.UseSetting("Authentication:Oidc:RequireHttpsMetadata", "false");
        builder.UseSetting("Authentication:LocalPasswords", LocalPasswords);
    }
}

/// <summary>One provider and one portal that trusts it, shared by a test class.</summary>
public sealed class SingleSignOnFixture : IAsyncLifetime
{
    public SingleSignOnPortalFactory Portal { get; } = new();

    public TestIdentityProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await TestIdentityProvider.StartAsync(Portal.Clock);
        Portal.Authority = Provider.Authority;
        Portal.ClientSecret = Provider.ClientSecret;
        _ = Portal.Server; // start the portal (migrations and the demo council) before the first test
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>
/// A portal configured for provider A whose discovery document sends clients to provider B's endpoints: the id token
/// the portal receives is signed by B's key and names B as its issuer.
/// </summary>
public sealed class ForeignIssuerFixture : IAsyncLifetime
{
    public SingleSignOnPortalFactory Portal { get; } = new();

    public TestIdentityProvider Trusted { get; private set; } = null!;

    public TestIdentityProvider Foreign { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Trusted = await TestIdentityProvider.StartAsync(Portal.Clock);
        Foreign = await TestIdentityProvider.StartAsync(Portal.Clock, Trusted.ClientSecret); // the same client, so only the issuer differs
        Trusted.SendClientsTo = Foreign.Authority;
        Portal.Authority = Trusted.Authority;
        Portal.ClientSecret = Trusted.ClientSecret;
        _ = Portal.Server;
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Trusted.DisposeAsync();
        await Foreign.DisposeAsync();
    }
}
