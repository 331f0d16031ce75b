using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Activities;

public class EntitlementTests
{
    private static readonly DatePeriod Year = new LearningYearPolicy(4, 1).PeriodContaining(new DateOnly(2026, 11, 22));

    private static EntitlementEntry Entry(int id, DateOnly date, decimal hours, bool certificated = false, ActivityStatus status = ActivityStatus.Complete, bool counts = true) =>
        new(id, $"Activity {id}", date, hours, certificated, status, counts);

    [Fact]
    public void Calculate_OnlyCountsCompletedFormalLearningInTheYear()
    {
        var entries = new[]
        {
            Entry(1, new DateOnly(2026, 5, 1), 7.4m, certificated: true),
            Entry(2, new DateOnly(2026, 6, 1), 14.8m),
            Entry(3, new DateOnly(2026, 6, 2), 7.4m, status: ActivityStatus.Draft),
            Entry(4, new DateOnly(2026, 6, 3), 7.4m, counts: false),
            Entry(5, new DateOnly(2026, 3, 31), 7.4m),
        };

        var summary = Entitlement.Calculate(entries, Year, 15m, 7.4m);

        Assert.Equal(new DateOnly(2026, 4, 1), summary.Year.Start);
        Assert.Equal(3.0m, summary.DaysUsed);
        Assert.Equal(1.0m, summary.CertificatedDays);
        Assert.Equal(2.0m, summary.OtherDays);
        Assert.Equal(12.0m, summary.RemainingDays);
        Assert.Equal(20, summary.PercentUsed);
        Assert.Equal([1, 2], summary.Counted.Select(e => e.ActivityId));
    }

    [Fact]
    public void Calculate_OverTheAllowance_CapsThePercentageAndRemaining()
    {
        var entries = Enumerable.Range(1, 20).Select(i => Entry(i, new DateOnly(2026, 5, i), 7.4m));

        var summary = Entitlement.Calculate(entries, Year, 15m, 7.4m);

        Assert.Equal(20.0m, summary.DaysUsed);
        Assert.Equal(100, summary.PercentUsed);
        Assert.Equal(0m, summary.RemainingDays);
        Assert.True(summary.IsMet);
    }

    [Fact]
    public void Calculate_NothingLogged_IsZero()
    {
        var summary = Entitlement.Calculate([], Year, 15m, 7.4m);

        Assert.Equal(0m, summary.DaysUsed);
        Assert.Equal(0, summary.PercentUsed);
        Assert.False(summary.IsMet);
    }

    [Theory]
    [InlineData(3.7, 7.4, 0.5)]
    [InlineData(1, 7.4, 0.1)]
    [InlineData(7.5, 7.5, 1.0)]
    public void ToDays_UsesTheConfiguredWorkingDay(double hours, double workingDay, double days)
    {
        Assert.Equal((decimal)days, Entitlement.ToDays((decimal)hours, (decimal)workingDay));
    }
}
