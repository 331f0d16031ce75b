using System.Globalization;
using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>/admin/staff/{id}/supervisor: set, change and remove a supervisor; the rule's refusals; the history.</summary>
public sealed class StaffSupervisorTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Post_SetThenChange_EndsTheOldLineOpensTheNewAndAudits()
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync("line.change");
        var alex = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Alex);
        var chris = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Chris);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var first = await PostAsync(client, id, alex.ToString(CultureInfo.InvariantCulture));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        using var second = await PostAsync(client, id, chris.ToString(CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.Equal(chris, await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Id == id).Select(s => s.SupervisorId).SingleAsync()));
        var lines = await factory.QueryAsync(db => db.SupervisorLines.Where(l => l.SuperviseeId == id).OrderBy(l => l.Id).ToListAsync());
        Assert.Equal([alex, chris], lines.Select(l => l.SupervisorId));
        Assert.NotNull(lines[0].To);
        Assert.Null(lines[1].To);
        var page = await client.GetDocumentAsync($"/admin/staff/{id}");
        Assert.Equal(2, page.QuerySelectorAll("[data-testid='supervisor-history'] tbody tr").Length);
        Assert.Equal(2, (await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.SupervisorChanged && a.EntityId == id.ToString(CultureInfo.InvariantCulture)))).Count);
    }

    [Fact]
    public async Task Get_DemoStaffMember_ShowsTheSeededLineInTheHistory()
    {
        // Arrange
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync($"/admin/staff/{sam}");

        // Assert
        var row = document.QuerySelector("[data-testid='supervisor-history'] tbody tr")!;
        Assert.StartsWith("Alex Morgan", row.NormalisedText(), StringComparison.Ordinal);
        Assert.Contains("Now", row.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_None_RemovesTheSupervisorAndEndsTheLine()
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync("line.remove");
        var alex = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Alex);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        using (await PostAsync(client, id, alex.ToString(CultureInfo.InvariantCulture)))
        {
        }

        // Act
        using var response = await PostAsync(client, id, "none");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Id == id).Select(s => s.SupervisorId).SingleAsync()));
        Assert.False(await factory.QueryAsync(db => db.SupervisorLines.AnyAsync(l => l.SuperviseeId == id && l.To == null)));
    }

    [Theory]
    [InlineData("self", "A person cannot supervise themselves")]
    [InlineData("sam", "cannot supervise Alex Morgan because Alex Morgan is already above them in the supervision line")]
    [InlineData("999999", "Select a supervisor from the list")]
    [InlineData("nonsense", "Select a supervisor, or no supervisor")]
    public async Task Post_RefusedSupervisor_Answers400AndChangesNothing(string choice, string message)
    {
        // Arrange: Alex supervises Sam, so Sam cannot supervise Alex.
        var alex = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Alex);
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var before = await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Id == alex).Select(s => s.SupervisorId).SingleAsync());
        var value = choice switch
        {
            "self" => alex.ToString(CultureInfo.InvariantCulture),
            "sam" => sam.ToString(CultureInfo.InvariantCulture),
            _ => choice,
        };
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await PostAsync(client, alex, value);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.GetDocumentAsync()).GetSingle("#supervisorId-error").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.StaffMembers.Where(s => s.Id == alex).Select(s => s.SupervisorId).SingleAsync()));
    }

    [Fact]
    public async Task Get_Choices_ListOnlyCurrentStaffAndNotThePerson()
    {
        // Arrange
        var (leaver, _, _) = await factory.CreateStaffWithAccountAsync("gone.supervisor");
        await factory.SetLeaveDateAsync(leaver, factory.Clock.UkToday().AddDays(-10));
        var alex = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Alex);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync($"/admin/staff/{alex}/supervisor");

        // Assert
        var values = document.QuerySelectorAll("select#supervisorId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(leaver.ToString(CultureInfo.InvariantCulture), values);
        Assert.DoesNotContain(alex.ToString(CultureInfo.InvariantCulture), values);
        Assert.Contains("none", values);
    }

    [Fact]
    public async Task Post_WithoutToken_Answers400()
    {
        // Arrange
        var (id, _, _) = await factory.CreateStaffWithAccountAsync("line.token");
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.PostFormAsync($"/admin/staff/{id}/supervisor", [new("supervisorId", "none")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownStaffMember_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync("/admin/staff")).GetAntiforgeryToken("form[action='/account/sign-out']");

        // Act
        using var response = await client.PostFormAsync("/admin/staff/999999/supervisor", [new("supervisorId", "none"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int staffId, string supervisorId)
    {
        var token = (await client.GetDocumentAsync($"/admin/staff/{staffId}/supervisor")).GetAntiforgeryToken("main form[method=post]");
        return await client.PostFormAsync($"/admin/staff/{staffId}/supervisor", [new("supervisorId", supervisorId), new(HtmlExtensions.AntiforgeryField, token)]);
    }
}
