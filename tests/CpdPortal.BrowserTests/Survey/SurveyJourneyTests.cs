using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Survey;

/// <summary>
/// The training-needs survey in a real browser: Lee opens a round, Sam answers it (a bad answer first), Lee reads
/// last year's results and this round's (suppressed: one answer). axe runs on every page visited.
/// </summary>
public sealed class SurveyJourneyTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    private ILocator H1 => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task Lee_OpensARound_SamAnswers_LeeReadsTheResults()
    {
        // Sam: no round is open yet.
        await SignInAsync(DemoAccounts.Sam);
        await Page.GotoAsync("/survey");
        await Expect(Page.GetByTestId("no-round")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await SignOutAsync();

        // Lee opens a round.
        await SignInAsync(DemoAccounts.Lee);
        await Page.GotoAsync("/learning/survey");
        await Expect(H1).ToHaveTextAsync("Training-needs survey rounds");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Open a new round" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Open a survey round");
        await Page.GetByLabel("Title").FillAsync("Training-needs survey 2026");
        var closing = Page.GetByRole(AriaRole.Group, new() { Name = "Closing date" });
        await closing.GetByLabel("Day").FillAsync("31");
        await closing.GetByLabel("Month").FillAsync("12");
        await closing.GetByLabel("Year").FillAsync("2026");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "survey-open-round.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("The survey round is open");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "survey-rounds.png");
        await SignOutAsync();

        // Sam answers: "Other" without saying what is refused accessibly, then the answer saves.
        await SignInAsync(DemoAccounts.Sam);
        await Page.GotoAsync("/survey");
        await Expect(Page.GetByTestId("round")).ToContainTextAsync("Training-needs survey 2026 is open until 31 December 2026");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Supervision", Exact = true }).GetByLabel("5").CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Reading", Exact = true }).GetByLabel("Not used").CheckAsync();
        var wishes = Page.GetByRole(AriaRole.Group, new() { Name = "Which methods do you wish you had more of?" });
        await wishes.GetByLabel("Team away day").CheckAsync();
        var barriers = Page.GetByRole(AriaRole.Group, new() { Name = "What gets in the way of your CPD?" });
        await barriers.GetByLabel("Workload").CheckAsync();
        await barriers.GetByLabel("Other", new() { Exact = true }).CheckAsync();
        await Screenshots.TakeAsync(Page, "survey-form.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the other barrier");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByLabel("If you selected other, what gets in the way?").FillAsync("Course dates clash with court hearings");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Your answers have been saved");
        await Expect(Page.GetByTestId("answered")).ToContainTextAsync("You have answered this round");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "survey-answered.png");
        await SignOutAsync();

        // Lee reads last year's results, then this round's (one answer: suppressed).
        await SignInAsync(DemoAccounts.Lee);
        await Page.GotoAsync("/reports/survey");
        await Expect(Page.GetByTestId("suppressed")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByLabel("Round").SelectOptionAsync(new SelectOptionValue { Label = "Training-needs survey 2025" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show results" }).ClickAsync();
        await Expect(Page.GetByTestId("methods").Locator("tbody tr").First.Locator("th")).ToHaveTextAsync("Questioning");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "survey-results.png");
    }

    private async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
