using System.Net;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.Web.Features.Account;

namespace CpdPortal.IntegrationTests.Account;

/// <summary>A one-time password must be changed before anything else opens; the form's rules and errors.</summary>
public sealed class ChangePasswordTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Path = "/account/change-password";
    private const string NewPassword = "Quiet harbour lanterns 7";

    [Theory]
    [InlineData("/")]
    [InlineData("/my/activities")]
    [InlineData("/my/plan")]
    public async Task Get_AnyPageWithOneTimePassword_RedirectsToChangePassword(string path)
    {
        // Arrange
        var client = await SignedInWithOneTimePasswordAsync($"one.time.{path.Length}");

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(Path, response.RedirectTarget());
    }

    [Fact]
    public async Task Get_ChangePasswordWithOneTimePassword_ShowsTheFormWithoutNavigation()
    {
        // Arrange
        var client = await SignedInWithOneTimePasswordAsync("form.view");

        // Act
        var document = await client.GetDocumentAsync(Path);

        // Assert
        Assert.Equal("Change your password", document.GetSingle("h1").NormalisedText());
        Assert.NotNull(document.QuerySelector("[data-testid='must-change']"));
        Assert.Empty(document.QuerySelectorAll(".govuk-service-navigation__list a[href='/my/activities']"));
        Assert.NotNull(document.QuerySelector("form[action='/account/sign-out']"));
    }

    [Theory]
    [InlineData("", NewPassword, NewPassword, "CurrentPassword", "Enter your current password")]
    [InlineData("Not the password at all", NewPassword, NewPassword, "CurrentPassword", ChangePasswordViewModel.WrongCurrentPassword)]
    [InlineData(AccountTestData.Password, "", "", "NewPassword", "Enter a new password")]
    [InlineData(AccountTestData.Password, NewPassword, "Something else entirely", "ConfirmPassword", "The passwords do not match")]
    [InlineData(AccountTestData.Password, "too short", "too short", "NewPassword", "Your new password must be 12 characters or more")]
    [InlineData(AccountTestData.Password, "password1234", "password1234", "NewPassword", "Choose a password that is harder to guess: this one is on a list of common passwords")]
    public async Task Post_BadInput_Answers400WithTheMessageBesideTheFieldAndKeepsTheOneTimePassword(
        string current, string next, string confirm, string field, string message)
    {
        // Arrange
        var client = await SignedInWithOneTimePasswordAsync($"bad.{field.ToLowerInvariant()}.{message.Length}");
        var token = (await client.GetDocumentAsync(Path)).GetAntiforgeryToken();

        // Act
        using var response = await client.PostFormAsync(Path, Form(token, current, next, confirm));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal($"Error: {message}", document.GetSingle($"#{field}-error").NormalisedText());
        Assert.DoesNotContain(AccountTestData.Password, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var home = await client.GetAsync("/");
        Assert.Equal(Path, home.RedirectTarget());
    }

    [Fact]
    public async Task Post_NoAntiforgeryToken_Answers400()
    {
        // Arrange
        var client = await SignedInWithOneTimePasswordAsync("no.token");
        _ = await client.GetDocumentAsync(Path);

        // Act
        using var response = await client.PostFormAsync(Path, Form(null, AccountTestData.Password, NewPassword, NewPassword));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await factory.FindUserAsync("no.token@example.org")).MustChangePassword);
    }

    [Fact]
    public async Task Post_ValidNewPassword_OpensThePortalAndTheNewPasswordSignsIn()
    {
        // Arrange
        var client = await SignedInWithOneTimePasswordAsync("good.change");
        var token = (await client.GetDocumentAsync(Path)).GetAntiforgeryToken();

        // Act
        using var response = await client.PostFormAsync(Path, Form(token, AccountTestData.Password, NewPassword, NewPassword));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", response.RedirectTarget());
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Your password has been changed", home.GetSingle("[data-testid='flash'] .govuk-notification-banner__heading").NormalisedText());
        Assert.False((await factory.FindUserAsync("good.change@example.org")).MustChangePassword);
        using var other = factory.CreateAnonymousClient();
        using var signIn = await other.SignInThroughFormAsync("good.change@example.org", NewPassword);
        Assert.Equal("/", signIn.RedirectTarget());
    }

    private async Task<HttpClient> SignedInWithOneTimePasswordAsync(string localPart)
    {
        var (_, _, email) = await factory.CreateStaffWithAccountAsync(localPart, mustChangePassword: true);
        var client = factory.CreateAnonymousClient();
        using var signIn = await client.SignInThroughFormAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        return client;
    }

    private static List<KeyValuePair<string, string>> Form(string? token, string current, string next, string confirm)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("CurrentPassword", current),
            new("NewPassword", next),
            new("ConfirmPassword", confirm),
        };
        if (token is not null)
        {
            fields.Add(new(HtmlExtensions.AntiforgeryField, token));
        }

        return fields;
    }
}
