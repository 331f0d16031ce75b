using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Home;

/// <summary>The practitioner's home page says when their next supervision is due, by their role's policy.</summary>
public sealed class NextSupervisionTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_Sam_AsyeFortnightly_IsDueSoon()
    {
        // Arrange: Sam (ASYE, started 3 months ago, so fortnightly) last had supervision 10 days ago.
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var text = (await client.GetDocumentAsync("/")).GetSingle("[data-testid=next-supervision]").NormalisedText();

        // Assert
        Assert.StartsWith("Your next supervision is due by 26 November 2026 (last: 12 November 2026).", text, StringComparison.Ordinal);
        Assert.EndsWith("Due soon", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Jo_MonthlyAndFortyDaysAgo_IsOverdue()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var text = (await client.GetDocumentAsync("/")).GetSingle("[data-testid=next-supervision]").NormalisedText();

        // Assert: last 13 October 2026, monthly, so due 13 November 2026.
        Assert.StartsWith("Your next supervision is due by 13 November 2026 (last: 13 October 2026).", text, StringComparison.Ordinal);
        Assert.EndsWith("Overdue", text, StringComparison.Ordinal);
    }
}
