using System.Net;
using System.Text.RegularExpressions;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using CpdPortal.Web.Features.Account;

namespace CpdPortal.IntegrationTests.Account;

/// <summary>
/// Posting the real sign-in form. The tests share one database and five failures lock an account, so wrong
/// passwords are spread out: Chris, Jo and Ade get at most two each, Lee is the one locked out, and Sam and Alex
/// only ever sign in successfully.
/// </summary>
public sealed partial class SignInTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string AuthCookie = "__Host-CpdPortal.Auth";

    [Fact]
    public async Task Post_EmptyForm_Answers400WithLinkedErrorSummary()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        var token = await client.GetSignInTokenAsync();

        // Act
        using var response = await client.PostFormAsync("/account/sign-in", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.StartsWith("Error: ", document.Title, StringComparison.Ordinal);
        var summary = document.GetSingle(".govuk-error-summary");
        Assert.Equal("Enter your email address", summary.GetSingle("a[href='#Email']").NormalisedText());
        Assert.Equal("Enter your password", summary.GetSingle("a[href='#Password']").NormalisedText());
        Assert.Equal("Error: Enter your email address", document.GetSingle("#Email-error").NormalisedText());
        Assert.Equal("Error: Enter your password", document.GetSingle("#Password-error").NormalisedText());
    }

    [Theory]
    [InlineData("chris.lee@demo.test", "Not-the-right-passw0rd")]
    [InlineData("nobody.here@demo.test", DemoAccounts.Password)]
    public async Task Post_WrongPasswordOrUnknownEmail_Answers400WithOneGenericMessage(string email, string password)
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(email, password);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        var errors = document.GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText());
        Assert.Equal([AccountController.WrongCredentials], errors);
        Assert.Equal(email, document.GetSingle("input#Email").GetAttribute("value"));
        Assert.False(HasAuthCookie(response));
    }

    [Fact]
    public async Task Post_WrongPasswordAndUnknownEmail_AnswerIdenticalPagesApartFromTheEmail()
    {
        // Arrange: a real account with a wrong password, and an address with no account.
        using var client = factory.CreateAnonymousClient();
        const string Known = "jo.okafor@demo.test";
        const string Unknown = "jo.okafar@demo.test";

        // Act
        using var wrongPassword = await client.SignInThroughFormAsync(Known, "Another-wrong-passw0rd");
        using var unknownEmail = await client.SignInThroughFormAsync(Unknown, "Another-wrong-passw0rd");

        // Assert: nothing in the page tells an attacker which of the two it was.
        Assert.Equal(wrongPassword.StatusCode, unknownEmail.StatusCode);
        var first = Comparable(await wrongPassword.Content.ReadAsStringAsync(), Known);
        var second = Comparable(await unknownEmail.Content.ReadAsStringAsync(), Unknown);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("ade.admin@demo.test")] // a wrong password: the controller forgets it
    [InlineData("not-an-email-address")] // invalid input: the model state still holds what was typed
    public async Task Post_Rejected_NeverEchoesThePassword(string email)
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        const string Password = "Echo-check-passw0rd-31";

        // Act
        using var response = await client.SignInThroughFormAsync(email, Password);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Password, html, StringComparison.Ordinal);
        var document = await response.GetDocumentAsync();
        Assert.Null(document.GetSingle("input#Password").GetAttribute("value"));
        Assert.Equal(email, document.GetSingle("input#Email").GetAttribute("value"));
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SignInThroughFormAsync(DemoAccounts.Lee.Email, $"Wrong-passw0rd-{attempt}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            if (attempt < 5)
            {
                Assert.Contains(AccountController.WrongCredentials, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        // Act
        using var response = await client.SignInThroughFormAsync(DemoAccounts.Lee);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(HasAuthCookie(response));
        var document = await response.GetDocumentAsync();
        var errors = document.GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText());
        Assert.Equal([AccountController.WrongCredentials], errors);
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
    }

    [Fact]
    public async Task Post_NoAntiforgeryToken_Answers400AndDoesNotSignIn()
    {
        // Arrange: the client opened the form (so it holds the antiforgery cookie) but posts without the token.
        using var client = factory.CreateAnonymousClient();
        _ = await client.GetSignInTokenAsync();

        // Act
        using var response = await client.PostFormAsync("/account/sign-in", [new("Email", DemoAccounts.Sam.Email), new("Password", DemoAccounts.Password)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(HasAuthCookie(response));
    }

    [Fact]
    public async Task Post_CorrectCredentials_RedirectsHomeSignedIn()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(DemoAccounts.Sam);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", response.RedirectTarget());
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Welcome, Sam Patel", home.GetSingle("h1").NormalisedText());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("http://localhost.evil.example/")]
    public async Task Post_ExternalReturnUrl_RedirectsHomeNotAway(string returnUrl)
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(DemoAccounts.Sam, returnUrl);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_LocalReturnUrl_RedirectsThere()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(DemoAccounts.Alex, "/my/activities?page=2");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/my/activities?page=2", response.RedirectTarget());
    }

    [Fact]
    public async Task Post_CorrectCredentials_SetsHttpOnlyLaxSessionCookie()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(DemoAccounts.Alex);

        // Assert
        var cookie = Assert.Single(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_AnyAttempt_NeverLogsPasswordsOrEmailAddresses()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        const string WrongPassword = "Never-log-me-passw0rd-5d";
        const string UnknownEmail = "never.logged.5d@demo.test";

        // Act
        using (await client.SignInThroughFormAsync(DemoAccounts.Jo.Email, WrongPassword))
        using (await client.SignInThroughFormAsync(UnknownEmail, WrongPassword))
        using (await client.SignInThroughFormAsync(DemoAccounts.Sam))
        {
        }

        // Assert
        Assert.NotEmpty(factory.Logs.Entries);
        Assert.All(factory.Logs.Entries, entry =>
        {
            Assert.DoesNotContain(WrongPassword, entry, StringComparison.Ordinal);
            Assert.DoesNotContain(DemoAccounts.Password, entry, StringComparison.Ordinal);
            Assert.DoesNotContain(UnknownEmail, entry, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(DemoAccounts.Sam.Email, entry, StringComparison.OrdinalIgnoreCase);
        });
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static bool HasAuthCookie(HttpResponseMessage response) =>
        SetCookies(response).Any(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    /// <summary>The page with the typed email (the Email input's value) and the per-request antiforgery token taken out.</summary>
    private static string Comparable(string html, string email) =>
        Token().Replace(html, "value=\"(token)\"").Replace($"value=\"{email}\"", "value=\"(email)\"", StringComparison.Ordinal);

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex Token();
}
