using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Supervisor;

/// <summary>
/// The supervisor journey in a real browser: Alex records a session for Sam and validates one of her stages, Sam
/// reads and acknowledges the record, Alex approves the plan Sam submitted. axe runs on every page visited.
/// </summary>
public sealed class SupervisorJourneyTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    private ILocator H1 => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task Alex_RecordsASession_SamAcknowledges_AlexApprovesHerPlan()
    {
        // Sam sends her plan for review first.
        await SignInAsync(DemoAccounts.Sam);
        await Page.GotoAsync("/my/plan");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToBeVisibleAsync();
        await SignOutAsync();

        // Alex's home page leads with who needs him.
        await SignInAsync(DemoAccounts.Alex);
        var summary = Page.GetByTestId("supervisor-summary");
        await Expect(summary.GetByTestId("supervisor-counts")).ToContainTextAsync("1 plan waiting for your review");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "supervisor-home.png");

        // Sam's overview.
        await Page.GotoAsync("/supervision");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sam Patel" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Sam Patel");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "supervisor-supervisee.png");

        // Record a session: an empty discussion is refused accessibly, then a complete one saves.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record a supervision session" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Record a supervision session");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save and send to Sam Patel" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert).GetByText("There is a problem")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Record the discussion under at least one of the four functions");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByLabel("Development", new() { Exact = true }).FillAsync("Reflected on the first court statement; analysis is getting sharper.");
        await Page.GetByLabel("Support and wellbeing").FillAsync("Feeling more settled in the team.");
        var action = Page.GetByRole(AriaRole.Group, new() { Name = "Action 1" });
        await action.GetByLabel("What is to be done").FillAsync("Observe a final hearing with a senior practitioner");
        var due = action.GetByRole(AriaRole.Group, new() { Name = "Due by" });
        await due.GetByLabel("Day").FillAsync("18");
        await due.GetByLabel("Month").FillAsync("12");
        await due.GetByLabel("Year").FillAsync("2026");
        await Screenshots.TakeAsync(Page, "supervisor-session-form.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save and send to Sam Patel" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToBeVisibleAsync();
        await Expect(H1).ToHaveTextAsync("Supervision on 22 November 2026");
        await Expect(Page.GetByTestId("acknowledged")).ToContainTextAsync("Not yet acknowledged");
        await AssertNoAccessibilityViolationsAsync();

        // Validate one of Sam's stages.
        await Page.GotoAsync("/supervision");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sam Patel" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Validate ") }).First.ClickAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "supervisor-validate-stage.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Validate the stage" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Stage validated");
        await SignOutAsync();

        // Sam reads and acknowledges the record.
        await SignInAsync(DemoAccounts.Sam);
        await Page.GotoAsync("/my/supervision");
        await Expect(Page.GetByTestId("to-acknowledge")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "22 November 2026" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Supervision on 22 November 2026");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByLabel("Your comment (optional)").FillAsync("Agreed. I will ask for the hearing dates.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge this record" }).ClickAsync();
        await Expect(Page.GetByTestId("acknowledged")).ToContainTextAsync("Acknowledged by you");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "supervisor-session-acknowledged.png");
        await SignOutAsync();

        // Alex approves the plan.
        await SignInAsync(DemoAccounts.Alex);
        await Page.GotoAsync("/supervision/plans");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByTestId("plans").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sam Patel") }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("CPD plan");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "supervisor-plan-review.png");
        await Page.GetByLabel("Yes, approve it").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send your decision" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Plan approved");
        await Expect(Page.GetByTestId("no-plans")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
    }

    private async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
