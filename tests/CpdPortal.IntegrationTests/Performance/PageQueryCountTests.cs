using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Performance;

/// <summary>
/// SQL commands per page (issue 13): each page's budget, counted from EF's command log on a warm request (the first
/// request of a client also reads the account). Budgets are what the pages run today: lower them as pages get leaner,
/// never raise them without a reason in docs/performance.md.
/// </summary>
public sealed class PageQueryCountTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string, string, int> Budgets => new()
    {
        { DemoAccounts.Sam.Email, "/", 14 },
        { DemoAccounts.Sam.Email, "/my/activities", 11 },
        { DemoAccounts.Sam.Email, "/my/plan", 10 },
        { DemoAccounts.Alex.Email, "/", 20 },
        { DemoAccounts.Alex.Email, "/supervision", 10 },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public async Task Get_Page_StaysWithinItsSqlCommandBudget(string who, string path, int budget)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);
        (await client.GetAsync(path)).EnsureSuccessStatusCode(); // warm up: account, settings
        var before = Commands().Count;

        // Act
        using var response = await client.GetAsync(path);
        var commands = Commands().Skip(before).ToList();

        // Assert
        response.EnsureSuccessStatusCode();
        Assert.True(commands.Count is > 0 && commands.Count <= budget, $"{path} as {who} ran {commands.Count} SQL commands (budget {budget}).");
    }

    [Fact]
    public async Task Get_PageAfterTheFirst_ReadsTheSettingsRowFromTheCache()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        (await client.GetAsync("/")).EnsureSuccessStatusCode();
        var before = Commands().Count;

        // Act
        (await client.GetAsync("/my/registration")).EnsureSuccessStatusCode();
        (await client.GetAsync("/")).EnsureSuccessStatusCode();
        var settingsReads = Commands().Skip(before).Count(c => c.Contains("\"PortalSettings\"", StringComparison.Ordinal));

        // Assert
        Assert.Equal(0, settingsReads);
    }

    private List<string> Commands() => factory.Logs.Entries.Where(e => e.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();
}
