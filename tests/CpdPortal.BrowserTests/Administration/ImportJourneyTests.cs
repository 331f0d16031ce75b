using System.Text;
using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Administration;

/// <summary>
/// Ade Admin uploads an HR file with one good row and two bad ones, reads the errors in the preview, confirms, and
/// sees the counts. axe runs on every page visited.
/// </summary>
public sealed class ImportJourneyTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    private const string File =
        "staff number,first name,last name,email,job title,team,supervisor staff number,registered,registration number,employment type,start date,leave date\r\n"
        + "HR-70001,Maya,Okonjo,maya.okonjo@demo.test,Social worker,Adoption,,yes,SW700001,permanent,01/10/2026,\r\n"
        + "HR-70002,Tom,Reid,tom.reid@demo.test,Social worker,Adoption Team North,,no,,permanent,01/10/2026,\r\n"
        + "HR-70003,Ali,Khan,ali.khan@demo.test,Family support worker,Fostering,,no,,agency,31/09/2026,\r\n";

    [Fact]
    public async Task Ade_ImportsAFileWithErrors_SeesThemThenConfirmsTheGoodRow()
    {
        await SignInAsync(DemoAccounts.Ade);

        // The import page.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import from CSV");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-import.png");

        // Upload without choosing a file: the error is beside the field.
        await Page.GetByTestId("staff-upload").GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
        await Expect(Page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a CSV file");
        await AssertNoAccessibilityViolationsAsync();

        // Upload the file: the preview counts and lists the two bad rows.
        await Page.GetByLabel("Upload the staff file").SetInputFilesAsync(new FilePayload { Name = "staff.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(File) });
        await Page.GetByTestId("staff-upload").GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check the staff import");
        await Expect(Page.GetByTestId("errors")).ToContainTextAsync("There is no team called \"Adoption Team North\"");
        await Expect(Page.GetByTestId("errors")).ToContainTextAsync("Enter the start date as a real date");
        await Expect(Page.GetByTestId("changes")).ToContainTextAsync("Maya Okonjo");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-import-preview.png");

        // Confirm: one created, two skipped.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm and import 1 row" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Import applied: 1 created, 0 updated, 0 retired, 0 unchanged, 2 rows with errors skipped");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-import-done.png");

        // Maya is on the staff list.
        await Page.GotoAsync("/admin/staff");
        await Page.GetByLabel("Search by name, email address or staff number").FillAsync("Okonjo");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync("HR-70001");
    }
}
