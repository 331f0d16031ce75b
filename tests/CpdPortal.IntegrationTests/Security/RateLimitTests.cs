using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Security;

/// <summary>A portal with small per-account and per-device limits and a generous per-address one.</summary>
public sealed class AccountLimitedPortalFactory : CpdPortalFactory
{
    public const int PerAccount = 7;
    public const int PerDevice = 3;

    protected override IReadOnlyDictionary<string, string> RateLimitSettings { get; } = new Dictionary<string, string>
    {
        ["RateLimits:PerAddressPermitLimit"] = "100000",
        ["RateLimits:PerAccountPermitLimit"] = PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PerAccountWindow"] = "00:15:00",
        ["RateLimits:PerDevicePermitLimit"] = PerDevice.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PerDeviceWindow"] = "00:15:00",
    };
}

/// <summary>A portal whose only small limit is per IP address.</summary>
public sealed class AddressLimitedPortalFactory : CpdPortalFactory
{
    public const int PerAddress = 4;

    protected override IReadOnlyDictionary<string, string> RateLimitSettings { get; } = new Dictionary<string, string>
    {
        ["RateLimits:PerAddressPermitLimit"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PerAddressWindow"] = "00:05:00",
        ["RateLimits:PerAccountPermitLimit"] = "100000",
        ["RateLimits:PerDevicePermitLimit"] = "100000",
    };
}

/// <summary>
/// Per-account and per-device limits on the sign-in form (docs/adr/0019): an attacker who knows an email address gets
/// 429s and locks the account for other devices, but not for a browser its owner has signed in on before.
/// </summary>
public sealed class AccountRateLimitTests(AccountLimitedPortalFactory factory) : IClassFixture<AccountLimitedPortalFactory>
{
    [Fact]
    public async Task SignIn_MoreAttemptsForOneEmailThanTheLimit_Answers429WithRetryAfterAndTheTimeInUkTime()
    {
        // Arrange: an address with no account is limited exactly like one with an account (nothing to tell them apart).
        using var attacker = factory.CreateAnonymousClient();
        for (var i = 0; i < AccountLimitedPortalFactory.PerAccount; i++)
        {
            using var wrong = await attacker.SignInThroughFormAsync("nobody.limited@demo.test", "Wrong password " + i);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        // Act
        using var response = await attacker.SignInThroughFormAsync("nobody.limited@demo.test", "Wrong password again");

        // Assert: the fixed clock is 10:00 UK time; the per-account window is 15 minutes.
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(15), response.Headers.RetryAfter?.Delta);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Too many attempts", document.GetSingle("h1").NormalisedText());
        Assert.Contains("Try again after 10:15am (UK time)", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/account/sign-in']"));
    }

    [Fact]
    public async Task SignIn_AdministratorLockedOutByAnAttacker_StillSignsInFromABrowserUsedBefore()
    {
        // Arrange: Ade has signed in on this browser before (it holds Ade's device cookie) and signed out.
        using var adesBrowser = factory.CreateAnonymousClient();
        using (var first = await adesBrowser.SignInThroughFormAsync(DemoAccounts.Ade))
        {
            Assert.Equal(HttpStatusCode.Found, first.StatusCode);
            Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CpdPortal.Web.Infrastructure.PortalCookies.Device + "=", StringComparison.Ordinal));
        }

        var token = (await adesBrowser.GetDocumentAsync("/")).GetAntiforgeryToken("form[action='/account/sign-out']");
        using (await adesBrowser.PostFormAsync("/account/sign-out", [new(HtmlExtensions.AntiforgeryField, token)]))
        {
        }

        // An attacker who knows the address uses up the account's attempts: the account locks, then 429s.
        using var attacker = factory.CreateAnonymousClient();
        for (var i = 0; i < AccountLimitedPortalFactory.PerAccount; i++)
        {
            using (await attacker.SignInThroughFormAsync(DemoAccounts.Ade.Email, "Guess number " + i))
            {
            }
        }

        using (var refused = await attacker.SignInThroughFormAsync(DemoAccounts.Ade.Email, "One more guess"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        using (var newBrowser = factory.CreateAnonymousClient())
        using (var elsewhere = await newBrowser.SignInThroughFormAsync(DemoAccounts.Ade))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, elsewhere.StatusCode); // a browser Ade never used is held back too
        }

        // Act
        using var response = await adesBrowser.SignInThroughFormAsync(DemoAccounts.Ade);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        using var home = await adesBrowser.GetAsync("/admin/staff");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task SignIn_TrustedDeviceWithWrongPasswords_IsLimitedPerDevice()
    {
        // Arrange
        using var browser = factory.CreateAnonymousClient();
        using (var first = await browser.SignInThroughFormAsync(DemoAccounts.Jo))
        {
            Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        }

        var token = (await browser.GetDocumentAsync("/")).GetAntiforgeryToken("form[action='/account/sign-out']");
        using (await browser.PostFormAsync("/account/sign-out", [new(HtmlExtensions.AntiforgeryField, token)]))
        {
        }

        for (var i = 0; i < AccountLimitedPortalFactory.PerDevice; i++)
        {
            using var wrong = await browser.SignInThroughFormAsync(DemoAccounts.Jo.Email, "Not Jo's password " + i);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        // Act
        using var response = await browser.SignInThroughFormAsync(DemoAccounts.Jo.Email, "Not Jo's password either");

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task SignIn_ForgedDeviceCookie_IsNotTrusted()
    {
        // Arrange: Chris's account is locked out by wrong passwords.
        using var attacker = factory.CreateAnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            using (await attacker.SignInThroughFormAsync(DemoAccounts.Chris.Email, "Wrong " + i))
            {
            }
        }

        var cookies = new CookieContainer();
        cookies.Add(new Cookie(CpdPortal.Web.Infrastructure.PortalCookies.Device, "forged-value", "/", "localhost") { Secure = true });
        using var forger = factory.CreateDefaultClient(CpdPortalFactory.BaseAddress, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));

        // Act
        using var response = await forger.SignInThroughFormAsync(DemoAccounts.Chris);

        // Assert: the lockout holds (the same answer as a wrong password), no session.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>The per-address limit covers every form that takes a password or starts a sign-in.</summary>
public sealed class AddressRateLimitTests(AddressLimitedPortalFactory factory) : IClassFixture<AddressLimitedPortalFactory>
{
    [Fact]
    public async Task Post_MoreSignInsFromOneAddressThanTheLimit_Answers429BeforeAnyPasswordIsChecked()
    {
        // Arrange: different addresses each time, so only the per-address limit applies.
        using var client = factory.CreateAnonymousClient();
        for (var i = 0; i < AddressLimitedPortalFactory.PerAddress; i++)
        {
            using var wrong = await client.SignInThroughFormAsync($"someone{i}@demo.test", "Wrong password");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        // Act
        using var response = await client.SignInThroughFormAsync(DemoAccounts.Sam);
        using var singleSignOn = await client.PostFormAsync("/account/sso/sign-in", []);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("Try again after 10:05am (UK time)", (await response.GetDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, singleSignOn.StatusCode);
        using var page = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // reading the form is not limited
    }
}
