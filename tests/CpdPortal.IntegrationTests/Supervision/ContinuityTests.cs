using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>
/// Continuity: when an administrator changes Sam's supervisor from Alex to Chris, Alex loses her at once, and Chris inherits her
/// sessions (readable, not editable: Alex wrote them), her open actions and her plan.
/// </summary>
public sealed class ContinuityTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task SupervisorChange_OldLosesAccessNewInheritsTheRecord()
    {
        // Arrange
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var chrisId = await factory.StaffIdAsync(DemoAccounts.Chris);
        var session = await factory.LatestSessionIdAsync(DemoAccounts.Sam);
        var plan = await factory.PlanIdAsync(DemoAccounts.Sam);
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        using var samClient = factory.CreateClientFor(DemoAccounts.Sam);

        using var submitted = await samClient.PostWithTokenAsync("/my/plan/submit");
        Assert.Equal(HttpStatusCode.Found, submitted.StatusCode);

        // Act: the administrator moves Sam to Chris.
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);
        using var moved = await ade.PostWithTokenAsync($"/admin/staff/{sam}/supervisor", [new("supervisorId", chrisId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Found, moved.StatusCode);
        Assert.Equal(chrisId, await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == sam).Select(s => s.SupervisorId).SingleAsync()));

        // Assert: Alex reaches nothing of Sam's any more.
        foreach (var path in new[] { $"/supervision/{sam}", $"/supervision/sessions/{session}", $"/supervision/sessions/{session}/edit", $"/supervision/plans/{plan}", $"/supervision/{sam}/sessions/new" })
        {
            using var response = await alex.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }

        Assert.DoesNotContain("Sam Patel", (await alex.GetDocumentAsync("/supervision")).Body!.TextContent, StringComparison.Ordinal);

        // Chris reads Alex's sessions, sees the open actions, cannot edit what Alex wrote.
        var overview = await chris.GetDocumentAsync($"/supervision/{sam}");
        Assert.Contains("Alex Morgan", overview.GetSingle("[data-testid=sessions]").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(2, overview.QuerySelectorAll("[data-testid=open-actions] tbody tr").Length);
        var record = await chris.GetDocumentAsync($"/supervision/sessions/{session}");
        Assert.Empty(record.QuerySelectorAll("a[href$='/edit']"));
        using var edit = await chris.GetAsync($"/supervision/sessions/{session}/edit");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Contains("Sam Patel", (await chris.GetDocumentAsync("/supervision")).Body!.TextContent, StringComparison.Ordinal);

        // Her plan awaiting review moved with her.
        Assert.NotNull((await chris.GetDocumentAsync("/supervision/plans")).QuerySelector($"tr[data-plan-id='{plan}']"));
        Assert.Null((await alex.GetDocumentAsync("/supervision/plans")).QuerySelector($"tr[data-plan-id='{plan}']"));

        // Sam still reads the session Alex wrote.
        using var samReads = await samClient.GetAsync($"/supervision/sessions/{session}");
        Assert.Equal(HttpStatusCode.OK, samReads.StatusCode);
    }
}
