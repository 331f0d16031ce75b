using System.Globalization;
using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>
/// The report filter form's teams and roles are remembered (docs/adr/0040, session 7): a warm report request reads
/// neither, and a team added or renamed through the admin pages (or a role renamed) is on the very next report page,
/// never under its old name; a team or role the address names that does not exist is still ignored and said so.
/// </summary>
public sealed class ReportFilterOptionsCacheTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Show_WarmRequest_RunsNoTeamsOrRolesQuery()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        (await client.GetAsync("/reports/plans?year=2026")).EnsureSuccessStatusCode(); // warm up: the account, the options
        var before = factory.Logs.Entries.Count;

        // Act
        using var response = await client.GetAsync("/reports/entitlement?year=2026");
        var commands = factory.Logs.Entries.Skip(before).Where(e => e.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(commands, c => c.Contains("FROM \"Teams\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("FROM \"PathwayRoles\"", StringComparison.Ordinal));
        Assert.Equal(await TeamNamesAsync(), Options(document, "team"));
        Assert.Equal(await RoleTitlesAsync(), Options(document, "role"));
    }

    [Fact]
    public async Task Show_AfterATeamIsAddedThroughTheAdminPages_ListsItOnTheNextPage()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);
        var name = $"Added team {Guid.NewGuid():N}"[..24];
        Assert.DoesNotContain(name, Options(await lee.GetDocumentAsync("/reports/plans"), "team"));
        var token = (await ade.GetDocumentAsync("/admin/teams/new")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var created = await ade.PostFormAsync("/admin/teams/new", [new("Name", name), new(HtmlExtensions.AntiforgeryField, token)]);
        var id = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
        var document = await lee.GetDocumentAsync($"/reports/plans?team={id.ToString(CultureInfo.InvariantCulture)}");

        // Assert
        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        Assert.Contains(name, Options(document, "team"));
        Assert.Equal(await TeamNamesAsync(), Options(document, "team"));
        Assert.Equal(name, document.GetSingle("#team option[selected]").NormalisedText());
        Assert.Null(document.QuerySelector("[data-testid=ignored]"));
    }

    [Fact]
    public async Task Show_AfterATeamIsRenamedThroughTheAdminPages_ShowsOnlyTheNewName()
    {
        // Arrange
        var old = $"Old name {Guid.NewGuid():N}"[..24];
        var renamed = $"New name {Guid.NewGuid():N}"[..24];
        var id = await factory.WithDbAsync(async db =>
        {
            var team = new Domain.Workforce.Team(old);
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);
        Assert.Contains(old, Options(await lee.GetDocumentAsync("/reports/supervision"), "team"));
        var token = (await ade.GetDocumentAsync($"/admin/teams/{id}/rename")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await ade.PostFormAsync($"/admin/teams/{id}/rename", [new("Name", renamed), new(HtmlExtensions.AntiforgeryField, token)]);
        var teams = Options(await lee.GetDocumentAsync("/reports/supervision"), "team");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains(renamed, teams);
        Assert.DoesNotContain(old, teams);
        Assert.Equal(await TeamNamesAsync(), teams);
    }

    [Fact]
    public async Task Show_AfterARoleIsRenamed_ShowsOnlyTheNewTitle()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        var renamed = $"Renamed role {Guid.NewGuid():N}"[..28];
        var role = await factory.WithDbAsync(db => db.PathwayRoles.OrderBy(r => r.Id).Select(r => new { r.Id, r.Title }).FirstAsync());
        var (roleId, old) = (role.Id, role.Title);
        Assert.Contains(old, Options(await lee.GetDocumentAsync("/reports/registration"), "role"));

        // Act
        await factory.WithDbAsync(async db =>
        {
            var pathway = await db.CareerPathways.Include(p => p.Roles).SingleAsync(p => p.Roles.Any(r => r.Id == roleId));
            pathway.RenameRole(pathway.Roles.Single(r => r.Id == roleId), renamed);
            return await db.SaveChangesAsync();
        });
        var roles = Options(await lee.GetDocumentAsync("/reports/registration"), "role");

        // Assert
        Assert.Contains(renamed, roles);
        Assert.DoesNotContain(old, roles);
        Assert.Equal(await RoleTitlesAsync(), roles);
    }

    [Theory]
    [InlineData("?team=999999", "The team asked for does not exist, so all are shown.")]
    [InlineData("?role=999999", "The role asked for does not exist, so all are shown.")]
    public async Task Show_UnknownTeamOrRoleWhenTheOptionsAreRemembered_IsIgnoredAndSaidSo(string query, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        (await client.GetAsync("/reports/courses")).EnsureSuccessStatusCode(); // the options are now remembered

        // Act
        using var response = await client.GetAsync($"/reports/courses{query}");
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, document.GetSingle("[data-testid=ignored]").NormalisedText(), StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("#team option[selected]:not([value=''])"));
    }

    private static List<string> Options(AngleSharp.Dom.IDocument document, string select) =>
        document.QuerySelectorAll($"#{select} option").Where(o => o.GetAttribute("value") != "").Select(o => o.NormalisedText()).ToList();

    private Task<List<string>> TeamNamesAsync() =>
        factory.WithDbAsync(db => db.Teams.OrderBy(t => t.Name).ThenBy(t => t.Id).Select(t => t.Name).ToListAsync());

    private Task<List<string>> RoleTitlesAsync() =>
        factory.WithDbAsync(db => db.PathwayRoles.OrderBy(r => r.Title).ThenBy(r => r.Id).Select(r => r.Title).ToListAsync());
}
