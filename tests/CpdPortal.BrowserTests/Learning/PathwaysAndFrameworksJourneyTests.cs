using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Learning;

/// <summary>
/// Pathways and frameworks in a real browser: Lee Harris (L&amp;D) sets what the social worker role expects in an area
/// and requires a course for it; creates a new version of the PCF, renames an area and rewords its first stage, and
/// publishes it. Sam Patel then sees the new wording with her earlier stage carried over, and the required course on
/// her pathway. axe runs on every page visited.
/// </summary>
public sealed class PathwaysAndFrameworksJourneyTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    private const string Course = "Safeguarding children: level 3";
    private const string Renamed = "Professionalism and professional identity";
    private const string NewWording = "Follows the council's code of conduct and asks for help when unsure about professional boundaries.";

    [Fact]
    public async Task Lee_EditsARoleAndPublishesANewFrameworkVersion_AndSamSeesTheNewWordingWithHerStage()
    {
        await SignInAsync(DemoAccounts.Lee);

        // The social worker role: an expected stage and a required course.
        await Page.GotoAsync("/learning/pathways");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByTestId("pathways").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(Page.GetByTestId("steps")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "learning-pathway.png");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit Social worker", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Social worker");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByLabel("Knowledge", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "4 Proficient" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save expected stages" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Knowledge", new() { Exact = true })).ToHaveValueAsync("4");
        await Page.Locator("#CourseId").SelectOptionAsync(new SelectOptionValue { Label = Course });
        await Page.GetByLabel("Required", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the course" }).ClickAsync();
        await Expect(Page.GetByTestId("required")).ToContainTextAsync(Course);
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "learning-pathway-role.png");

        // A new version of the PCF: rename an area, reword its first stage, publish.
        await Page.GotoAsync("/learning/frameworks");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "learning-frameworks.png");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Professional Capabilities Framework version 1" }).ClickAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create a new version" }).ClickAsync();
        await Expect(Page.GetByTestId("draft-note")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit Professionalism", Exact = true }).ClickAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByLabel("Area name").FillAsync(Renamed);
        await Page.GetByLabel("1 Novice").FillAsync(NewWording);
        await Page.GetByLabel("3 Competent").FillAsync(string.Empty);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the area" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert).GetByText("There is a problem")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "learning-framework-area.png");
        await Page.GetByLabel("3 Competent").FillAsync("Works to the professional standards independently and explains the reasons for decisions.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the area" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "1. " + Renamed })).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "learning-framework-draft.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        await Expect(Page.GetByTestId("status")).ToContainTextAsync("Published (current)");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Sam sees the renamed area with her earlier stage, the new wording, and the required course.
        await SignInAsync(DemoAccounts.Sam);
        await Page.GotoAsync("/my/assessment");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = Renamed });
        await Expect(row.GetByTestId("current-stage")).ToContainTextAsync("(your assessment)");
        await Expect(row.GetByTestId("carried")).ToHaveTextAsync("(assessed under version 1)");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "practitioner-assessment-new-version.png");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page.GetByText(NewWording)).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("under-version").First).ToContainTextAsync("under version 1: Professionalism");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GotoAsync("/my/pathway");
        await Expect(Page.GetByTestId("required-courses")).ToContainTextAsync(Course);
        await AssertNoAccessibilityViolationsAsync();
    }
}
