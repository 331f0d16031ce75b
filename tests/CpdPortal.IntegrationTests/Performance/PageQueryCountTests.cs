using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Performance;

/// <summary>
/// SQL commands per page (issue 13): each page's budget, counted from EF's command log on a warm request (the first
/// request of a client also reads the account). Budgets are what the pages run today: lower them as pages get leaner,
/// never raise them without a reason in docs/performance.md.
/// </summary>
public sealed class PageQueryCountTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    /// <summary>
    /// Issue 13's goal is 8 commands a page. The counts include the test scheme's two account look-ups (user, roles)
    /// and the navigation's unread counts (one). Pages above 8 are listed in docs/performance.md with what they run:
    /// the home pages run other features' view components (bookings, certification compliance), /my/activities and
    /// the supervisee's overview run the activity list's own queries.
    /// </summary>
    public static TheoryData<string, string, int> Budgets => new()
    {
        { DemoAccounts.Sam.Email, "/", 11 },
        { DemoAccounts.Sam.Email, "/my/activities", 11 },
        { DemoAccounts.Sam.Email, "/my/activities/new", 8 },
        { DemoAccounts.Sam.Email, "/my/assessment", 8 },
        { DemoAccounts.Sam.Email, "/my/pathway", 9 },
        { DemoAccounts.Sam.Email, "/my/plan", 8 },
        { DemoAccounts.Sam.Email, "/my/registration", 8 },
        { DemoAccounts.Sam.Email, "/my/export", 8 },
        { DemoAccounts.Alex.Email, "/", 13 },
        { DemoAccounts.Alex.Email, "/supervision", 8 },
        { DemoAccounts.Alex.Email, "/supervision/{sam}", 24 },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public async Task Get_Page_StaysWithinItsSqlCommandBudget(string who, string path, int budget)
    {
        // Arrange
        var sam = await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Email == DemoAccounts.Sam.Email).Select(s => s.Id).SingleAsync());
        path = path.Replace("{sam}", sam.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var client = factory.CreateClientFor(who);
        (await client.GetAsync(path)).EnsureSuccessStatusCode(); // warm up: account, settings
        var before = Commands().Count;

        // Act
        using var response = await client.GetAsync(path);
        var commands = Commands().Skip(before).ToList();

        // Assert
        response.EnsureSuccessStatusCode();
        Assert.True(commands.Count is > 0 && commands.Count <= budget, $"{path} as {who} ran {commands.Count} SQL commands (budget {budget}):\n{string.Join("\n", commands.Select(FirstLines))}");
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

    private static string FirstLines(string command) => string.Join(" ", command.Split('\n').Take(4)).Trim();

    private List<string> Commands() => factory.Logs.Entries.Where(e => e.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();
}
