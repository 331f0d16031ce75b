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
    [InlineData(320, 640)]
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
        await region.FocusAsync();
        await Expect(region).ToBeFocusedAsync();

        // The last column (stage 5) is inside the region once it is scrolled to its end: never cut off, whatever the
        // window's height (at 320 pixels the grid is taller than the window, so the viewport is not the test).
        await AssertLastColumnScrollsIntoTheRegionAsync(region);
        await Expect(region.Locator("thead th").Last).ToHaveTextAsync("5 Expert");
        await AssertNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData(320, 640)]
    [InlineData(1280, 800)]
    public async Task SecondaryNavigation_NarrowAndWideWindows_FitsTheWindowAndIsAccessible(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        await SignInAsync(DemoAccounts.Ade);

        await Page.GotoAsync("/admin/staff");

        await Expect(Page.GetByTestId("secondary-navigation")).ToBeVisibleAsync();
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"The page is {pageWidth}px wide in a {width}px window.");

        // The staff table is wider than a phone: it scrolls inside its own region, named by its caption and reachable
        // by keyboard (WCAG 1.4.10), and its last column can be scrolled into that region.
        var region = Page.GetByRole(AriaRole.Region).Filter(new() { Has = Page.GetByTestId("staff-table") });
        await Expect(region).ToBeVisibleAsync();
        await Expect(region).ToHaveAttributeAsync("tabindex", "0");
        await Expect(region).ToHaveAttributeAsync("aria-labelledby", new System.Text.RegularExpressions.Regex(".+"));
        await region.FocusAsync();
        await Expect(region).ToBeFocusedAsync();
        await AssertLastColumnScrollsIntoTheRegionAsync(region);
        await AssertNoAccessibilityViolationsAsync();
    }

    /// <summary>Scrolls the region to its end: the table's last column is then inside it, never cut off.</summary>
    private static async Task AssertLastColumnScrollsIntoTheRegionAsync(ILocator region)
    {
        var lastColumn = await region.EvaluateAsync<double[]>(
            "r => { r.scrollLeft = r.scrollWidth; const a = r.getBoundingClientRect(); const b = r.querySelector('thead th:last-child').getBoundingClientRect(); return [a.left, a.right, b.left, b.right]; }");
        Assert.True(
            lastColumn[2] >= lastColumn[0] - 1 && lastColumn[3] <= lastColumn[1] + 1,
            $"The last column spans {lastColumn[2]:0}-{lastColumn[3]:0}px but the table's region shows {lastColumn[0]:0}-{lastColumn[1]:0}px.");
    }
}
