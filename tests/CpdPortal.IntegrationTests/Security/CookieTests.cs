using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CpdPortal.IntegrationTests.Security;

/// <summary>Every cookie the portal sets is <c>__Host-</c>, Secure and HttpOnly, in every environment (docs/adr/0019).</summary>
public sealed class CookieTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Journey_EveryCookieSet_IsHostPrefixedSecureHttpOnlyWithRootPath()
    {
        // Arrange: sign-in form (antiforgery), sign-in (session, device), a change with a flash message (TempData), sign-out.
        using var client = factory.CreateAnonymousClient();
        var setCookies = new List<string>();
        string token;
        using (var form = await client.GetAsync("/account/sign-in"))
        {
            setCookies.AddRange(SetCookies(form));
            token = (await form.GetDocumentAsync()).GetAntiforgeryToken("form[action='/account/sign-in']");
        }

        // Act
        using (var signIn = await client.PostFormAsync("/account/sign-in", [new("Email", DemoAccounts.Lee.Email), new("Password", DemoAccounts.Password), new(HtmlExtensions.AntiforgeryField, token)]))
        {
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
            setCookies.AddRange(SetCookies(signIn));
        }

        // Any of her tokens will do (the page shows "mark all read" only while something is unread): the sign-out form's.
        var markRead = (await client.GetDocumentAsync("/notifications")).GetAntiforgeryToken(HtmlExtensions.SignOutForm);
        using (var post = await client.PostFormAsync("/notifications/mark-all-read", [new(HtmlExtensions.AntiforgeryField, markRead)]))
        {
            setCookies.AddRange(SetCookies(post));
        }

        var signOutToken = (await client.GetDocumentAsync("/")).GetAntiforgeryToken("form[action='/account/sign-out']");
        using (var signOut = await client.PostFormAsync("/account/sign-out", [new(HtmlExtensions.AntiforgeryField, signOutToken)]))
        {
            setCookies.AddRange(SetCookies(signOut));
        }

        // Assert
        var names = setCookies.Select(c => c.Split('=')[0]).Distinct().ToList();
        Assert.Contains("__Host-CpdPortal.Auth", names);
        Assert.Contains("__Host-CpdPortal.Antiforgery", names);
        Assert.Contains("__Host-CpdPortal.Device", names);
        Assert.All(setCookies, AssertHostCookie);
    }

    [Fact]
    public async Task SignInPage_OverPlainHttp_StillSetsASecureAntiforgeryCookie()
    {
        // Arrange: "Secure when the request is HTTPS" is gone; browsers accept Secure cookies from http://localhost.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

        // Act
        using var response = await client.GetAsync("/account/sign-in");

        // Assert
        var cookie = Assert.Single(SetCookies(response), c => c.StartsWith("__Host-CpdPortal.Antiforgery=", StringComparison.Ordinal));
        AssertHostCookie(cookie);
    }

    private static void AssertHostCookie(string setCookie)
    {
        var parts = setCookie.Split(';', StringSplitOptions.TrimEntries);
        var attributes = parts.Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.StartsWith("__Host-", parts[0], StringComparison.Ordinal);
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
}
