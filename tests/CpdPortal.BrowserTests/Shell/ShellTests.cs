using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Shell;

/// <summary>What every page relies on: static assets, GOV.UK Frontend's script, the error pages.</summary>
public sealed class ShellTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/dist/site.css", "text/css")]
    [InlineData("/js/app.mjs", "text/javascript")]
    [InlineData("/dist/govuk-frontend.min.js", "text/javascript")]
    public async Task StaticAsset_Requested_AnswersOk(string path, string contentType)
    {
        // Act
        var response = await Page.APIRequest.GetAsync(path);

        // Assert
        Assert.Equal(200, response.Status);
        Assert.StartsWith(contentType, response.Headers["content-type"], StringComparison.Ordinal);
        Assert.NotEmpty(await response.BodyAsync());
    }

    [Fact]
    public async Task SignInPage_Loaded_RunsGovUkFrontendWithoutErrorsOrCspViolations()
    {
        // Act
        await OpenSignInAsync();

        // Assert (console errors and CSP violations are checked after every test)
        await ExpectGovUkFrontendRanAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en-GB");
    }

    [Fact]
    public async Task HomePage_SignedIn_RunsGovUkFrontendWithoutErrorsOrCspViolations()
    {
        // Act
        await SignInAsync(DemoAccounts.Alex);

        // Assert
        await ExpectGovUkFrontendRanAsync();
        await Expect(Page.Locator("[data-module='govuk-service-navigation']")).ToHaveAttributeAsync("data-govuk-service-navigation-init", string.Empty);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_ShowsAccessibleNotFoundPage()
    {
        // Arrange
        await SignInAsync(DemoAccounts.Sam);

        // Act
        var response = await Page.GotoAsync("/no-such-page");

        // Assert
        Assert.Equal(404, response?.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Go to your home page" })).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
    }
}
