using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Account;

/// <summary>The sign-in form as a signed-out visitor first sees it, with the demo council present.</summary>
public sealed class SignInPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_SignedOut_Answers200()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/account/sign-in");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.StartsWith("Sign in", document.Title, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll(".govuk-error-summary"));
    }

    [Theory]
    [InlineData("Email", "Email address", "email")]
    [InlineData("Password", "Password", "password")]
    public async Task Get_SignInPage_LabelIsBoundToItsInput(string field, string label, string type)
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        var document = await client.GetDocumentAsync("/account/sign-in");

        // Assert
        var form = document.GetSingle("form[action='/account/sign-in']");
        Assert.Equal("post", form.GetAttribute("method"), ignoreCase: true);
        Assert.Equal(label, form.GetSingle($"label[for='{field}']").NormalisedText());
        var input = form.GetSingle($"input#{field}");
        Assert.Equal(field, input.GetAttribute("name"));
        Assert.Equal(type, input.GetAttribute("type"));
        Assert.Null(input.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_SignInPage_HasSignInButtonAndAntiforgeryToken()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        var document = await client.GetDocumentAsync("/account/sign-in");

        // Assert
        var form = document.GetSingle("form[action='/account/sign-in']");
        var button = form.GetSingle("button");
        Assert.Equal("Sign in", button.NormalisedText());
        Assert.Equal("submit", button.GetAttribute("type"));
        Assert.NotEmpty(form.GetAntiforgeryToken("form"));
    }

    [Fact]
    public async Task Get_DemoDataPresent_ShowsDemoAccountsAndPassword()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        var document = await client.GetDocumentAsync("/account/sign-in");

        // Assert
        var box = document.GetSingle("[data-testid=demo-accounts]");
        var text = box.NormalisedText();
        Assert.Contains(DemoAccounts.Password, text, StringComparison.Ordinal);
        Assert.All(DemoAccounts.All, account => Assert.Contains(account.Email, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_SignedOutQuery_ShowsSignedOutBanner()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        var document = await client.GetDocumentAsync("/account/sign-in?signedOut=true");

        // Assert
        Assert.Equal("You have signed out", document.GetSingle(".govuk-notification-banner__heading").NormalisedText());
    }
}
