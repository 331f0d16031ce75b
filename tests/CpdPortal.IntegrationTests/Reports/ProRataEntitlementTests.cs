using System.Globalization;
using System.Net;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>
/// The pro rata entitlement and absence (issue 15, point 5; docs/adr/0025) on a hand-built team, the clock at
/// 22 November 2026 (learning year 1 April 2026 to 31 March 2027, 365 days):
/// - Pia, 0.6 FTE since 2020: allowance 9; 66.6 hours of workshops (9.0 days): met. 4 days absent.
/// - Quin, full time from 1 October 2026: 182 of 365 days, allowance 7.5; nothing used. 10 days absent.
/// - Ray, agency, full time since 2020: allowance 15; 7.4 hours (1.0 day). No absence reported.
/// With the setting off, every allowance is 15 and nobody has met it.
/// </summary>
public sealed class ProRataEntitlementTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<CpdPortalFactory, int> Teams = [];

    private async Task<string> TeamQueryAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!Teams.TryGetValue(factory, out var id))
            {
                id = await SeedAsync();
                Teams[factory] = id;
            }

            return "?year=2026&team=" + id.ToString(CultureInfo.InvariantCulture);
        }
        finally
        {
            Gate.Release();
        }
    }

    private Task<int> SeedAsync() => factory.WithDbAsync(async db =>
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        var today = new DateOnly(2026, 11, 22);
        var team = new Team("Pro-rata Team");
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        StaffMember Person(string number, string given, EmploymentType type, DateOnly start) =>
            new(number, given, "Tester", $"{given.ToLowerInvariant()}@prorata.test", "Social worker", team, type, start);
        var pia = Person("PR1", "Pia", EmploymentType.Permanent, new DateOnly(2020, 1, 6));
        var quin = Person("PR2", "Quin", EmploymentType.Permanent, new DateOnly(2026, 10, 1));
        var ray = Person("PR3", "Ray", EmploymentType.Agency, new DateOnly(2020, 1, 6));
        pia.ChangeWorkingPattern(0.6m);
        pia.RecordAbsence(4m);
        quin.RecordAbsence(10m);
        db.StaffMembers.AddRange(pia, quin, ray);
        await db.SaveChangesAsync();

        var workshop = await db.CpdMethods.Where(m => m.Name == CpdMethods.Workshop).Select(m => m.Id).SingleAsync();
        ActivityDetails Entry(DateOnly date, DateOnly? end, decimal hours) =>
            new(workshop, "Learning", date, end, hours, "Why", "What", "Impact", null, null, false, ActivityStatus.Complete, []);
        db.CpdActivities.AddRange(
            CpdActivity.Record(pia.Id, Entry(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10), 66.6m), today, now),
            CpdActivity.Record(ray.Id, Entry(new DateOnly(2026, 9, 1), null, 7.4m), today, now));
        await db.SaveChangesAsync();
        return team.Id;
    });

    private async Task<(string Headline, List<List<string>> Tables, string Notes)> ReadAsync(string slug)
    {
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var document = await client.GetDocumentAsync($"/reports/{slug}{await TeamQueryAsync()}");
        var tables = document.QuerySelectorAll("[data-testid=report-table]")
            .Select(t => t.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.NormalisedText()))).ToList())
            .ToList();
        return (document.GetSingle("[data-testid=headline]").NormalisedText(), tables, document.Body!.TextContent);
    }

    [Fact]
    public async Task Entitlement_ProRata_BandsEachPersonAgainstTheirOwnAllowance()
    {
        // Act
        var (headline, tables, notes) = await ReadAsync("entitlement");

        // Assert: Pia 9 of 9 (full), Quin 0 of 7.5 (none), Ray 1 of 15 (under a quarter); mean used 10 / 3 = 3.3,
        // mean allowance (9 + 7.5 + 15) / 3 = 10.5.
        Assert.Equal("33% of 3 staff have used their full allowance (15 days full time, pro rata); the mean is 3.3 days.", headline);
        Assert.Equal(
            ["None | 1", "Under a quarter | 1", "A quarter to under half | 0", "Half to under three quarters | 0", "Three quarters to under the full allowance | 0", "The full allowance or more | 1"],
            tables[0]);
        Assert.Equal(["Pro-rata Team | 3 | 3.3 | 10.5 | 33%"], tables[1]);
        Assert.Contains("pro rata to their full-time equivalent", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("is not reduced for part-time staff", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workforce_AbsenceBesideAgencyAndCpdDays_ByTeamAndRole()
    {
        // Act
        var (_, tables, notes) = await ReadAsync("workforce");

        // Assert: one agency of 3 (33%); CPD days (9 + 0 + 1) / 3 = 3.3; absence reported for 2, mean (4 + 10) / 2 = 7.
        Assert.Equal(["Pro-rata Team | 3 | 33% | 3.3 | 2 | 7"], tables[1]);
        Assert.Equal(["No pathway role | 3 | 33% | 3.3 | 2 | 7"], tables[2]);
        Assert.Contains("association only", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkforceCsv_ByTeam_HasTheAbsenceColumn()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var csv = await client.GetStringAsync($"/reports/workforce.csv{await TeamQueryAsync()}&table=2");

        // Assert
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Team,Staff in post,Agency share,CPD days per person,Absence reported for,Absence days per person", lines[0]);
        Assert.Equal("Pro-rata Team,3,33%,3.3,2,7", lines[1]);
    }

    [Fact]
    public async Task Entitlement_SettingSwitchedOff_EveryoneHasTheFullAllowanceAndTheNoteSaysSo()
    {
        // Arrange
        await TeamQueryAsync();
        await SetProRataAsync(false);
        try
        {
            // Act
            var (headline, tables, notes) = await ReadAsync("entitlement");

            // Assert: against 15 each, nobody has met it; Pia's 9 days is half to under three quarters.
            Assert.Equal("0% of 3 staff have used their full 15 days; the mean is 3.3 days.", headline);
            Assert.Equal(["Pro-rata Team | 3 | 3.3 | 15 | 0%"], tables[1]);
            Assert.Contains("is not reduced for part-time staff or part years", notes, StringComparison.Ordinal);
            Assert.False(await factory.QueryAsync(db => db.Settings.Select(s => s.EntitlementProRata).SingleAsync()));
        }
        finally
        {
            await SetProRataAsync(true);
        }
    }

    [Fact]
    public async Task Settings_ProRataAnswerMissing_Is400AndChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = await SettingsFormAsync(client);
        form.Remove("EntitlementProRata");

        // Act
        using var response = await client.PostFormAsync("/admin/settings", form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.GetDocumentAsync();
        Assert.Contains("Select yes if the entitlement is pro rata for part-time staff and part years", page.GetSingle(".govuk-error-summary").TextContent, StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.Settings.Select(s => s.EntitlementProRata).SingleAsync()));
    }

    private async Task SetProRataAsync(bool on)
    {
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = await SettingsFormAsync(client);
        form["EntitlementProRata"] = on ? "true" : "false";
        using var response = await client.PostFormAsync("/admin/settings", form);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    private static async Task<Dictionary<string, string>> SettingsFormAsync(HttpClient client)
    {
        var document = await client.GetDocumentAsync("/admin/settings");
        var form = document.GetSingle("main form[method=post]");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input"))
        {
            var name = input.GetAttribute("name");
            if (name is null || (input.GetAttribute("type") == "radio" && !input.HasAttribute("checked")))
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
