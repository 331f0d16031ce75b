using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;

namespace CpdPortal.IntegrationTests.SingleSignOn;

/// <summary>
/// A browser for two hosts: the portal (TestServer, at https://localhost) and the test provider (Kestrel on 127.0.0.1).
/// It keeps each host's cookies (ignoring Secure, Path and expiry dates, as a browser on localhost would for one flow),
/// follows redirects by hand and submits the provider's auto-posting form (response_mode=form_post), recording each step.
/// </summary>
public sealed class SsoBrowser : IDisposable
{
    private readonly HttpClient _portal;
    private readonly HttpClient _provider = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly Dictionary<string, Dictionary<string, string>> _cookies = new(StringComparer.OrdinalIgnoreCase);

    public SsoBrowser(TestServer portal)
    {
        _portal = new HttpClient(portal.CreateHandler()) { BaseAddress = new Uri(TestIdentityProvider.PortalBase) };
    }

    public List<Uri> Visited { get; } = [];

    /// <summary>The last form the provider posted back to the portal's /signin-oidc (for replay tests).</summary>
    public IReadOnlyDictionary<string, string>? LastCallbackForm { get; private set; }

    /// <summary>When set, the provider's form is changed before it is posted (a tampered callback).</summary>
    public Action<Dictionary<string, string>>? TamperWithCallback { get; set; }

    public IDictionary<string, string> CookiesFor(string host) =>
        _cookies.TryGetValue(host, out var jar) ? jar : _cookies[host] = new(StringComparer.Ordinal);

    public Task<HttpResponseMessage> GetAsync(string pathOrUrl) => SendAsync(new HttpRequestMessage(HttpMethod.Get, Absolute(pathOrUrl)));

    public Task<HttpResponseMessage> PostAsync(string pathOrUrl, IEnumerable<KeyValuePair<string, string>> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, Absolute(pathOrUrl)) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>Opens the sign-in page and presses the single sign-on button; returns the portal's answer (a redirect to the provider).</summary>
    public async Task<HttpResponseMessage> PressSingleSignOnAsync(string? returnUrl = null)
    {
        using var page = await GetAsync("/account/sign-in");
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelector("[data-testid='single-sign-on'] form") ?? throw new InvalidOperationException("No single sign-on button on the sign-in page.");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return await PostAsync(form.GetAttribute("action")!, [new("__RequestVerificationToken", token), new("returnUrl", returnUrl ?? string.Empty)]);
    }

    /// <summary>The whole round trip: the button, the provider, the callback, the portal; returns the first page that is not a redirect or the provider's form.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string? returnUrl = null) => await FollowAsync(await PressSingleSignOnAsync(returnUrl));

    /// <summary>Follows redirects and the provider's auto-posting form until an ordinary page (or 10 steps).</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var step = 0; step < 10; step++)
        {
            if (response.StatusCode is HttpStatusCode.Found or HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect && response.Headers.Location is { } location)
            {
                var next = location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
                response.Dispose();
                response = await GetAsync(next.ToString());
                continue;
            }

            if (response.RequestMessage!.RequestUri!.Host != "localhost" && response.StatusCode == HttpStatusCode.OK)
            {
                var html = await response.Content.ReadAsStringAsync();
                var document = await new HtmlParser().ParseDocumentAsync(html);
                if (document.QuerySelector("form[method='post' i]") is { } form)
                {
                    var fields = form.QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
                    LastCallbackForm = new Dictionary<string, string>(fields);
                    TamperWithCallback?.Invoke(fields);
                    response.Dispose();
                    response = await PostAsync(form.GetAttribute("action")!, fields);
                    continue;
                }
            }

            return response;
        }

        throw new InvalidOperationException("Too many redirects: " + string.Join(" → ", Visited));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        Visited.Add(uri);
        var jar = CookiesFor(uri.Host);
        if (jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        }

        var client = uri.Host == "localhost" ? _portal : _provider;
        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var nameValue = setCookie.Split(';')[0];
                var equals = nameValue.IndexOf('=', StringComparison.Ordinal);
                var name = nameValue[..equals].Trim();
                var value = nameValue[(equals + 1)..].Trim();
                var deleted = value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (deleted)
                {
                    jar.Remove(name);
                }
                else
                {
                    jar[name] = value;
                }
            }
        }

        return response;
    }

    private static Uri Absolute(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? uri : new Uri(new Uri(TestIdentityProvider.PortalBase), pathOrUrl);

    public void Dispose()
    {
        _portal.Dispose();
        _provider.Dispose();
    }
}
