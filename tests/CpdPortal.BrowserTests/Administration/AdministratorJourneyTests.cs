using CpdPortal.BrowserTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Administration;

/// <summary>
/// Ade Admin adds a staff member and gives them an account; the new person signs in with the one-time password and
/// must choose their own before anything else opens. axe runs on every page visited.
/// </summary>
public sealed class AdministratorJourneyTests(PortalAppFixture app, BrowserFixture browser)
    : BrowserTest(app, browser), IClassFixture<PortalAppFixture>, IClassFixture<BrowserFixture>
{
    private const string NewEmail = "priya.shah@demo.test";
    private const string NewPassword = "Seven orange kites at dawn";

    [Fact]
    public async Task Ade_CreatesStaffWithAccount_NewUserMustChangeTheOneTimePassword()
    {
        await SignInAsync(DemoAccounts.Ade);

        // The staff list: the Administration area opens on it.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Staff");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-staff.png");

        // Add a staff member: first with a mistake, then right.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a staff member" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Add a staff member");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add staff member" }).ClickAsync();
        await Expect(Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByLabel("Staff number").FillAsync("HR-90001");
        await Page.GetByLabel("First name").FillAsync("Priya");
        await Page.GetByLabel("Last name").FillAsync("Shah");
        await Page.GetByLabel("Email address").FillAsync(NewEmail);
        await Page.GetByLabel("Job title").FillAsync("Family support worker");
        await Page.GetByLabel("Team", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Early Help 5–19" });
        await Page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Permanent").CheckAsync();
        await Page.GetByLabel("Day", new() { Exact = true }).FillAsync("2");
        await Page.GetByLabel("Month", new() { Exact = true }).FillAsync("11");
        await Page.GetByLabel("Year", new() { Exact = true }).FillAsync("2026");
        await Screenshots.TakeAsync(Page, "admin-staff-new.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add staff member" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Priya Shah");
        await Expect(Page.GetByTestId("flash")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();

        // Give her an account: the one-time password is shown once.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Account created");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Copy the one-time password" })).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-one-time-password.png");
        var oneTimePassword = (await Page.GetByTestId("one-time-password").InnerTextAsync()).Trim();

        // The audit log shows what Ade did.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(Page.GetByTestId("audit-table")).ToContainTextAsync("Account created");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-audit.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Priya signs in with the one-time password and is sent to choose her own.
        await OpenSignInAsync();
        await Page.GetByLabel("Email address", new() { Exact = true }).FillAsync(NewEmail);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(oneTimePassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(App.Url("/account/change-password").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change your password");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "change-password.png");
        await Page.GotoAsync("/my/activities");
        await Expect(Page).ToHaveURLAsync(App.Url("/account/change-password").ToString());

        await Page.GetByLabel("Current password").FillAsync(oneTimePassword);
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await Page.GetByLabel("Confirm new password").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(App.Url("/").ToString());
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Your password has been changed");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "My CPD" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(App.Url("/my/activities").ToString());
    }

    [Fact]
    public async Task Ade_OpensTeamsSupervisorAndSettings_EachPageIsAccessible()
    {
        await SignInAsync(DemoAccounts.Ade);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Teams", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("teams-table")).ToContainTextAsync("Early Help 5–19");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-teams.png");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Early Help 5–19" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Early Help 5–19");
        await AssertNoAccessibilityViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await Page.GetByLabel("Search by name, email address or staff number").FillAsync("jo okafor");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Jo Okafor" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jo Okafor");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-staff-member.png");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Change supervisor" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Supervisor");
        await AssertNoAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Change roles" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "Roles" })).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Settings");
        await AssertNoAccessibilityViolationsAsync();
        await Screenshots.TakeAsync(Page, "admin-settings.png");
        await Page.GetByLabel("Training entitlement in days a year").FillAsync("lots");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(Page.Locator(".govuk-error-summary")).ToContainTextAsync("The entitlement must be a number, like 15");
        await AssertNoAccessibilityViolationsAsync();
    }
}
