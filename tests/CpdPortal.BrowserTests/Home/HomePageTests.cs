using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Home;

/// <summary>Each demo account signs in through the real form, sees its own home page, and signs out.</summary>
public sealed class HomePageTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    /// <summary>The guide screenshot for each account that has one (docs/guides/images).</summary>
    private static readonly Dictionary<string, string> GuideScreenshots = new(StringComparer.Ordinal)
    {
        [DemoAccounts.Sam.Email] = "home-practitioner.png",
        [DemoAccounts.Jo.Email] = "home-family-support-worker.png",
        [DemoAccounts.Alex.Email] = "home-supervisor.png",
        [DemoAccounts.Lee.Email] = "home-learning-and-development.png",
        [DemoAccounts.Ade.Email] = "home-administrator.png",
    };

    public static TheoryData<string> Accounts => [.. DemoAccounts.All.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task SignIn_DemoAccount_ShowsTheirHomePageAccessiblyAndSignsOut(string email)
    {
        // Arrange
        var account = DemoAccounts.All.Single(a => a.Email == email);

        // Act
        await SignInAsync(account);

        // Assert: the home page is theirs
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Welcome, {account.DisplayName}");
        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
        await ExpectSectionAsync("practitioner-summary", account.Roles.Contains("Practitioner") && account.HasStaffRecord);
        await ExpectSectionAsync("supervisor-summary", account.Roles.Contains("Supervisor"));
        await ExpectSectionAsync("learning-summary", account.Roles.Contains("LearningAndDevelopment"));
        await ExpectSectionAsync("administrator-summary", account.Roles.Contains("Administrator"));
        await AssertNoAccessibilityViolationsAsync();
        if (GuideScreenshots.TryGetValue(account.Email, out var screenshot))
        {
            await Screenshots.TakeAsync(Page, screenshot);
        }

        // Act: sign out
        await menu.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();

        // Assert
        await Expect(Page).ToHaveURLAsync(App.Url("/account/sign-in?signedOut=true").ToString());
        await Expect(Page.GetByText("You have signed out")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }

    private async Task ExpectSectionAsync(string testId, bool shown)
    {
        var section = Page.GetByTestId(testId);
        if (shown)
        {
            await Expect(section).ToBeVisibleAsync();
        }
        else
        {
            await Expect(section).ToHaveCountAsync(0);
        }
    }
}
