using System.Globalization;
using System.Net;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Settings;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>/admin/settings: the form shows the current rules, saves valid ones with an audit entry per setting changed, refuses bad ones.</summary>
public sealed class SettingsAdminTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Path = "/admin/settings";

    [Fact]
    public async Task Get_AsAdministrator_ShowsTheCurrentSettings()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var settings = await factory.QueryAsync(db => db.Settings.AsNoTracking().SingleAsync(s => s.Id == PortalSettings.SingletonId));

        // Act
        var document = await client.GetDocumentAsync(Path);

        // Assert
        Assert.Equal("Settings", document.GetSingle("h1").NormalisedText());
        Assert.Equal(settings.EntitlementDays.ToString("0.##", CultureInfo.InvariantCulture), document.GetSingle("input#EntitlementDays").GetAttribute("value"));
        Assert.Equal("7.4", document.GetSingle("input#WorkingDayHours").GetAttribute("value"));
        Assert.Equal("12", document.GetSingle("input#RegistrationYearStartMonth").GetAttribute("value"));
        Assert.Equal(settings.LeaverRetentionYears.ToString(CultureInfo.InvariantCulture), document.GetSingle("input#LeaverRetentionYears").GetAttribute("value"));
        Assert.NotEmpty(document.QuerySelectorAll("select[name^='Policies['] option[value='asye'][selected]"));
    }

    [Fact]
    public async Task Post_Changes_SavesThemAuditsEachByNameAndShowsTheNewCouncilName()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = await FormAsync(client);
        form["EntitlementDays"] = "12.5";
        form["LeaverRetentionYears"] = "7";
        form["CouncilName"] = "Northshire County Council";

        // Act
        using var response = await client.PostFormAsync(Path, form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var settings = await factory.QueryAsync(db => db.Settings.AsNoTracking().SingleAsync(s => s.Id == PortalSettings.SingletonId));
        Assert.Equal(12.5m, settings.EntitlementDays);
        Assert.Equal(7, settings.LeaverRetentionYears);
        var changed = (await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.SettingChanged && !a.EntityId!.StartsWith("SupervisionPolicy")))).Select(a => a.EntityId).Order().ToList();
        Assert.Equal(["CouncilName", "EntitlementDays", "LeaverRetentionYears"], changed);
        var page = await client.GetDocumentAsync(Path);
        Assert.Contains("Northshire County Council", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(await factory.AuditEntriesAsync(q => q), a => (a.EntityId ?? string.Empty).Contains("Northshire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SupervisionPolicy_ChangesTheRoleAndAudits()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var roleId = await factory.QueryAsync(db => db.PathwayRoles.Where(r => r.Title == "Social worker").Select(r => r.Id).FirstAsync());
        var form = await FormAsync(client);
        form[$"Policies[{roleId}]"] = "fortnightly";

        // Act
        using var response = await client.PostFormAsync(Path, form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var policy = await factory.QueryAsync(db => db.SupervisionPolicies.AsNoTracking().SingleAsync(p => p.PathwayRoleId == roleId));
        Assert.Equal(Domain.Supervision.SupervisionFrequency.Fortnightly, policy.Frequency);
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.SettingChanged && a.EntityId == $"SupervisionPolicy:{roleId}")));
    }

    [Theory]
    [InlineData("EntitlementDays", "", "Enter the entitlement")]
    [InlineData("EntitlementDays", "fifteen", "The entitlement must be a number, like 15")]
    [InlineData("EntitlementDays", "61", "The entitlement must be between 0 and 60 days")]
    [InlineData("WorkingDayHours", "13", "The working day must be more than 0 and at most 12 hours")]
    [InlineData("LearningYearStartDay", "30", "Enter a year start day between 1 and 28 and a month between 1 and 12")]
    [InlineData("RegistrationYearStartMonth", "13", "Enter a year start day between 1 and 28 and a month between 1 and 12")]
    [InlineData("RegistrationMinimumEntries", "-1", "The minimum number of entries must be a whole number")]
    [InlineData("RegistrationMinimumEntries", "21", "The minimum number of entries must be between 0 and 20")]
    [InlineData("RegistrationPeerReflectionRequired", "maybe", "Select yes if one entry must include a peer reflection")]
    [InlineData("EvidenceFileMaxMegabytes", "11", "The largest file must be between 1 and 10MB")]
    [InlineData("EvidencePerPersonMaxMegabytes", "2", "The space for each person must be at least the largest file and at most 1000MB")]
    [InlineData("LeaverRetentionYears", "0", "The retention period must be between 1 and 25 years")]
    public async Task Post_BadValue_Answers400WithTheMessageAndSavesNothing(string field, string value, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = await FormAsync(client);
        var before = await factory.QueryAsync(db => db.Settings.AsNoTracking().SingleAsync(s => s.Id == PortalSettings.SingletonId));
        form[field] = value;
        form["CouncilName"] = "Changed alongside a bad value";

        // Act
        using var response = await client.PostFormAsync(Path, form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(message, document.GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText()));
        var after = await factory.QueryAsync(db => db.Settings.AsNoTracking().SingleAsync(s => s.Id == PortalSettings.SingletonId));
        Assert.Equal((before.CouncilName, before.EntitlementDays, before.LeaverRetentionYears, before.RegistrationMinimumEntries), (after.CouncilName, after.EntitlementDays, after.LeaverRetentionYears, after.RegistrationMinimumEntries));
    }

    [Fact]
    public async Task Post_UnknownPolicy_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = await FormAsync(client);
        var key = form.Keys.First(k => k.StartsWith("Policies[", StringComparison.Ordinal));
        form[key] = "hourly";

        // Act
        using var response = await client.PostFormAsync(Path, form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select how often this role is supervised", (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutToken_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var form = await FormAsync(client);
        form.Remove(HtmlExtensions.AntiforgeryField);
        form["EntitlementDays"] = "3";

        // Act
        using var response = await client.PostFormAsync(Path, form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual(3m, await factory.QueryAsync(db => db.Settings.Select(s => s.EntitlementDays).SingleAsync()));
    }

    /// <summary>The settings form's fields as the page fills them (other tests change one and post it).</summary>
    internal static async Task<Dictionary<string, string>> FormAsync(HttpClient client)
    {
        var document = await client.GetDocumentAsync(Path);
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
