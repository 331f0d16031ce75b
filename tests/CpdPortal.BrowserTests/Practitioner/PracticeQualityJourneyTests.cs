using System.Globalization;
using System.Text.RegularExpressions;
using CpdPortal.Application.Common;
using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Practitioner;

/// <summary>
/// Issue 16's "done when" in a real browser: Sam is warned about a postcode in a reflection, edits it out and saves;
/// Pat, the Practice quality reviewer, draws a sample of the registration year that includes the entry, reviews it
/// against Social Work England's criteria with feedback; Sam reads the outcome and the feedback on her entry
/// (docs/adr/0027, 0028). axe runs on every page.
/// </summary>
public sealed partial class PracticeQualityJourneyTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    private const string Feedback = "A clear account of what changed in your visits; add a colleague's view next time.";

    [Fact]
    public async Task Sam_IsWarnedAndSaves_PatSamplesAndReviewsTheEntry_SamReadsTheFeedback()
    {
        // Sam: warned about the postcode, edits it out, saves.
        await SignInAsync(DemoAccounts.Sam);
        await Page.GotoAsync("/my/activities/new");
        await Page.GetByLabel("How did you learn?").SelectOptionAsync(new SelectOptionValue { Label = "Reading" });
        await Page.GetByLabel("Title").FillAsync("Reading on calm first visits");
        var date = Page.GetByRole(AriaRole.Group, new() { Name = "Date of the activity" });
        await date.GetByLabel("Day").FillAsync("18");
        await date.GetByLabel("Month").FillAsync("11");
        await date.GetByLabel("Year").FillAsync("2026");
        await Page.GetByLabel("How many hours did it take?").FillAsync("1.5");
        await Page.GetByLabel("Describe the activity and why it is relevant to your practice").FillAsync("A practice briefing on first home visits.");
        await Page.GetByLabel("What did you learn?", new() { Exact = true }).FillAsync("On the visit to SO14 7LY I saw how much a calm opening matters.");
        await Page.GetByLabel("What impact has it had on your practice and on children and families?").FillAsync("I now plan the first five minutes of every visit, and parents say they feel heard.");
        await Page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as complete" }).ClickAsync();
        await Expect(Page.Locator("#WhatLearnt-identifying")).ToContainTextAsync("\u201cSO14 7LY\u201d looks like a postcode");
        await AssertNoAccessibilityViolationsAsync();

        await Page.GetByLabel("What did you learn?", new() { Exact = true }).FillAsync("On a first home visit I saw how much a calm opening matters.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as complete" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reading on calm first visits");
        var activityId = int.Parse(ActivityUrl().Match(Page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Pat: from the navigation to a new sample of the whole registration year, so the entry is in it.
        await SignInAsync(DemoAccounts.Pat);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Practice quality", Exact = true }).ClickAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Draw a sample" }).ClickAsync();
        await Page.GetByLabel("Percentage of entries to sample").FillAsync("100");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Sample drawn");
        await AssertNoAccessibilityViolationsAsync();

        // The sample lists entries by date without their authors; the review of Sam's entry is found by its id.
        var sampleId = int.Parse(SampleUrl().Match(Page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        var reviewId = await WithDbAsync(db => db.QualityReviews.Where(r => r.SampleId == sampleId && r.ActivityId == activityId).Select(r => r.Id).SingleAsync());
        await Page.GotoAsync($"/quality/reviews/{reviewId}");
        await Expect(Page.GetByTestId("review-author")).ToHaveTextAsync("Hidden");
        await Expect(Page.GetByTestId("review-entry")).ToContainTextAsync("On a first home visit I saw how much a calm opening matters.");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Does it describe what was learnt?" }).GetByLabel("Met", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Does it describe the impact on their practice?" }).GetByLabel("Met", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Does it describe the impact on the people they support?" }).GetByLabel("Met", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Does it include a peer reflection?" }).GetByLabel("Not met", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Feedback for the practitioner").FillAsync(Feedback);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save review" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Review saved");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Sam: the outcome and the feedback on her entry.
        await SignInAsync(DemoAccounts.Sam);
        await Page.GotoAsync($"/my/activities/{activityId}");
        var review = Page.GetByTestId("quality-feedback");
        await Expect(review).ToContainTextAsync("Practice quality review");
        await Expect(review.Locator(".govuk-summary-list__row", new() { HasText = "Peer reflection" })).ToContainTextAsync("Not met");
        await Expect(review.Locator(".govuk-summary-list__row", new() { HasText = "What you learnt" })).ToContainTextAsync("Met");
        await Expect(Page.GetByTestId("quality-feedback-text")).ToHaveTextAsync(Feedback);
        await AssertNoAccessibilityViolationsAsync();
    }

    private async Task<T> WithDbAsync<T>(Func<ICpdPortalDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ICpdPortalDbContext>());
    }

    [GeneratedRegex(@"/my/activities/(\d+)$")]
    private static partial Regex ActivityUrl();

    [GeneratedRegex(@"/quality/samples/(\d+)")]
    private static partial Regex SampleUrl();
}
