using System.Text.RegularExpressions;
using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Practitioner;

/// <summary>
/// Sam Patel's CPD journey in a real browser: assess a stage, submit her plan, check her pathway and registration,
/// export her record; then her supervisor sees the notification. axe runs on every page visited.
/// </summary>
public sealed partial class PractitionerJourneyTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Sam_AssessesSubmitsChecksAndExports_AndAlexIsNotified()
    {
        await SignInAsync(DemoAccounts.Sam);

        // Stages: assess one area with evidence.
        await Page.GotoAsync("/my/assessment");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your stages");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "practitioner-stages.png");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Assess Critical reflection and analysis" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Critical reflection and analysis");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Competent" }).CheckAsync();
        await Page.GetByLabel("What is your evidence for this stage?").FillAsync("Led my own analysis in two assessments, checked in supervision.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save your assessment" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(App.Url("/my/assessment").ToString());
        await Expect(Page.GetByTestId("flash")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();

        // Plan: submit the seeded draft for review.
        await Page.GotoAsync("/my/plan");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" })).ToHaveCountAsync(0);
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "practitioner-plan.png");

        // Pathway: the next role and the gaps.
        await Page.GotoAsync("/my/pathway");
        await Expect(Page.GetByText("Social worker").First).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "practitioner-pathway.png");

        // Registration: the rule and one entry in Social Work England's fields.
        await Page.GotoAsync("/my/registration");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Social Work England registration");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "practitioner-registration.png");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Signs of Safety: two-day foundation" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "What did you learn?" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).First).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();

        // Export: CSV in Social Work England's fields.
        await Page.GotoAsync("/my/export");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByLabel("This registration year").CheckAsync();
        await Page.GetByLabel("CSV file").CheckAsync();
        await Page.GetByLabel("Use Social Work England's fields").CheckAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path);
        Assert.StartsWith("Type of CPD", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);

        // Her supervisor is told about the plan.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInAsync(DemoAccounts.Alex);
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = NotificationsWithCount() })).ToBeVisibleAsync();
        await Page.GotoAsync("/notifications");
        await Expect(Page.GetByText("Sam Patel has submitted a CPD plan for review")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Page.GotoAsync("/supervision");
        var samRow = Page.GetByTestId("supervisees").GetByRole(AriaRole.Row).Filter(new() { HasText = "Sam Patel" });
        await Expect(samRow).ToContainTextAsync("Awaiting your review");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "supervisor-supervisees.png");
    }

    [Fact]
    public async Task Sam_LogsACertificatedCourse_AndTheEntitlementBarMoves()
    {
        await SignInAsync(DemoAccounts.Sam);

        await Page.GotoAsync("/my/activities");
        await Expect(Page.GetByTestId("entitlement-used")).ToHaveTextAsync("3.0 of 9 days used");
        await AssertNoAccessibilityViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Log an activity" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(App.Url("/my/activities/new").ToString());
        await AssertNoAccessibilityViolationsAsync();

        // Submitting it empty shows every problem, accessibly.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as complete" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert).GetByText("There is a problem")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();

        await Page.GetByLabel("How did you learn?").SelectOptionAsync(new SelectOptionValue { Label = "Workshop or course" });
        await Page.GetByLabel("Title").FillAsync("Court skills for social workers");
        var date = Page.GetByRole(AriaRole.Group, new() { Name = "Date of the activity" });
        await date.GetByLabel("Day").FillAsync("20");
        await date.GetByLabel("Month").FillAsync("11");
        await date.GetByLabel("Year").FillAsync("2026");
        await Page.GetByLabel("How many hours did it take?").FillAsync("7.4");
        await Page.GetByLabel("Describe the activity and why it is relevant to your practice").FillAsync("A day on statements and giving evidence; I have my first final hearing next month.");
        await Page.GetByLabel("What did you learn?", new() { Exact = true }).FillAsync("How to write a statement the court can rely on.");
        await Page.GetByLabel("What impact has it had on your practice and on children and families?").FillAsync("My statements now separate fact from opinion.");
        await Page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Screenshots.TakeAsync(Page, "practitioner-activity-form.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as complete" }).ClickAsync();

        // The new entry, with its certificate attached.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Court skills for social workers");
        await Page.GetByLabel("Add a file").SetInputFilesAsync(new FilePayload
        {
            Name = "certificate.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray(),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload file" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "certificate.pdf" })).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();

        // One 7.4-hour working day more.
        await Page.GotoAsync("/my/activities");
        await Expect(Page.GetByTestId("entitlement-used")).ToHaveTextAsync("4.0 of 9 days used");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "practitioner-activities.png");
    }

    [Fact]
    public async Task Jo_NonRegisteredPages_AreAccessible()
    {
        await SignInAsync(DemoAccounts.Jo);

        foreach (var path in new[] { "/my/activities", "/my/activities/new", "/my/assessment", "/my/pathway", "/my/plan", "/my/registration", "/my/export", "/notifications" })
        {
            var response = await Page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            await AssertNoAccessibilityViolationsAsync();
        }

        await Page.GotoAsync("/my/plan/goals/new");
        await AssertNoAccessibilityViolationsAsync();
    }

    [GeneratedRegex(@"^Notifications \(\d+")]
    private static partial Regex NotificationsWithCount();
}
