using CpdPortal.Application.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Tests.Activities;

public class EntitlementPanelTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 5)]
    [InlineData(20, 20)]
    [InlineData(49, 45)]
    [InlineData(99, 95)]
    [InlineData(100, 100)]
    public void BarStep_PercentUsed_RoundsDownToAStepOfFive(int percent, int step)
    {
        // Arrange
        var year = new DatePeriod(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31));
        var panel = new EntitlementPanel(year, 15m, 0m, 0m, 0m, 15m, percent, []);

        // Act
        var bar = panel.BarStep;

        // Assert
        Assert.Equal(step, bar);
    }
}
