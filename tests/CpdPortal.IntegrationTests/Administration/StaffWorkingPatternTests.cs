using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>
/// The staff form's FTE and absence (issue 15, point 5): shown and edited with GOV.UK validation; every FTE change is
/// kept (from, to, when, by whom) and shown on the staff page.
/// </summary>
public sealed class StaffWorkingPatternTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Post_EditFteAndAbsence_SavesThemAndKeepsTheFteChangeOnTheStaffPage()
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync("part.time");
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var edit = await client.GetDocumentAsync($"/admin/staff/{id}/edit");
        var form = FormOf(edit);
        form["FullTimeEquivalent"] = "0.6";
        form["AbsenceDays"] = "4.5";

        // Act
        using var response = await client.PostFormAsync($"/admin/staff/{id}/edit", form);
        var page = await client.GetDocumentAsync($"/admin/staff/{id}");
        var again = await client.GetDocumentAsync($"/admin/staff/{id}/edit");

        // Assert
        Assert.Equal("1", edit.GetSingle("input#FullTimeEquivalent").GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var staff = await factory.WithDbAsync(db => db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(0.6m, staff.FullTimeEquivalent);
        Assert.Equal(4.5m, staff.AbsenceDays);
        Assert.Equal("0.6", page.GetSingle("[data-testid=fte]").NormalisedText());
        Assert.Equal("4.5", page.GetSingle("[data-testid=absence]").NormalisedText());
        var row = page.GetSingle("[data-testid=working-pattern-history] tbody tr").QuerySelectorAll("td").Select(c => c.NormalisedText()).ToList();
        Assert.Equal(["1.0", "0.6", DemoAccounts.Ade.Email], row.Skip(1));
        Assert.StartsWith("22 November 2026", row[0], StringComparison.Ordinal);
        Assert.Equal("0.6", again.GetSingle("input#FullTimeEquivalent").GetAttribute("value"));
        Assert.Equal("4.5", again.GetSingle("input#AbsenceDays").GetAttribute("value"));
    }

    [Fact]
    public async Task Post_EditWithTheSameFte_KeepsNoHistoryRow()
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync("same.fte");
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = FormOf(await client.GetDocumentAsync($"/admin/staff/{id}/edit"));
        form["JobTitle"] = "Senior practitioner";

        // Act
        using var response = await client.PostFormAsync($"/admin/staff/{id}/edit", form);
        var page = await client.GetDocumentAsync($"/admin/staff/{id}");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkingPatternChanges.CountAsync(c => c.StaffMemberId == id)));
        Assert.NotNull(page.QuerySelector("[data-testid=no-working-pattern-history]"));
        Assert.Equal("Not recorded", page.GetSingle("[data-testid=absence]").NormalisedText());
    }

    [Theory]
    [InlineData("0", "", "FullTimeEquivalent", "Enter the FTE as a number from 0.1 to 1, like 0.6 for three days a week")]
    [InlineData("0.05", "", "FullTimeEquivalent", "Enter the FTE as a number from 0.1 to 1, like 0.6 for three days a week")]
    [InlineData("1.5", "", "FullTimeEquivalent", "Enter the FTE as a number from 0.1 to 1, like 0.6 for three days a week")]
    [InlineData("three days", "", "FullTimeEquivalent", "Enter the FTE as a number from 0.1 to 1, like 0.6 for three days a week")]
    [InlineData("", "", "FullTimeEquivalent", "Enter the FTE as a number from 0.1 to 1, like 0.6 for three days a week")]
    [InlineData("1", "367", "AbsenceDays", "Enter the days absent in the last 12 months as a number from 0 to 366, like 4 or 4.5")]
    [InlineData("1", "-1", "AbsenceDays", "Enter the days absent in the last 12 months as a number from 0 to 366, like 4 or 4.5")]
    [InlineData("1", "4.25", "AbsenceDays", "Enter the days absent in the last 12 months as a number from 0 to 366, like 4 or 4.5")]
    [InlineData("1", "lots", "AbsenceDays", "Enter the days absent in the last 12 months as a number from 0 to 366, like 4 or 4.5")]
    public async Task Post_EditInvalidFteOrAbsence_Answers400WithTheMessageAndSavesNothing(string fte, string absence, string field, string message)
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync("bad.pattern." + Guid.NewGuid().ToString("N")[..8]);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = FormOf(await client.GetDocumentAsync($"/admin/staff/{id}/edit"));
        form["FullTimeEquivalent"] = fte;
        form["AbsenceDays"] = absence;
        form["JobTitle"] = "Not saved";

        // Act
        using var response = await client.PostFormAsync($"/admin/staff/{id}/edit", form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal([message], document.GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText()));
        Assert.Equal($"#{field}", document.GetSingle(".govuk-error-summary a").GetAttribute("href"));
        Assert.Contains(message, document.GetSingle($"#{field}-error").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(fte, document.GetSingle("input#FullTimeEquivalent").GetAttribute("value") ?? string.Empty);
        var staff = await factory.WithDbAsync(db => db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.NotEqual("Not saved", staff.JobTitle);
        Assert.Equal(1m, staff.FullTimeEquivalent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkingPatternChanges.CountAsync(c => c.StaffMemberId == id)));
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
