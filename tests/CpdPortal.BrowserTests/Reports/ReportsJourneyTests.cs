using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Reports;

/// <summary>Lee Harris (L&amp;D) opens every report from the index, filters one and reaches the chart by keyboard; axe on each page.</summary>
public sealed class ReportsJourneyTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    /// <summary>Each report's title, and the guide's screenshot of it (null: none).</summary>
    private static readonly (string Title, string? Screenshot)[] Titles =
    [
        ("Training days against the entitlement", null),
        ("CPD plans", null),
        ("Supervision on time", null),
        ("Social Work England registration CPD", null),
        ("Courses: uptake and impact", "reports-courses.png"),
        ("Coverage of the training map", "reports-mapping-coverage.png"),
        ("Validated stages", null),
        ("Stages over time", null), // a table and a chart per area: too long a page for the guide
        ("Workforce and CPD engagement", null),
    ];

    [Fact]
    public async Task Lee_OpensEachReport_AndEveryPageIsAccessible()
    {
        await SignInAsync(DemoAccounts.Lee);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reports");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "reports-index.png");

        foreach (var (title, screenshot) in Titles)
        {
            await Page.GotoAsync("/reports");
            await Page.GetByRole(AriaRole.Link, new() { Name = $"Open {title}", Exact = true }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            await Expect(Page.GetByTestId("headline")).ToContainTextAsync("%");
            await AssertNoAccessibilityViolationsAsync();
            if (screenshot is not null)
            {
                await Screenshots.TakeAsync(Page, screenshot);
            }
        }

        // Filter the plans report to one team; the chart is reachable by keyboard before its table.
        await Page.GotoAsync("/reports/plans");
        await Page.GetByText("Filter this report").ClickAsync();
        await Page.GetByLabel("Team", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Protection and Court Team" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/reports/plans\?year=\d{4}&team=\d+"));
        await Expect(Page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
        await Page.Locator("figure.app-chart").FocusAsync();
        await Expect(Page.Locator("figure.app-chart")).ToBeFocusedAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "reports-plans.png");
    }
}
