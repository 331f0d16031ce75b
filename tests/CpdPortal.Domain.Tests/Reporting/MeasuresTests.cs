using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Reporting;

public class MeasuresTests
{
    [Theory]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 8, 13)] // 12.5 rounds away from zero
    [InlineData(0, 0, 0)]
    [InlineData(5, 5, 100)]
    public void PercentOf_RoundsHalfAwayFromZeroAndNobodyIsZero(int part, int whole, int expected) =>
        Assert.Equal(expected, Measures.PercentOf(part, whole));

    [Fact]
    public void Mean_OfNobody_IsZeroAndOtherwiseOneDecimal()
    {
        Assert.Equal(0m, Measures.Mean([]));
        Assert.Equal(5.3m, Measures.Mean([15m, 1m, 0m]));
        Assert.Equal(0.1m, Measures.Mean([0.05m, 0.1m]));
    }

    [Fact]
    public void EntitlementBands_PutsEachPersonInOneBandAtTheEdgesAsDocumented()
    {
        // Arrange: 15 days allowance; edges at 3.75, 7.5, 11.25 and 15.
        decimal[] days = [0m, 0.1m, 3.7m, 3.75m, 7.49m, 7.5m, 11.25m, 14.9m, 15m, 22m];

        // Act
        var bands = Measures.EntitlementBands(days, 15m);

        // Assert
        Assert.Equal([1, 2, 2, 1, 2, 2], bands.Select(b => b.Count));
        Assert.Equal(days.Length, bands.Sum(b => b.Count));
    }

    [Fact]
    public void EntitlementBands_EachAgainstTheirOwnAllowance_BandsByTheirShare()
    {
        // Arrange: 4.5 of 9 days is half; 4.5 of 15 is under half; 0 of 9 is none; 1 of an allowance of 0 is all of it.
        (decimal, decimal)[] people = [(4.5m, 9m), (4.5m, 15m), (0m, 9m), (1m, 0m), (9m, 9m)];

        // Act
        var bands = Measures.EntitlementBands(people);

        // Assert
        Assert.Equal([1, 0, 1, 1, 0, 2], bands.Select(b => b.Count));
    }

    [Fact]
    public void EntitlementBands_NoAllowance_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Measures.EntitlementBands([1m], 0m));

    [Theory]
    [InlineData("2026-01-01", null, "2026-01-01", true)]
    [InlineData("2026-01-02", null, "2026-01-01", false)]
    [InlineData("2020-01-01", "2026-10-01", "2026-10-01", true)]
    [InlineData("2020-01-01", "2026-10-01", "2026-10-02", false)]
    public void InPostOn_CountsTheFirstAndLastDay(string start, string? leave, string day, bool expected) =>
        Assert.Equal(expected, Measures.InPostOn(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), leave is null ? null : DateOnly.Parse(leave, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2, 1, true, true)]
    [InlineData(2, 0, true, false)]
    [InlineData(2, 0, false, true)]
    [InlineData(1, 1, true, false)]
    public void RegistrationMeets_OnCounts_FollowsTheRule(int completed, int withReflection, bool reflectionRequired, bool expected)
    {
        var rule = new RegistrationRule(new LearningYearPolicy(12, 1), 2, reflectionRequired, 3);
        Assert.Equal(expected, RegistrationCompliance.Meets(rule, completed, withReflection));
    }
}
