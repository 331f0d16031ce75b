using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>/supervision: a supervisor sees their own current supervisees, most urgent first, and nobody else.</summary>
public sealed class SuperviseeListTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static async Task<List<(string Name, string Status, string Plan)>> RowsAsync(HttpClient client)
    {
        var document = await client.GetDocumentAsync("/supervision");
        return document.QuerySelectorAll("[data-testid=supervisees] tbody tr")
            .Select(r => (r.GetSingle("th").NormalisedText(), r.QuerySelectorAll("td")[3].NormalisedText(), r.QuerySelectorAll("td")[4].NormalisedText()))
            .ToList();
    }

    [Fact]
    public async Task Get_Alex_ListsSamDueSoonAndNotJo()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);

        // Act
        var rows = await RowsAsync(client);

        // Assert: Sam's last session was 10 days ago on the fortnightly ASYE rhythm, so she is due in 4 days.
        var sam = Assert.Single(rows, r => r.Name == "Sam Patel");
        Assert.Equal("Due soon", sam.Status);
        Assert.Equal("Draft", sam.Plan);
        Assert.DoesNotContain(rows, r => r.Name == "Jo Okafor");
    }

    [Fact]
    public async Task Get_Chris_ListsJoOverdueWithHerPlanAwaitingReviewAndNotSam()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Chris);

        // Act
        var rows = await RowsAsync(client);

        // Assert: Jo's last session was 40 days ago and she is supervised monthly.
        var jo = Assert.Single(rows, r => r.Name == "Jo Okafor");
        Assert.Equal("Overdue", jo.Status);
        Assert.Equal("Awaiting your review", jo.Plan);
        Assert.DoesNotContain(rows, r => r.Name == "Sam Patel");
    }

    [Fact]
    public async Task Get_Chris_OverdueComeFirst()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Chris);

        // Act
        var statuses = (await RowsAsync(client)).Select(r => r.Status).ToList();

        // Assert
        var rank = statuses.Select(s => s switch { "Overdue" => 0, "Due soon" => 1, _ => 2 }).ToList();
        Assert.Equal(rank.Order(), rank);
    }

    [Theory]
    [InlineData("sam.patel@demo.test")]
    [InlineData("jo.okafor@demo.test")]
    [InlineData("lee.harris@demo.test")]
    [InlineData("ade.admin@demo.test")]
    public async Task Get_NotASupervisor_IsForbiddenAndShowsNoOne(string email)
    {
        // Arrange
        using var client = factory.CreateClientFor(email);

        // Act
        using var response = await client.GetAsync("/supervision");
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Sam Patel", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Okafor", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("9999")]
    [InlineData("abc")]
    public async Task Get_OddPageNumbers_StillAnswer200(string page)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);

        // Act
        using var response = await client.GetAsync($"/supervision?page={page}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
