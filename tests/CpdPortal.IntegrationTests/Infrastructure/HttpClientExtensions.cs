using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Infrastructure;

public static class HttpClientExtensions
{
    public const string SignInPath = "/account/sign-in";

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, content);
    }

    /// <summary>Opens the real sign-in form and returns its antiforgery token (the client keeps the cookie).</summary>
    public static async Task<string> GetSignInTokenAsync(this HttpClient client, string? returnUrl = null)
    {
        var path = returnUrl is null ? SignInPath : $"{SignInPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var document = await client.GetDocumentAsync(path);
        return document.GetAntiforgeryToken("form[action='/account/sign-in']");
    }

    /// <summary>
    /// Signs in through the REAL form: GET the page, read the antiforgery token, POST Email and Password. The client
    /// keeps the auth cookie on success. Returns the POST's response (302 on success, 400 otherwise).
    /// </summary>
    public static async Task<HttpResponseMessage> SignInThroughFormAsync(this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var token = await client.GetSignInTokenAsync(returnUrl);
        var fields = new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            [HtmlExtensions.AntiforgeryField] = token,
        };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return await client.PostFormAsync(SignInPath, fields);
    }

    public static Task<HttpResponseMessage> SignInThroughFormAsync(this HttpClient client, DemoAccount account, string? returnUrl = null) =>
        client.SignInThroughFormAsync(account.Email, DemoAccounts.Password, returnUrl);

    /// <summary>
    /// A redirect's Location as a local path and query when it points back at the app (TestServer's
    /// https://localhost), whether written absolute or relative; any other absolute address is returned whole.
    /// </summary>
    public static string? RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        return location.IsAbsoluteUri && (location.Scheme == Uri.UriSchemeHttp || location.Scheme == Uri.UriSchemeHttps) && location.Authority == "localhost"
            ? location.PathAndQuery
            : location.OriginalString;
    }

    /// <summary>Where a signed-out visitor to <paramref name="path"/> is sent.</summary>
    public static string SignInRedirectFor(string path) => $"{SignInPath}?ReturnUrl={Uri.EscapeDataString(path)}";
}
