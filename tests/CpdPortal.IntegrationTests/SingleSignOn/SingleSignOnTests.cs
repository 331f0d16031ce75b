using System.Net;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.SingleSignOn;

/// <summary>
/// Single sign-on end to end (ADR 0018): the portal, a real OpenID Connect provider (OpenIddict) on loopback, and a
/// browser that follows every redirect and the provider's form_post by hand, keeping both hosts' cookies.
/// </summary>
public sealed class SingleSignOnTests(SingleSignOnFixture fixture) : IClassFixture<SingleSignOnFixture>
{
    private SingleSignOnPortalFactory Portal => fixture.Portal;

    private TestIdentityProvider Provider => fixture.Provider;

    [Fact]
    public async Task SignIn_FirstTimeWithKnownVerifiedEmail_LinksAccountAndShowsHomeAsThatUser()
    {
        // Arrange
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.first");
        var subject = NewSubject();
        Provider.NextUser = new ProviderUser(subject, email.ToUpperInvariant(), EmailVerified: true);
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(browser.Visited, u => u.Authority == Provider.Authority.Authority && u.AbsolutePath == "/connect/authorize");
        Assert.Contains("Test sso.first", (await response.GetDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal([(SingleSignOnSettings.Scheme, subject)], await LoginsOfAsync(userId));
        Assert.Contains(SingleSignOnAuditActions.AccountLinked, await AuditActionsForAsync(userId));
    }

    [Fact]
    public async Task SignIn_Linked_FindsUserByStableClaimAfterEmailChangedAtProvider()
    {
        // Arrange
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.renamed");
        var subject = NewSubject();
        Provider.NextUser = new ProviderUser(subject, email);
        using (var first = new SsoBrowser(Portal.Server))
        using (var firstResponse = await first.SignInAsync())
        {
            Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        }

        Provider.NextUser = new ProviderUser(subject, "someone.new.name@example.org");
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Test sso.renamed", (await response.GetDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Single(await LoginsOfAsync(userId));
    }

    [Fact]
    public async Task SignIn_EntraObjectId_IsTheStableKeyRatherThanSubject()
    {
        // Arrange
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.entra");
        var objectId = Guid.NewGuid().ToString();
        Provider.NextUser = new ProviderUser(NewSubject(), email, EmailVerified: null, ObjectId: objectId);
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(SingleSignOnSettings.Scheme, objectId)], await LoginsOfAsync(userId));
    }

    [Fact]
    public async Task SignIn_RolesFromProvider_AreIgnoredAndPortalRolesApply()
    {
        // Arrange: a supervisor in the portal whom the provider calls an administrator.
        var (_, _, email) = await Portal.CreateStaffWithAccountAsync("sso.roles", roles: ["Practitioner", "Supervisor"]);
        Provider.NextUser = new ProviderUser(NewSubject(), email);
        Provider.ExtraClaims["role"] = "Administrator";
        using var browser = new SsoBrowser(Portal.Server);
        try
        {
            using var signedIn = await browser.SignInAsync();
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

            // Act
            using var supervision = await browser.GetAsync("/supervision");
            using var admin = await browser.GetAsync("/admin/audit");

            // Assert
            Assert.Equal(HttpStatusCode.OK, supervision.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        }
        finally
        {
            Provider.ExtraClaims.Clear();
        }
    }

    [Fact]
    public async Task SignIn_UnknownUser_ShowsClearPageCreatesNothingAndIsAudited()
    {
        // Arrange
        Provider.NextUser = new ProviderUser(NewSubject(), "not.in.the.portal@example.org");
        var (usersBefore, loginsBefore) = await CountUsersAndLoginsAsync();
        var auditBefore = await CountAuditAsync(SingleSignOnAuditActions.UnknownAccount);
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("We could not find your account", document.GetSingle("h1").NormalisedText());
        Assert.Contains("ask your administrator", document.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((usersBefore, loginsBefore), await CountUsersAndLoginsAsync());
        Assert.Equal(auditBefore + 1, await CountAuditAsync(SingleSignOnAuditActions.UnknownAccount));
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task SignIn_EmailNotVerified_IsNotLinked()
    {
        // Arrange
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.unverified");
        Provider.NextUser = new ProviderUser(NewSubject(), email, EmailVerified: false);
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await LoginsOfAsync(userId));
    }

    [Fact]
    public async Task SignIn_Leaver_IsRefusedAndNotLinked()
    {
        // Arrange
        var (staffId, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.leaver");
        await Portal.SetLeaveDateAsync(staffId, DateOnly.FromDateTime(Portal.Clock.GetUtcNow().UtcDateTime).AddDays(-2));
        Provider.NextUser = new ProviderUser(NewSubject(), email);
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You cannot sign in to this portal", (await response.GetDocumentAsync()).GetSingle("h1").NormalisedText());
        Assert.Empty(await LoginsOfAsync(userId));
        Assert.Contains(SingleSignOnAuditActions.Refused, await AuditActionsForAsync(userId));
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task SignIn_LinkedAccountLockedByAdministrator_IsRefused()
    {
        // Arrange
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.locked");
        var subject = NewSubject();
        Provider.NextUser = new ProviderUser(subject, email);
        using (var first = new SsoBrowser(Portal.Server))
        using (var firstResponse = await first.SignInAsync())
        {
            Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        }

        await Portal.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByIdAsync(userId))!;
            user.IsDisabled = true;
            return await users.UpdateAsync(user);
        });
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task Callback_ReplayedCodeAndState_ShowsProblemPageAndCreatesNothing()
    {
        // Arrange
        var (_, _, email) = await Portal.CreateStaffWithAccountAsync("sso.replay");
        Provider.NextUser = new ProviderUser(NewSubject(), email);
        using var victim = new SsoBrowser(Portal.Server);
        using (var signedIn = await victim.SignInAsync())
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        var callback = victim.LastCallbackForm!;
        var (usersBefore, loginsBefore) = await CountUsersAndLoginsAsync();

        // Act: the same code and state again, from the same browser and from one without the correlation cookie.
        using var again = await victim.FollowAsync(await victim.PostAsync(SingleSignOnSettings.CallbackPath, callback));
        using var attacker = new SsoBrowser(Portal.Server);
        using var stolen = await attacker.FollowAsync(await attacker.PostAsync(SingleSignOnSettings.CallbackPath, callback));

        // Assert
        await AssertProblemPageAsync(again);
        await AssertProblemPageAsync(stolen);
        await AssertSignedOutAsync(attacker);
        Assert.Equal((usersBefore, loginsBefore), await CountUsersAndLoginsAsync());
    }

    [Fact]
    public async Task Callback_TamperedState_ShowsProblemPage()
    {
        // Arrange
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.state");
        Provider.NextUser = new ProviderUser(NewSubject(), email);
        using var browser = new SsoBrowser(Portal.Server) { TamperWithCallback = fields => fields["state"] = fields["state"][..^4] + "AAAA" };
        var refusedBefore = await CountAuditAsync(SingleSignOnAuditActions.CallbackRefused);

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        await AssertProblemPageAsync(response);
        await AssertSignedOutAsync(browser);
        Assert.Empty(await LoginsOfAsync(userId));
        Assert.True(await CountAuditAsync(SingleSignOnAuditActions.CallbackRefused) > refusedBefore);
    }

    [Fact]
    public async Task Callback_WithoutNonceCookie_ShowsProblemPage()
    {
        // Arrange
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.nonce");
        Provider.NextUser = new ProviderUser(NewSubject(), email);
        using var browser = new SsoBrowser(Portal.Server);
        browser.TamperWithCallback = _ =>
        {
            var jar = browser.CookiesFor("localhost");
            foreach (var nonce in jar.Keys.Where(k => k.StartsWith(PortalCookies.OidcNonce, StringComparison.Ordinal)).ToList())
            {
                jar.Remove(nonce);
            }
        };

        // Act
        using var response = await browser.SignInAsync();

        // Assert
        await AssertProblemPageAsync(response);
        Assert.Empty(await LoginsOfAsync(userId));
    }

    [Fact]
    public async Task Callback_ExpiredIdToken_ShowsProblemPage()
    {
        // Arrange: the provider's clock is two hours behind, so its id token expired long before the portal sees it.
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.expired");
        Provider.NextUser = new ProviderUser(NewSubject(), email);
        Provider.Clock.Offset = TimeSpan.FromHours(-2);
        using var browser = new SsoBrowser(Portal.Server);
        try
        {
            // Act
            using var response = await browser.SignInAsync();

            // Assert
            await AssertProblemPageAsync(response);
            Assert.Empty(await LoginsOfAsync(userId));
            Assert.Contains(Portal.Logs.Entries, e => e.Contains("SecurityTokenInvalidLifetimeException", StringComparison.Ordinal));
        }
        finally
        {
            Provider.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Callback_TypedInWithoutProviderAnswer_ShowsProblemPage()
    {
        // Arrange
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.FollowAsync(await browser.GetAsync(ExternalSignInPaths.Callback));

        // Assert
        await AssertProblemPageAsync(response);
    }

    [Fact]
    public async Task SignOut_AfterSingleSignOn_EndsPortalSessionAndRedirectsToProviderEndSession()
    {
        // Arrange
        var (_, _, email) = await Portal.CreateStaffWithAccountAsync("sso.signout");
        Provider.NextUser = new ProviderUser(NewSubject(), email);
        using var browser = new SsoBrowser(Portal.Server);
        using var home = await browser.SignInAsync();
        var document = await home.GetDocumentAsync();
        var form = document.GetSingle("form.app-signout");
        Assert.Equal(ExternalSignInPaths.SignOut, form.GetAttribute("action"));

        // Act
        using var signOut = await browser.PostAsync(ExternalSignInPaths.SignOut, [new(HtmlExtensions.AntiforgeryField, document.GetAntiforgeryToken("form.app-signout"))]);

        // Assert: to the provider's end-session endpoint with the id token as hint, then back to the portal's sign-in page.
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var location = signOut.Headers.Location!;
        Assert.StartsWith(Provider.EndSessionEndpoint.ToString(), location.ToString(), StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", location.Query, StringComparison.Ordinal);
        using var back = await browser.FollowAsync(await browser.GetAsync(location.ToString()));
        Assert.Equal("/account/sign-in", back.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("signedOut=true", back.RequestMessage.RequestUri.Query, StringComparison.Ordinal);
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task SignOut_AfterSingleSignOn_CookieCopiedBeforehandIsRedirectedToSignIn()
    {
        // Arrange: a copy of the portal's sign-in cookie taken while signed in through the provider (docs/adr/0019).
        var (_, _, email) = await Portal.CreateStaffWithAccountAsync("sso.copied");
        Provider.NextUser = new ProviderUser(NewSubject(), email);
        using var browser = new SsoBrowser(Portal.Server);
        using var home = await browser.SignInAsync();
        var document = await home.GetDocumentAsync();
        var copy = "__Host-CpdPortal.Auth=" + browser.CookiesFor("localhost")["__Host-CpdPortal.Auth"];
        using var attacker = new HttpClient(Portal.Server.CreateHandler()) { BaseAddress = new Uri(TestIdentityProvider.PortalBase) };
        attacker.DefaultRequestHeaders.Add("Cookie", copy);
        using (var before = await attacker.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // Act
        using var signOut = await browser.PostAsync(ExternalSignInPaths.SignOut, [new(HtmlExtensions.AntiforgeryField, document.GetAntiforgeryToken("form.app-signout"))]);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await attacker.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.OriginalString.Replace(TestIdentityProvider.PortalBase, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_LocalPasswordsForAdministratorsOnly_ShowsButtonAndHint()
    {
        // Arrange
        using var browser = new SsoBrowser(Portal.Server);

        // Act
        using var response = await browser.GetAsync("/account/sign-in");

        // Assert
        var document = await response.GetDocumentAsync();
        Assert.Equal("Sign in with your council account", document.GetSingle("[data-testid='single-sign-on'] button").NormalisedText());
        Assert.NotNull(document.QuerySelector("[data-testid='local-passwords-hint']"));
    }

    [Fact]
    public async Task PasswordSignIn_NonAdministratorWhenAdministratorsOnly_GetsGenericFailure()
    {
        // Arrange
        var (_, userId, email) = await Portal.CreateStaffWithAccountAsync("sso.password");
        using var client = Portal.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(email, AccountTestData.Password);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(CpdPortal.Web.Features.Account.AccountController.WrongCredentials, document.GetSingle(".govuk-error-summary").NormalisedText(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("[data-testid='local-passwords-hint']"));
        Assert.Contains(SingleSignOnAuditActions.LocalPasswordRefused, await AuditActionsForAsync(userId));
    }

    [Fact]
    public async Task PasswordSignIn_BreakGlassAdministratorWhenAdministratorsOnly_Succeeds()
    {
        // Arrange
        using var client = Portal.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(DemoAccounts.Ade);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    private static string NewSubject() => "sub-" + Guid.NewGuid().ToString("N");

    private static async Task AssertProblemPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ExternalSignInPaths.Problem, response.RequestMessage!.RequestUri!.AbsolutePath);
        var document = await response.GetDocumentAsync();
        Assert.Equal("There was a problem signing you in", document.GetSingle("h1").NormalisedText());
        Assert.DoesNotContain("Exception", document.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task AssertSignedOutAsync(SsoBrowser browser)
    {
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.StartsWith("/account/sign-in", home.Headers.Location!.OriginalString.Replace(TestIdentityProvider.PortalBase, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private Task<List<(string, string)>> LoginsOfAsync(string userId) =>
        Portal.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<ApplicationUser>>().GetLoginsAsync((await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(userId))!))
            .Select(l => (l.LoginProvider, l.ProviderKey)).ToList());

    private Task<List<string>> AuditActionsForAsync(string userId) =>
        Portal.WithScopeAsync(sp => sp.GetRequiredService<CpdPortalDbContext>().AuditEntries.Where(a => a.ActorAccountId == userId).Select(a => a.Action).ToListAsync());

    private Task<int> CountAuditAsync(string action) =>
        Portal.WithScopeAsync(sp => sp.GetRequiredService<CpdPortalDbContext>().AuditEntries.CountAsync(a => a.Action == action));

    private Task<(int, int)> CountUsersAndLoginsAsync() =>
        Portal.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CpdPortalDbContext>();
            return (await db.Users.CountAsync(), await db.UserLogins.CountAsync());
        });
}

/// <summary>A token from another issuer, signed with another provider's key, is refused.</summary>
public sealed class ForeignIssuerTests(ForeignIssuerFixture fixture) : IClassFixture<ForeignIssuerFixture>
{
    [Fact]
    public async Task Callback_IdTokenFromAnotherIssuer_ShowsProblemPageAndCreatesNothing()
    {
        // Arrange
        var (_, userId, email) = await fixture.Portal.CreateStaffWithAccountAsync("sso.foreign");
        fixture.Foreign.NextUser = new ProviderUser("sub-foreign", email);
        using var browser = new SsoBrowser(fixture.Portal.Server);

        // Act
        using var response = await browser.SignInAsync();

        // Assert: the flow really went to the other provider, and the portal refused what it sent.
        Assert.Contains(browser.Visited, u => u.Authority == fixture.Foreign.Authority.Authority && u.AbsolutePath == "/connect/authorize");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ExternalSignInPaths.Problem, response.RequestMessage!.RequestUri!.AbsolutePath);
        var logins = await fixture.Portal.WithScopeAsync(sp => sp.GetRequiredService<CpdPortalDbContext>().UserLogins.CountAsync(l => l.UserId == userId));
        Assert.Equal(0, logins);
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
    }
}
