using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>A supervisor's home page puts overdue supervision and plans awaiting review first.</summary>
public sealed class SupervisorHomeTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_Chris_ShowsJoOverdueAndHerPlanBeforeHisOwnRecord()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Chris);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var sections = document.QuerySelectorAll("main section[data-testid]").Select(s => s.GetAttribute("data-testid")).ToList();
        Assert.Equal("supervisor-summary", sections[0]);
        var supervisor = document.GetSingle("[data-testid=supervisor-summary]");
        var counts = supervisor.GetSingle("[data-testid=supervisor-counts]").NormalisedText();
        Assert.Contains("1 plan waiting for your review", counts, StringComparison.Ordinal);
        var attention = supervisor.GetSingle(".app-table-scroll table"); // beside it, the mandatory-training panel names people too
        var jo = attention.QuerySelectorAll("tbody tr").Single(r => r.GetSingle("th").NormalisedText() == "Jo Okafor");
        Assert.Equal("Overdue", jo.QuerySelectorAll("td")[0].NormalisedText());
        Assert.Equal("Awaiting your review", jo.QuerySelectorAll("td")[2].NormalisedText());
        Assert.Equal("Overdue", attention.QuerySelector("tbody tr td")!.NormalisedText());
    }
}
