using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Practitioner;

/// <summary>
/// Issue 16 in a real browser: Sam writes a reflection with a postcode, is warned beside the field, follows the error
/// summary to the warning, edits the postcode out and saves (docs/adr/0027). axe runs on every page.
/// </summary>
public sealed class IdentifyingDetailsWarningTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Sam_WritesAPostcodeInAReflection_IsWarned_EditsItOut_AndSaves()
    {
        await SignInAsync(DemoAccounts.Sam);
        await Page.GotoAsync("/my/activities/new");
        await AssertNoAccessibilityViolationsAsync();

        await Page.GetByLabel("How did you learn?").SelectOptionAsync(new SelectOptionValue { Label = "Reading" });
        await Page.GetByLabel("Title").FillAsync("Reading on home visits");
        var date = Page.GetByRole(AriaRole.Group, new() { Name = "Date of the activity" });
        await date.GetByLabel("Day").FillAsync("18");
        await date.GetByLabel("Month").FillAsync("11");
        await date.GetByLabel("Year").FillAsync("2026");
        await Page.GetByLabel("How many hours did it take?").FillAsync("1.5");
        await Page.GetByLabel("Describe the activity and why it is relevant to your practice").FillAsync("Research in Practice's briefing on first home visits.");
        await Page.GetByLabel("What did you learn?", new() { Exact = true }).FillAsync("On the visit to SO14 7LY I saw how much a calm opening matters.");
        await Page.GetByLabel("What impact has it had on your practice and on children and families?").FillAsync("I now plan the first five minutes of every visit.");
        await Page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as complete" }).ClickAsync();

        // Warned: nothing saved, the summary links to the warning beside the field, the box to confirm is offered.
        await Expect(Page.GetByRole(AriaRole.Alert).GetByText("There is a problem")).ToBeVisibleAsync();
        await Expect(Page.Locator("#WhatLearnt-identifying")).ToContainTextAsync("\u201cSO14 7LY\u201d looks like a postcode");
        await Expect(Page.GetByLabel("I have checked: none of this identifies a child, family or colleague")).Not.ToBeCheckedAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "practitioner-identifying-details-warning.png");
        await Page.GetByRole(AriaRole.Link, new() { Name = "What did you learn: \u201cSO14 7LY\u201d looks like a postcode" }).ClickAsync();
        await Expect(Page.Locator("#WhatLearnt-identifying")).ToBeInViewportAsync();

        // Edited out: it saves, with no box ticked.
        await Page.GetByLabel("What did you learn?", new() { Exact = true }).FillAsync("On a first home visit I saw how much a calm opening matters.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as complete" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reading on home visits");
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Activity saved");
        await AssertNoAccessibilityViolationsAsync();
    }
}
