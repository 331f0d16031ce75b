using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Home;

/// <summary>The service navigation in the header: what each role sees, and nothing for a signed-out visitor.</summary>
public sealed class NavigationTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string> Accounts => [.. DemoAccounts.All.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Get_HomeSignedIn_ShowsHomeLinkAndSignOutButton(string email)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.All.Single(a => a.Email == email));

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var nav = document.GetSingle("nav.govuk-service-navigation__wrapper");
        var home = nav.QuerySelectorAll("a").Single(a => a.NormalisedText() == "Home");
        Assert.Equal("/", home.GetAttribute("href"));
        Assert.Equal("page", home.GetAttribute("aria-current"));

        var form = nav.GetSingle("form[action='/account/sign-out']");
        Assert.Equal("post", form.GetAttribute("method"), ignoreCase: true);
        Assert.Equal("Sign out", form.GetSingle("button[type=submit]").NormalisedText());
        Assert.NotEmpty(form.GetAntiforgeryToken("form"));
    }

    [Fact]
    public async Task Get_SignInPageSignedOut_ShowsNoNavigation()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        var document = await client.GetDocumentAsync("/account/sign-in");

        // Assert
        Assert.Empty(document.QuerySelectorAll("nav"));
        Assert.Empty(document.QuerySelectorAll("form[action='/account/sign-out']"));
        Assert.DoesNotContain("Sign out", document.Body!.NormalisedText(), StringComparison.Ordinal);
    }
}
