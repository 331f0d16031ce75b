using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Settings;

/// <summary>The pro rata training allowance (issue 15, point 5; docs/adr/0025).</summary>
public class EntitlementAllowanceTests
{
    // 1 April 2026 to 31 March 2027: 365 days.
    private static readonly DatePeriod Year = new LearningYearPolicy(4, 1).PeriodContaining(new DateOnly(2026, 11, 22));
    private static readonly DateOnly LongAgo = new(2020, 1, 6);

    [Fact]
    public void For_FullTimeFullYear_IsTheFullAllowance() =>
        Assert.Equal(15m, EntitlementAllowance.For(15m, proRata: true, 1m, Year, LongAgo, null));

    [Fact]
    public void For_PointSixFte_IsNineDays() =>
        Assert.Equal(9m, EntitlementAllowance.For(15m, proRata: true, 0.6m, Year, LongAgo, null));

    [Fact]
    public void For_JoinedHalfWay_IsHalfTheAllowanceToTheHalfDay()
    {
        // 1 October 2026 to 31 March 2027 is 182 of 365 days: 15 × 182 / 365 = 7.48, to the nearest half day 7.5.
        var allowance = EntitlementAllowance.For(15m, proRata: true, 1m, Year, new DateOnly(2026, 10, 1), null);

        Assert.Equal(7.5m, allowance);
    }

    [Fact]
    public void For_LeftDuringTheYear_CountsTheDaysUpToTheLeavingDay()
    {
        // 1 April to 30 June 2026 is 91 days: 15 × 91 / 365 = 3.74, to the nearest half day 3.5.
        var allowance = EntitlementAllowance.For(15m, proRata: true, 1m, Year, LongAgo, new DateOnly(2026, 6, 30));

        Assert.Equal(3.5m, allowance);
    }

    [Fact]
    public void For_PartTimeAndPartYear_MultipliesBoth()
    {
        // 0.5 FTE from 1 October: 15 × 0.5 × 182 / 365 = 3.74 → 3.5.
        var allowance = EntitlementAllowance.For(15m, proRata: true, 0.5m, Year, new DateOnly(2026, 10, 1), null);

        Assert.Equal(3.5m, allowance);
    }

    [Fact]
    public void For_SettingOff_IsTheFullAllowanceWhateverThePattern() =>
        Assert.Equal(15m, EntitlementAllowance.For(15m, proRata: false, 0.4m, Year, new DateOnly(2027, 1, 1), null));

    [Fact]
    public void For_NotInPostThisYear_IsNothing() =>
        Assert.Equal(0m, EntitlementAllowance.For(15m, proRata: true, 1m, Year, new DateOnly(2027, 6, 1), null));

    [Theory]
    [InlineData("7.25", "7.5")]
    [InlineData("7.24", "7")]
    [InlineData("7.75", "8")]
    [InlineData("7.7", "7.5")]
    [InlineData("0", "0")]
    public void RoundToHalfDay_NearestHalfHalvesUp(string days, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EntitlementAllowance.RoundToHalfDay(decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AllowanceFor_NewSettings_AreProRataByDefault()
    {
        var settings = new PortalSettings();

        Assert.True(settings.EntitlementProRata);
        Assert.Equal(9m, settings.AllowanceFor(0.6m, Year, LongAgo, null));
    }

    [Fact]
    public void AllowanceFor_SwitchedOff_IsTheFullAllowance()
    {
        var settings = new PortalSettings();

        settings.ChangeEntitlementProRata(false);

        Assert.Equal(15m, settings.AllowanceFor(0.6m, Year, LongAgo, null));
    }
}
