namespace CpdPortal.IntegrationTests.SeveralInstances;

/// <summary>
/// The cookies a browser behind a load balancer keeps: one set for the site, whichever instance set them. Used with a
/// handler that has its own cookie handling off, so the same jar can be sent to instance A and instance B (which
/// listen on different ports of one address).
/// </summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    /// <summary>Keeps what the response set (and forgets what it expired).</summary>
    public void Take(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var header in values)
        {
            var pair = header.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = pair[..equals].Trim();
            var value = pair[(equals + 1)..].Trim();
            var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
            if (value.Length == 0 || expired)
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = value;
            }
        }
    }

    /// <summary>Sends the jar with <paramref name="request"/> on <paramref name="client"/>, keeps what comes back.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        Take(response);
        return response;
    }
}
