using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Shell;

/// <summary>
/// The header names the areas a person has; each area's pages are in its own secondary navigation with the current
/// page marked; wide tables scroll inside a focusable, labelled region so the page itself never scrolls sideways.
/// </summary>
public sealed class NavigationTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    private static readonly string[] LeesAreas = ["Home", "My CPD", "Learning and development", "Reports"];

    [Fact]
    public async Task Header_LearningAndDevelopmentLead_NamesTheirAreasAndTheAreaListsItsPages()
    {
        await SignInAsync(DemoAccounts.Lee);

        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        foreach (var name in LeesAreas)
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true })).ToHaveCountAsync(0);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Frameworks", Exact = true })).ToHaveCountAsync(0);

        await menu.GetByRole(AriaRole.Link, new() { Name = "Learning and development", Exact = true }).ClickAsync();
        var area = Page.GetByRole(AriaRole.Navigation, new() { Name = "Learning and development" });
        await area.GetByRole(AriaRole.Link, new() { Name = "Frameworks", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(App.Url("/learning/frameworks").ToString());
        await Expect(area.GetByRole(AriaRole.Link, new() { Name = "Frameworks", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Learning and development", Exact = true })).ToHaveAttributeAsync("aria-current", "true");
        await AssertNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData(1280, 800)]
    public async Task MappingGrid_NarrowAndWideWindows_PageDoesNotScrollSidewaysAndTheGridScrollsInALabelledRegion(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        await SignInAsync(DemoAccounts.Lee);

        await Page.GotoAsync("/learning/mapping");

        var region = Page.GetByRole(AriaRole.Region, new() { Name = "courses by area and Dreyfus stage" });
        await Expect(region).ToBeVisibleAsync();
        await Expect(region).ToHaveAttributeAsync("tabindex", "0");
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"The page is {pageWidth}px wide in a {width}px window.");
        var lastHeader = region.Locator("thead th").Last;
        await region.FocusAsync();
        await region.EvaluateAsync("r => r.scrollLeft = r.scrollWidth");
        await Expect(lastHeader).ToBeInViewportAsync();
        await AssertNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData(1280, 800)]
    public async Task SecondaryNavigation_NarrowAndWideWindows_FitsTheWindowAndIsAccessible(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        await SignInAsync(DemoAccounts.Ade);

        await Page.GotoAsync("/admin/staff");

        await Expect(Page.GetByTestId("secondary-navigation")).ToBeVisibleAsync();
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"The page is {pageWidth}px wide in a {width}px window.");
        await AssertNoAccessibilityViolationsAsync();
    }
}
