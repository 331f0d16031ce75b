using System.Globalization;
using System.Net;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Workforce;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>/admin/staff: the list and search, adding and editing a staff member, leavers.</summary>
public sealed class StaffAdminTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string ListPath = "/admin/staff";

    [Fact]
    public async Task Get_List_ShowsStaffByLastNameWithPaging()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync(ListPath);

        // Assert
        Assert.Equal("Staff", document.GetSingle("h1").NormalisedText());
        Assert.Equal(20, document.QuerySelectorAll("[data-testid='staff-table'] tbody tr").Length);
        Assert.NotNull(document.QuerySelector("nav.govuk-pagination a[href='/admin/staff?page=2']"));
    }

    [Theory]
    [InlineData("patel")]
    [InlineData("SAM.PATEL@demo")]
    [InlineData("Sam Patel")]
    public async Task Get_Search_FindsByNameEmailOrBoth(string term)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync($"{ListPath}?q={Uri.EscapeDataString(term)}");

        // Assert
        var rows = document.QuerySelectorAll("[data-testid='staff-table'] tbody tr");
        Assert.Contains(rows, r => r.NormalisedText().Contains("Sam Patel", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("élodie")]
    [InlineData("ÉLODIE")]
    [InlineData("brontë")]
    [InlineData("BRONTË")]
    public async Task Get_SearchWithAccentedLettersInAnyCase_FindsThePersonOnEveryProvider(string term)
    {
        // Arrange: a name with letters beyond ASCII (SQLite's own lower() would leave É alone; docs/adr/0015).
        await factory.QueryAsync(async db =>
        {
            if (!await db.StaffMembers.AnyAsync(s => s.StaffNumber == "U900"))
            {
                var team = await db.Teams.OrderBy(t => t.Id).FirstAsync();
                db.StaffMembers.Add(new StaffMember("U900", "Élodie", "Brontë", "elodie.bronte@example.org", "Social worker", team, EmploymentType.Permanent, new DateOnly(2024, 1, 8)));
                await db.SaveChangesAsync();
            }

            return 0;
        });
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync($"{ListPath}?q={Uri.EscapeDataString(term)}");

        // Assert
        var rows = document.QuerySelectorAll("[data-testid='staff-table'] tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("Élodie Brontë", row.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SearchByStaffNumber_FindsThePerson()
    {
        // Arrange
        var number = await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Email == DemoAccounts.Jo.Email).Select(s => s.StaffNumber).SingleAsync());
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync($"{ListPath}?q={number}");

        // Assert
        var row = Assert.Single(document.QuerySelectorAll("[data-testid='staff-table'] tbody tr"));
        Assert.Contains("Jo Okafor", row.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NewValidStaffMember_SavesAuditsAndShowsThem()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = await ValidFormAsync(client, "NEW-0001", "nia.new@example.org");

        // Act
        using var response = await client.PostFormAsync("/admin/staff/new", form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var staff = await factory.QueryAsync(db => db.StaffMembers.AsNoTracking().SingleAsync(s => s.StaffNumber == "NEW-0001"));
        Assert.Equal($"/admin/staff/{staff.Id}", response.RedirectTarget());
        Assert.Equal("nia.new@example.org", staff.Email);
        Assert.Equal("SW765432", staff.RegistrationNumber);
        Assert.Equal(new DateOnly(2026, 9, 1), staff.StartDate);
        var document = await client.GetDocumentAsync(response.RedirectTarget()!);
        Assert.Equal("Nia Newcombe", document.GetSingle("h1").NormalisedText());
        Assert.NotNull(document.QuerySelector("[data-testid='no-account']"));
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.StaffCreated && a.EntityId == staff.Id.ToString(CultureInfo.InvariantCulture) && a.ActorEmail == DemoAccounts.Ade.Email)));
    }

    [Fact]
    public async Task Post_NewEmptyForm_Answers400WithEveryMessageAndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync("/admin/staff/new")).GetAntiforgeryToken("main form[method=post]");
        var before = await factory.QueryAsync(db => db.StaffMembers.CountAsync());

        // Act
        using var response = await client.PostFormAsync("/admin/staff/new", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText()).ToList();
        Assert.Equal(
            ["Enter the staff number", "Enter the first name", "Enter the last name", "Enter the email address", "Enter the job title", "Select a team",
             "Select yes if they are a registered social worker", "Select whether they are permanent or agency staff", "Enter the start date"],
            summary);
        Assert.Equal(before, await factory.QueryAsync(db => db.StaffMembers.CountAsync()));
    }

    [Theory]
    [InlineData("StaffNumber", "(Jo's staff number)", "Another staff member already has this staff number")]
    [InlineData("Email", "sam.patel@demo.test", "Another staff member already has this email address")]
    [InlineData("Email", "not-an-email", "Enter an email address in the correct format, like name@example.org")]
    [InlineData("RegistrationNumber", "123456", "Enter a registration number in the correct format, like SW123456")]
    [InlineData("TeamId", "99999", "Select a team")]
    [InlineData("StartDate.Month", "13", "The start date must be a real date")]
    [InlineData("EmploymentType", "Contractor", "Select whether they are permanent or agency staff")]
    public async Task Post_NewBadField_Answers400WithTheMessageAndSavesNothing(string field, string value, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        if (field == "StaffNumber")
        {
            value = await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Email == DemoAccounts.Jo.Email).Select(s => s.StaffNumber).SingleAsync());
        }

        var form = await ValidFormAsync(client, $"BAD-{field.Length}-{value.Length}", $"bad.{field.ToLowerInvariant()}.{value.Length}@example.org");
        form[field] = value;
        var before = await factory.QueryAsync(db => db.StaffMembers.CountAsync());

        // Act
        using var response = await client.PostFormAsync("/admin/staff/new", form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(message, document.GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText()));
        Assert.Equal(value, field == "StartDate.Month" || field is "TeamId" or "EmploymentType" ? value : document.GetSingle($"input#{field}").GetAttribute("value"));
        Assert.Equal(before, await factory.QueryAsync(db => db.StaffMembers.CountAsync()));
    }

    [Fact]
    public async Task Post_NewWithoutAntiforgeryToken_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = await ValidFormAsync(client, "NO-TOKEN-1", "no.token.staff@example.org");
        form.Remove(HtmlExtensions.AntiforgeryField);

        // Act
        using var response = await client.PostFormAsync("/admin/staff/new", form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.StaffMembers.AnyAsync(s => s.StaffNumber == "NO-TOKEN-1")));
    }

    [Fact]
    public async Task Post_EditValid_ChangesTheRecordAndAudits()
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync("edit.me");
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var document = await client.GetDocumentAsync($"/admin/staff/{id}/edit");
        var form = FormOf(document);
        form["JobTitle"] = "Senior practitioner";
        form["EmploymentType"] = "Agency";

        // Act
        using var response = await client.PostFormAsync($"/admin/staff/{id}/edit", form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var staff = await factory.QueryAsync(db => db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal("Senior practitioner", staff.JobTitle);
        Assert.Equal(Domain.Workforce.EmploymentType.Agency, staff.EmploymentType);
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.StaffUpdated && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("/admin/staff/999999")]
    [InlineData("/admin/staff/999999/edit")]
    [InlineData("/admin/staff/999999/leaver")]
    [InlineData("/admin/staff/999999/account/roles")]
    public async Task Get_UnknownStaffMember_Answers404(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_LeaverWithDate_MarksThemAndAuditsAndReinstateUndoesIt()
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync("leaving.soon");
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync($"/admin/staff/{id}/leaver")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await client.PostFormAsync($"/admin/staff/{id}/leaver", [new("Form.LeaveDate.Day", "30"), new("Form.LeaveDate.Month", "11"), new("Form.LeaveDate.Year", "2026"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 30), await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Id == id).Select(s => s.LeaveDate).SingleAsync()));
        var details = await client.GetDocumentAsync($"/admin/staff/{id}");
        Assert.Contains("Leaving on 30 November 2026", details.GetSingle("[data-testid='leaver']").NormalisedText(), StringComparison.Ordinal);
        using var reinstate = await client.PostFormAsync($"/admin/staff/{id}/reinstate", [new(HtmlExtensions.AntiforgeryField, details.GetAntiforgeryToken($"form[action='/admin/staff/{id}/reinstate']"))]);
        Assert.Equal(HttpStatusCode.Found, reinstate.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Id == id).Select(s => s.LeaveDate).SingleAsync()));
        var actions = (await factory.AuditEntriesAsync(q => q.Where(a => a.EntityType == "StaffMember" && a.EntityId == id.ToString(CultureInfo.InvariantCulture)))).Select(a => a.Action);
        Assert.Equal([AuditActions.StaffReinstated, AuditActions.StaffLeft], actions);
    }

    [Theory]
    [InlineData("", "", "", "Enter the leaving date")]
    [InlineData("31", "2", "2026", "The leaving date must be a real date")]
    [InlineData("1", "1", "2019", "The leaving date must be the same as or after the start date")]
    public async Task Post_LeaverBadDate_Answers400AndChangesNothing(string day, string month, string year, string message)
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync($"bad.leave.{message.Length}");
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync($"/admin/staff/{id}/leaver")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await client.PostFormAsync($"/admin/staff/{id}/leaver", [new("Form.LeaveDate.Day", day), new("Form.LeaveDate.Month", month), new("Form.LeaveDate.Year", year), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal([message], document.GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText()));
        Assert.Null(await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Id == id).Select(s => s.LeaveDate).SingleAsync()));
    }

    private static async Task<Dictionary<string, string>> ValidFormAsync(HttpClient client, string staffNumber, string email)
    {
        var document = await client.GetDocumentAsync("/admin/staff/new");
        var teamId = document.QuerySelectorAll("select#TeamId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        return new Dictionary<string, string>
        {
            ["StaffNumber"] = staffNumber,
            ["GivenName"] = "Nia",
            ["FamilyName"] = "Newcombe",
            ["Email"] = email,
            ["JobTitle"] = "Social worker",
            ["TeamId"] = teamId,
            ["PathwayRoleId"] = string.Empty,
            ["Registered"] = "true",
            ["RegistrationNumber"] = "sw765432",
            ["EmploymentType"] = "Permanent",
            ["StartDate.Day"] = "1",
            ["StartDate.Month"] = "9",
            ["StartDate.Year"] = "2026",
            [HtmlExtensions.AntiforgeryField] = document.GetAntiforgeryToken("main form[method=post]"),
        };
    }

    /// <summary>The values a form shows, as it would post them.</summary>
    private static Dictionary<string, string> FormOf(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var form = document.GetSingle("main form[method=post]");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input"))
        {
            var name = input.GetAttribute("name");
            var type = input.GetAttribute("type");
            if (name is null || (type is "radio" or "checkbox" && !input.HasAttribute("checked")))
            {
                continue;
            }

            fields[name] = input.GetAttribute("value") ?? string.Empty;
        }

        foreach (var select in form.QuerySelectorAll("select"))
        {
            fields[select.GetAttribute("name")!] = select.QuerySelector("option[selected]")?.GetAttribute("value") ?? string.Empty;
        }

        return fields;
    }
}
