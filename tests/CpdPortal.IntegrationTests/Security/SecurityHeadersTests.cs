using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;

namespace CpdPortal.IntegrationTests.Security;

/// <summary>The security headers on pages (SecurityHeadersMiddleware) and a CSP the pages really keep to.</summary>
public sealed class SecurityHeadersTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "sam.patel@demo.test" },
        { "/", "ade.admin@demo.test" },
        { "/account/sign-in", Who.Anonymous },
        { "/no-such-page", "jo.okafor@demo.test" },
        { "/test-only/administrator", "lee.harris@demo.test" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Page_SendsAStrictContentSecurityPolicy(string path, string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.DoesNotContain("'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Page_SendsNoSniffReferrerPolicyAndNoStore(string path, string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be stored: Cache-Control is '{response.Headers.CacheControl}'.");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Page_HasNoInlineScriptOrStyleTheCspWouldBlock(string path, string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        var document = await response.GetDocumentAsync();
        Assert.Empty(document.QuerySelectorAll("script:not([src]), style, [style]"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Get_StaticAsset_IsServedWithoutNoStore()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/dist/site.css");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
