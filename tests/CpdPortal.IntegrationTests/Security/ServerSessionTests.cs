using System.Net;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Security;

/// <summary>
/// Server-side sessions (docs/adr/0019): a copy of the sign-in cookie stops working once the session is signed out,
/// the password changed, the account locked or a role removed.
/// </summary>
public sealed class ServerSessionTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task SignOut_CookieCopiedBeforehand_IsRedirectedToSignInAfterwards()
    {
        // Arrange: sign in, copy the cookie into a second client (an attacker's copy), check the copy works.
        var (_, _, email) = await factory.CreateStaffWithAccountAsync("session.copy");
        using var person = factory.CreateAnonymousClient();
        var copied = await SignInAndCopyCookieAsync(person, email);
        using var attacker = ClientWithCookie(copied);
        using (var before = await attacker.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var token = (await person.GetDocumentAsync("/")).GetAntiforgeryToken("form[action='/account/sign-out']");

        // Act
        using var signOut = await person.PostFormAsync("/account/sign-out", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, signOut.StatusCode);
        using var after = await attacker.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), after.RedirectTarget());
    }

    [Fact]
    public async Task ChangePassword_OtherSessionOfTheSamePerson_EndsAndThisOneContinues()
    {
        // Arrange
        var (_, userId, email) = await factory.CreateStaffWithAccountAsync("session.password");
        using var here = factory.CreateAnonymousClient();
        using var elsewhere = factory.CreateAnonymousClient();
        await SignInAndCopyCookieAsync(here, email);
        await SignInAndCopyCookieAsync(elsewhere, email);
        var token = (await here.GetDocumentAsync("/account/change-password")).GetAntiforgeryToken();

        // Act
        using var change = await here.PostFormAsync("/account/change-password",
        [
            new("CurrentPassword", AccountTestData.Password),
            new("NewPassword", "Another long passphrase 77"),
            new("ConfirmPassword", "Another long passphrase 77"),
            new(HtmlExtensions.AntiforgeryField, token),
        ]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, change.StatusCode);
        using var mine = await here.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        using var other = await elsewhere.GetAsync("/");
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), other.RedirectTarget());
        Assert.Equal(1, await ActiveSessionsAsync(userId));
    }

    [Fact]
    public async Task AdministratorLocksAccount_OpenSessionEndsAtTheNextRequest()
    {
        // Arrange
        var (staffId, userId, email) = await factory.CreateStaffWithAccountAsync("session.lock");
        using var person = factory.CreateAnonymousClient();
        await SignInAndCopyCookieAsync(person, email);
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await admin.GetDocumentAsync($"/admin/staff/{staffId}")).GetAntiforgeryToken($"form[action='/admin/staff/{staffId}/account/lock']");

        // Act
        using var locked = await admin.PostFormAsync($"/admin/staff/{staffId}/account/lock", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert: not within a minute, at once.
        Assert.Equal(HttpStatusCode.Found, locked.StatusCode);
        using var home = await person.GetAsync("/");
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), home.RedirectTarget());
        Assert.Equal(0, await ActiveSessionsAsync(userId));
    }

    [Fact]
    public async Task AdministratorRemovesRole_OpenSessionEndsAtTheNextRequest()
    {
        // Arrange
        var (staffId, _, email) = await factory.CreateStaffWithAccountAsync("session.role", roles: ["Practitioner", "LearningAndDevelopment"]);
        using var person = factory.CreateAnonymousClient();
        await SignInAndCopyCookieAsync(person, email);
        using (var before = await person.GetAsync("/learning/courses"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await admin.GetDocumentAsync($"/admin/staff/{staffId}/account/roles")).GetAntiforgeryToken();

        // Act
        using var saved = await admin.PostFormAsync($"/admin/staff/{staffId}/account/roles", [new("roles", "Practitioner"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        using var after = await person.GetAsync("/learning/courses");
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/learning/courses"), after.RedirectTarget());
    }

    [Fact]
    public async Task SignIn_StartsOneServerSessionWithA12HourAbsoluteExpiry()
    {
        // Arrange
        var (_, userId, email) = await factory.CreateStaffWithAccountAsync("session.row");
        using var person = factory.CreateAnonymousClient();

        // Act
        await SignInAndCopyCookieAsync(person, email);

        // Assert
        var session = Assert.Single(await factory.WithScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<CpdPortal.Infrastructure.Persistence.CpdPortalDbContext>().UserSessions.Where(s => s.UserId == userId).ToList())));
        Assert.Equal(TimeSpan.FromHours(12), session.ExpiresAt - session.CreatedAt);
        Assert.Null(session.RevokedAt);
        Assert.Equal(UserSession.IdLength, session.Id.Length);
    }

    [Fact]
    public async Task Request_WithSignInCookie_ChecksTheSessionOnceThenRunsNoAccountQueryWhileTheCheckIsFresh()
    {
        // Arrange: the clock stands still, so Identity's once-a-minute stamp check does not run during the requests.
        var (_, _, email) = await factory.CreateStaffWithAccountAsync("session.cost");
        using var person = factory.CreateAnonymousClient();
        await SignInAndCopyCookieAsync(person, email);
        var before = factory.Logs.Entries.Count;

        // Act
        using (var firstPage = await person.GetAsync("/notifications"))
        {
            Assert.Equal(HttpStatusCode.OK, firstPage.StatusCode);
        }

        var afterFirst = factory.Logs.Entries.Count;
        using var second = await person.GetAsync("/notifications");

        // Assert: the first request reads the session (joined to the account and the staff record by primary key) in
        // one command; the second, within Sessions:RecheckAfter, touches neither the sessions nor the accounts table.
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var first = Commands(before, afterFirst);
        Assert.Single(first, c => c.Contains("UserSessions", StringComparison.Ordinal));
        Assert.Single(first, c => c.Contains("AspNetUsers", StringComparison.Ordinal));
        var warm = Commands(afterFirst, factory.Logs.Entries.Count);
        Assert.DoesNotContain(warm, c => c.Contains("UserSessions", StringComparison.Ordinal) || c.Contains("AspNetUsers", StringComparison.Ordinal));
    }

    private List<string> Commands(int from, int to) =>
        factory.Logs.Entries.Skip(from).Take(to - from).Where(e => e.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();

    internal static async Task<string> SignInAndCopyCookieAsync(HttpClient client, string email)
    {
        using var signIn = await client.SignInThroughFormAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PortalCookies.Auth + "=", StringComparison.Ordinal));
        return cookie.Split(';')[0];
    }

    private HttpClient ClientWithCookie(string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = CpdPortalFactory.BaseAddress });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private Task<int> ActiveSessionsAsync(string userId) =>
        factory.WithScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<CpdPortal.Infrastructure.Persistence.CpdPortalDbContext>().UserSessions.Count(s => s.UserId == userId && s.RevokedAt == null)));
}

/// <summary>The absolute lifetime, on the app's clock: its own portal, because it moves the clock 12 hours.</summary>
public sealed class SessionLifetimeTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task ActiveSession_Past12HoursAfterSignIn_IsSignedOutThoughNeverIdle()
    {
        // Arrange: a request every 20 minutes keeps the 30-minute sliding expiry alive for 11 hours 40 minutes.
        var (_, _, email) = await factory.CreateStaffWithAccountAsync("session.lifetime");
        using var person = factory.CreateAnonymousClient();
        await ServerSessionTests.SignInAndCopyCookieAsync(person, email);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.6); elapsed += TimeSpan.FromMinutes(20))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            using var still = await person.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        }

        // Act: 12 hours and a minute after sign-in.
        factory.Clock.Set(FixedTimeProvider.DefaultNow.AddHours(12).AddMinutes(1));
        using var response = await person.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), response.RedirectTarget());
    }

    [Fact]
    public async Task SessionRevokedByAnotherInstance_IsRefusedOnceTheRecheckTimeHasPassed()
    {
        // Arrange: a checked session; then its row is revoked behind this instance's back, as another instance would.
        var (_, userId, email) = await factory.CreateStaffWithAccountAsync("session.elsewhere");
        using var person = factory.CreateAnonymousClient();
        await ServerSessionTests.SignInAndCopyCookieAsync(person, email);
        using (var checkedOnce = await person.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, checkedOnce.StatusCode);
        }

        await factory.WithScopeAsync(sp => sp.GetRequiredService<CpdPortal.Infrastructure.Persistence.CpdPortalDbContext>().UserSessions
            .Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, factory.Clock.GetUtcNow())));

        // Act: still trusted from memory for Sessions:RecheckAfter (15 seconds, docs/adr/0031), then checked again.
        using var within = await person.GetAsync("/");
        factory.Clock.Advance(TimeSpan.FromSeconds(15));
        using var after = await person.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), after.RedirectTarget());
    }
}
