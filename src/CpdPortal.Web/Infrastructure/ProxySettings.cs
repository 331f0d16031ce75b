using System.Net;
using CpdPortal.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// Which proxies' X-Forwarded-For and X-Forwarded-Proto the portal believes (section "ForwardedHeaders"):
/// loopback always, plus the addresses in <c>ForwardedHeaders:KnownProxies</c> and the CIDR ranges in
/// <c>ForwardedHeaders:KnownNetworks</c>. A header from any other address is ignored (docs/several-instances.md).
/// </summary>
public static class ProxySettings
{
    public const string SectionName = "ForwardedHeaders";
    public const string KnownProxiesKey = SectionName + ":KnownProxies";
    public const string KnownNetworksKey = SectionName + ":KnownNetworks";

    /// <summary>Reads and checks the lists; throws <see cref="ConfigurationException"/> naming the first bad value.</summary>
    public static Action<ForwardedHeadersOptions> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxies = Values(configuration, KnownProxiesKey)
            .Select(v => IPAddress.TryParse(v, out var ip) && v.Contains(ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? ':' : '.', StringComparison.Ordinal)
                ? ip
                : throw new ConfigurationException($"{KnownProxiesKey} holds '{v}', which is not an IP address (for example 10.0.0.5). See docs/several-instances.md."))
            .ToList();
        var networks = Values(configuration, KnownNetworksKey)
            .Select(v => System.Net.IPNetwork.TryParse(v, out var network)
                ? network
                : throw new ConfigurationException($"{KnownNetworksKey} holds '{v}', which is not a network in CIDR form (for example 10.0.0.0/24). See docs/several-instances.md."))
            .ToList();

        return o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults (127.0.0.0/8 and ::1) stay: a proxy on the same machine keeps working.
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        };
    }

    /// <summary>A list given as an array (KnownProxies:0, :1…) or as one comma-separated value (an environment variable).</summary>
    private static List<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).ToList();
        if (section.Value is { } single)
        {
            values.Add(single);
        }

        return values
            .SelectMany(v => (v ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }
}
