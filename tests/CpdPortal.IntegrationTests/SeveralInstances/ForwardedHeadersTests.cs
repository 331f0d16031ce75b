using System.Collections.Concurrent;
using System.Net;
using CpdPortal.Infrastructure;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.SeveralInstances;

/// <summary>
/// The portal behind proxies at 10.0.0.5 (ForwardedHeaders:KnownProxies) and in 192.168.10.0/24
/// (ForwardedHeaders:KnownNetworks). The test server has no socket, so a first step sets the caller's address from a
/// test header, as the connection would, and records what the rest of the pipeline saw.
/// </summary>
public sealed class BehindProxiesFactory : CpdPortalFactory
{
    public const string RemoteHeader = "X-Test-Remote-Address";
    public const string TagHeader = "X-Test-Tag";

    public ConcurrentDictionary<string, (IPAddress? Remote, string Scheme)> Seen { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.5");
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "192.168.10.0/24");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(Seen)));
    }

    private sealed class RemoteAddressFilter(ConcurrentDictionary<string, (IPAddress? Remote, string Scheme)> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextStep) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteHeader, out var remote))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(remote.ToString());
                }

                await nextStep(context);
                seen[context.Request.Headers[TagHeader].ToString()] = (context.Connection.RemoteIpAddress, context.Request.Scheme);
            });
            next(app);
        };
    }
}

/// <summary>X-Forwarded-For and X-Forwarded-Proto count only from configured proxies; bad settings stop start-up.</summary>
public sealed class ForwardedHeadersTests(BehindProxiesFactory factory) : IClassFixture<BehindProxiesFactory>
{
    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.10.77")]
    [InlineData("127.0.0.1")]
    public async Task Request_FromAConfiguredProxy_HonoursItsHeaders(string proxy)
    {
        // Act
        var seen = await SendThroughAsync(proxy);

        // Assert
        Assert.Equal((IPAddress.Parse("203.0.113.50"), "https"), seen);
    }

    [Theory]
    [InlineData("10.0.0.6")]
    [InlineData("192.168.11.1")]
    [InlineData("198.51.100.7")]
    public async Task Request_FromAnAddressNotConfigured_IgnoresItsHeaders(string stranger)
    {
        // Act
        var seen = await SendThroughAsync(stranger);

        // Assert
        Assert.Equal((IPAddress.Parse(stranger), "http"), seen);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.300", "ForwardedHeaders:KnownProxies holds '10.0.0.300', which is not an IP address")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.council.local", "ForwardedHeaders:KnownProxies holds 'proxy.council.local', which is not an IP address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks holds '10.0.0.0/33', which is not a network in CIDR form")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.0/24,10.1.0.0", "ForwardedHeaders:KnownNetworks holds '10.1.0.0', which is not a network in CIDR form")]
    public void Read_BadValue_StopsStartUpWithOneLine(string key, string value, string expected)
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        // Act
        var ex = Assert.Throws<ConfigurationException>(() => ProxySettings.Read(configuration));
        var line = StartupFailure.Describe(ex);

        // Assert
        Assert.NotNull(line);
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommaSeparatedLists_AddToLoopback()
    {
        // Arrange: as an environment variable would give them (ForwardedHeaders__KnownProxies=...).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("ForwardedHeaders:KnownProxies", "10.0.0.5, 10.0.0.6"),
            new("ForwardedHeaders:KnownNetworks", "172.16.0.0/12"),
        ]).Build();
        var options = new ForwardedHeadersOptions();

        // Act
        ProxySettings.Read(configuration)(options);

        // Assert
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
        Assert.Contains(IPAddress.IPv6Loopback, options.KnownProxies);
        Assert.Contains(IPAddress.Parse("10.0.0.5"), options.KnownProxies);
        Assert.Contains(IPAddress.Parse("10.0.0.6"), options.KnownProxies);
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.Loopback));
        Assert.Contains(System.Net.IPNetwork.Parse("172.16.0.0/12"), options.KnownIPNetworks);
    }

    private async Task<(IPAddress? Remote, string Scheme)> SendThroughAsync(string from)
    {
        using var client = factory.CreateAnonymousClient();
        var tag = Guid.NewGuid().ToString("N");
        // Over plain http (the test clients use https), so that an honoured X-Forwarded-Proto shows as a change.
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://localhost/health/live");
        request.Headers.Add(BehindProxiesFactory.RemoteHeader, from);
        request.Headers.Add(BehindProxiesFactory.TagHeader, tag);
        request.Headers.Add("X-Forwarded-For", "203.0.113.50");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return factory.Seen[tag];
    }
}
