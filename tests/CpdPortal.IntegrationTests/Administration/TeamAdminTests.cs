using System.Globalization;
using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Workforce;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>/admin/teams: list with member counts, add, rename, retire only when empty, supervisor for a whole team.</summary>
public sealed class TeamAdminTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_List_ShowsEveryTeamWithCurrentMembers()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var today = factory.Clock.UkToday();
        var mash = await factory.QueryAsync(db => db.StaffMembers.CountAsync(s => s.Team!.Name == "Early Help 5–19" && s.StartDate <= today && (s.LeaveDate == null || s.LeaveDate >= today)));

        // Act
        var document = await client.GetDocumentAsync("/admin/teams");

        // Assert
        var rows = document.QuerySelectorAll("[data-testid='teams-table'] tbody tr");
        Assert.True(rows.Length >= 8);
        var earlyHelp = rows.Single(r => r.QuerySelector("th")!.NormalisedText() == "Early Help 5–19");
        Assert.Equal(mash.ToString(CultureInfo.InvariantCulture), earlyHelp.QuerySelector("td")!.NormalisedText());
    }

    [Fact]
    public async Task Post_NewTeam_SavesAndAudits()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync("/admin/teams/new")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await client.PostFormAsync("/admin/teams/new", [new("Name", "Disabled Children's Service"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var id = await factory.QueryAsync(db => db.Teams.Where(t => t.Name == "Disabled Children's Service").Select(t => t.Id).SingleAsync());
        Assert.Equal($"/admin/teams/{id}", response.RedirectTarget());
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.TeamCreated && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("", "Enter the team name")]
    [InlineData("Adoption", "There is already a team with this name")]
    [InlineData("A team name that goes on and on and on well past the hundred characters a team name may have in the portal", "Team name must be 100 characters or fewer")]
    public async Task Post_NewTeamBadName_Answers400AndSavesNothing(string name, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync("/admin/teams/new")).GetAntiforgeryToken("main form[method=post]");
        var before = await factory.QueryAsync(db => db.Teams.CountAsync());

        // Act
        using var response = await client.PostFormAsync("/admin/teams/new", [new("Name", name), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"Error: {message}", (await response.GetDocumentAsync()).GetSingle("#Name-error").NormalisedText());
        Assert.Equal(before, await factory.QueryAsync(db => db.Teams.CountAsync()));
    }

    [Fact]
    public async Task Post_NewTeamWithoutToken_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.PostFormAsync("/admin/teams/new", [new("Name", "No token team")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Teams.AnyAsync(t => t.Name == "No token team")));
    }

    [Fact]
    public async Task Post_Rename_ChangesTheNameAndAudits()
    {
        // Arrange
        var id = await NewTeamAsync("Fostring");
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync($"/admin/teams/{id}/rename")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await client.PostFormAsync($"/admin/teams/{id}/rename", [new("Name", "Fostering Recruitment"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("Fostering Recruitment", await factory.QueryAsync(db => db.Teams.Where(t => t.Id == id).Select(t => t.Name).SingleAsync()));
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.TeamRenamed && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Post_RetireTeamWithMembers_Answers400AndKeepsIt()
    {
        // Arrange
        var id = await factory.QueryAsync(db => db.Teams.Where(t => t.Name == "Adoption").Select(t => t.Id).SingleAsync());
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync($"/admin/teams/{id}")).GetAntiforgeryToken($"form[action='/admin/teams/{id}/retire']");

        // Act
        using var response = await client.PostFormAsync($"/admin/teams/{id}/retire", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("to other teams before retiring it", (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").NormalisedText(), StringComparison.Ordinal);
        Assert.Null(await factory.QueryAsync(db => db.Teams.Where(t => t.Id == id).Select(t => t.RetiredOn).SingleAsync()));
    }

    [Fact]
    public async Task Post_RetireEmptyTeam_RetiresAndAudits()
    {
        // Arrange
        var id = await NewTeamAsync("Short-lived project team");
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync($"/admin/teams/{id}")).GetAntiforgeryToken($"form[action='/admin/teams/{id}/retire']");

        // Act
        using var response = await client.PostFormAsync($"/admin/teams/{id}/retire", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(factory.Clock.UkToday(), await factory.QueryAsync(db => db.Teams.Where(t => t.Id == id).Select(t => t.RetiredOn).SingleAsync()));
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.TeamRetired && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Post_SupervisorForTeam_SetsEveryCurrentMemberAndKeepsHistory()
    {
        // Arrange
        var teamId = await NewTeamAsync("Care Leavers");
        var first = await StaffInTeamAsync("care.one", teamId);
        var second = await StaffInTeamAsync("care.two", teamId);
        var chris = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Chris);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync($"/admin/teams/{teamId}")).GetAntiforgeryToken($"form[action='/admin/teams/{teamId}/supervisor']");

        // Act
        using var response = await client.PostFormAsync($"/admin/teams/{teamId}/supervisor", [new("supervisorId", chris.ToString(CultureInfo.InvariantCulture)), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var supervisors = await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Id == first || s.Id == second).Select(s => s.SupervisorId).ToListAsync());
        Assert.All(supervisors, s => Assert.Equal(chris, s));
        var lines = await factory.QueryAsync(db => db.SupervisorLines.Where(l => (l.SuperviseeId == first || l.SuperviseeId == second) && l.To == null).ToListAsync());
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(DemoAccounts.Ade.Email, l.ChangedBy));
    }

    [Fact]
    public async Task Post_SupervisorForTeamMakingACycle_Answers400AndChangesNoOne()
    {
        // Arrange: Alex is in the Protection and Court Team and supervises Sam; Sam cannot supervise Alex's team.
        var teamId = await factory.QueryAsync(db => db.Teams.Where(t => t.Name == "Protection and Court Team").Select(t => t.Id).SingleAsync());
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var before = await factory.QueryAsync(db => db.StaffMembers.Where(s => s.TeamId == teamId).OrderBy(s => s.Id).Select(s => new { s.Id, s.SupervisorId }).ToListAsync());
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync($"/admin/teams/{teamId}")).GetAntiforgeryToken($"form[action='/admin/teams/{teamId}/supervisor']");

        // Act
        using var response = await client.PostFormAsync($"/admin/teams/{teamId}/supervisor", [new("supervisorId", sam.ToString(CultureInfo.InvariantCulture)), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already above them in the supervision line", (await response.GetDocumentAsync()).GetSingle("#supervisorId-error").NormalisedText(), StringComparison.Ordinal);
        var after = await factory.QueryAsync(db => db.StaffMembers.Where(s => s.TeamId == teamId).OrderBy(s => s.Id).Select(s => new { s.Id, s.SupervisorId }).ToListAsync());
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("/admin/teams/999999")]
    [InlineData("/admin/teams/999999/rename")]
    public async Task Get_UnknownTeam_Answers404(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<int> NewTeamAsync(string name) =>
        factory.QueryAsync(async db =>
        {
            var team = new Team(name);
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });

    private async Task<int> StaffInTeamAsync(string localPart, int teamId)
    {
        var (id, _, _) = await factory.CreateStaffWithAccountAsync(localPart);
        await factory.QueryAsync(async db =>
        {
            var staff = await db.StaffMembers.SingleAsync(s => s.Id == id);
            staff.MoveToTeam(await db.Teams.SingleAsync(t => t.Id == teamId));
            return await db.SaveChangesAsync();
        });
        return id;
    }
}
