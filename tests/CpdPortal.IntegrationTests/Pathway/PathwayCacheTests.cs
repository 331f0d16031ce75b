using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Pathway;

/// <summary>
/// /my/pathway reads the career pathways from memory (CareerPathwaysCache, docs/adr/0040 session 8): a warm request
/// reads no pathway rows, and a change L&amp;D make on /learning/pathways (a role renamed, an expectation set) is on the
/// practitioner's very next page, never the old one.
/// </summary>
public sealed class PathwayCacheTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task MyPathway_WarmRequest_ReadsNoPathwayRoleOrExpectationRows()
    {
        // Arrange
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        (await sam.GetAsync("/my/pathway")).EnsureSuccessStatusCode();
        var before = factory.Logs.Entries.Count;

        // Act
        using var response = await sam.GetAsync("/my/pathway");
        var commands = factory.Logs.Entries.Skip(before).Where(e => e.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(commands);
        Assert.DoesNotContain(commands, c => c.Contains("FROM \"CareerPathways\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("\"RoleExpectations\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyPathway_AfterLeeRenamesTheNextRoleAndSetsAnExpectation_ShowsBothOnTheNextPage()
    {
        // Arrange: Sam's page is read (and its pathways remembered) before the change.
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await factory.RoleIdAsync("Social worker");
        var area = await factory.AreaIdAsync("Skills and interventions");
        var before = await sam.GetDocumentAsync("/my/pathway");
        Assert.Equal("Next step: Social worker", before.GetSingle("[data-testid=next-role] h2").NormalisedText());
        Assert.Equal("Competent", before.GetSingle($"[data-testid=gaps] tr[data-area-id='{area}'] [data-testid=expected]").NormalisedText());
        var path = $"/learning/pathways/{(await factory.PathwayIdAsync()).Text()}/roles/{role.Text()}";
        var stages = (await lee.GetDocumentAsync(path)).QuerySelectorAll("select[id^=Stages_]")
            .Select(s => (s.GetAttribute("name")!, s.QuerySelector("option[selected]")?.GetAttribute("value") ?? string.Empty))
            .ToList();

        // Act
        using var renamed = await lee.PostWithTokenAsync(path, ("Title", "Qualified social worker"), ("RequiresRegistration", "true"));
        using var expected = await lee.PostWithTokenAsync(
            path + "/expectations",
            [.. stages.Select(s => s.Item1 == $"Stages[{area.Text()}]" ? (s.Item1, "4") : s)]);
        var after = await sam.GetDocumentAsync("/my/pathway");

        // Assert
        Assert.Equal(HttpStatusCode.Found, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Found, expected.StatusCode);
        Assert.Equal("Next step: Qualified social worker", after.GetSingle("[data-testid=next-role] h2").NormalisedText());
        Assert.Equal("Proficient", after.GetSingle($"[data-testid=gaps] tr[data-area-id='{area}'] [data-testid=expected]").NormalisedText());
    }
}
