using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Account;

/// <summary>The sign-in page: accessible with and without errors, usable with the keyboard alone.</summary>
public sealed class SignInPageTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignInPage_Fresh_HasNoAccessibilityViolations()
    {
        // Arrange / Act
        await OpenSignInAsync();

        // Assert
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to CPD Portal");
        await Expect(Page.GetByTestId("demo-accounts")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "sign-in.png");
    }

    [Fact]
    public async Task SignIn_Empty_ShowsErrorSummaryWithoutAccessibilityViolations()
    {
        // Arrange
        await OpenSignInAsync();

        // Act
        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Request.ResourceType == "document");

        // Assert
        Assert.Equal(400, response.Status);
        await Expect(Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        var summary = Page.Locator(".govuk-error-summary");
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync(); // GOV.UK Frontend's error summary script moves focus to it
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter your email address", "Enter your password"]);
        await Expect(Page.Locator(".govuk-error-message")).ToHaveCountAsync(2);
        await AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task ErrorSummaryLink_Clicked_MovesFocusToEmailInput()
    {
        // Arrange
        await OpenSignInAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        var summary = Page.Locator(".govuk-error-summary");
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();

        // Act
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" }).ClickAsync();

        // Assert
        await Expect(Page.GetByLabel("Email address", new() { Exact = true })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Tab_FirstPress_FocusesSkipLinkWhichMovesToMainContent()
    {
        // Arrange
        await OpenSignInAsync();
        var skipLink = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });

        // Act
        await Page.Keyboard.PressAsync("Tab");

        // Assert
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeVisibleAsync();

        // Act
        await Page.Keyboard.PressAsync("Enter");

        // Assert
        await Expect(Page).ToHaveURLAsync(App.Url("/account/sign-in#main-content").ToString());
        await Expect(Page.Locator("#main-content")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SignIn_KeyboardOnly_ReachesHomePage()
    {
        // Arrange
        await OpenSignInAsync();
        var email = Page.GetByLabel("Email address", new() { Exact = true });

        // Act: Tab through the header links to the first field, type, Tab, type, Enter
        for (var presses = 0; presses < 10 && !await IsFocusedAsync(email); presses++)
        {
            await Page.Keyboard.PressAsync("Tab");
        }

        await Expect(email).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(DemoAccounts.Sam.Email);
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Password", new() { Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(DemoAccounts.Password);
        await Page.Keyboard.PressAsync("Enter");

        // Assert
        await Expect(Page).ToHaveURLAsync(App.Url("/").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Welcome, {DemoAccounts.Sam.DisplayName}");
    }

    private static Task<bool> IsFocusedAsync(ILocator locator) =>
        locator.EvaluateAsync<bool>("element => element === document.activeElement");
}
