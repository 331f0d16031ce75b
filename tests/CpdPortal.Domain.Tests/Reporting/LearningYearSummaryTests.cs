using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Reporting;

public class LearningYearSummaryTests
{
    private static readonly LearningYearPolicy AprilYears = new(4, 1);

    private static SummarisedEntry Entry(int staff, int id, DateOnly date, decimal hours, bool certificated = false, ActivityStatus status = ActivityStatus.Complete, bool counts = true) =>
        new(staff, new EntitlementEntry(id, "Entry", date, hours, certificated, status, counts));

    [Fact]
    public void Summarise_CountsWhatTheEntitlementRuleCounts_ByYearAndQuarter()
    {
        // Person 1, year from 1 April 2026: 7.4 h on 1 April (Q1, certificated), 3 h on 30 June (Q1), 2 h on
        // 1 July (Q2), 1 h on 31 March 2027 (Q4); a draft entry, and a reading entry (method does not count),
        // are left out of the hours; the reading entry is still a completed entry. 4 h on 31 March 2026 belongs
        // to the year before.
        var entries = new[]
        {
            Entry(1, 1, new DateOnly(2026, 4, 1), 7.4m, certificated: true),
            Entry(1, 2, new DateOnly(2026, 6, 30), 3m),
            Entry(1, 3, new DateOnly(2026, 7, 1), 2m),
            Entry(1, 4, new DateOnly(2027, 3, 31), 1m),
            Entry(1, 5, new DateOnly(2026, 8, 1), 5m, status: ActivityStatus.Draft),
            Entry(1, 6, new DateOnly(2026, 9, 1), 6m, counts: false),
            Entry(1, 7, new DateOnly(2026, 3, 31), 4m),
        };

        var summaries = LearningYearSummary.Summarise(entries, AprilYears);

        Assert.Equal(2, summaries.Count);
        var before = summaries[0];
        Assert.Equal(new DateOnly(2025, 4, 1), before.YearStart);
        Assert.Equal(4m, before.EntitlementHours);
        Assert.Equal(4m, before.Quarter4Hours);
        var year = summaries[1];
        Assert.Equal(new DateOnly(2026, 4, 1), year.YearStart);
        Assert.Equal(13.4m, year.EntitlementHours);
        Assert.Equal(7.4m, year.CertificatedHours);
        Assert.Equal((10.4m, 2m, 0m, 1m), (year.Quarter1Hours, year.Quarter2Hours, year.Quarter3Hours, year.Quarter4Hours));
        Assert.Equal(5, year.CompleteEntries);
    }

    [Fact]
    public void Summarise_HoursEqualTheEntitlementRulesDaysUsed()
    {
        var entries = Enumerable.Range(1, 30)
            .Select(i => Entry(7, i, new DateOnly(2026, 4, 1).AddDays(i * 11), 0.5m * i, certificated: i % 3 == 0, status: i % 4 == 0 ? ActivityStatus.Draft : ActivityStatus.Complete, counts: i % 5 != 0))
            .ToList();
        var period = AprilYears.PeriodContaining(new DateOnly(2026, 4, 1));

        var summary = Assert.Single(LearningYearSummary.Summarise(entries, AprilYears));
        var rule = Entitlement.Calculate(entries.Select(e => e.Entry), period, 15m, 7.4m);

        Assert.Equal(rule.DaysUsed, Entitlement.ToDays(summary.EntitlementHours, 7.4m));
        Assert.Equal(rule.CertificatedDays, Entitlement.ToDays(summary.CertificatedHours, 7.4m));
        Assert.Equal(summary.EntitlementHours, summary.Quarter1Hours + summary.Quarter2Hours + summary.Quarter3Hours + summary.Quarter4Hours);
    }

    [Fact]
    public void Summarise_NoCompletedEntries_GivesNoRow()
    {
        var summaries = LearningYearSummary.Summarise([Entry(1, 1, new DateOnly(2026, 5, 1), 3m, status: ActivityStatus.Draft)], AprilYears);

        Assert.Empty(summaries);
    }

    [Theory]
    [InlineData(2026, 4, 1, 1)]
    [InlineData(2026, 6, 30, 1)]
    [InlineData(2026, 7, 1, 2)]
    [InlineData(2026, 12, 31, 3)]
    [InlineData(2027, 1, 1, 4)]
    [InlineData(2027, 3, 31, 4)]
    public void QuarterOf_ThreeMonthsFromTheYearStart(int y, int m, int d, int quarter)
    {
        var year = AprilYears.PeriodContaining(new DateOnly(2026, 4, 1));

        Assert.Equal(quarter, LearningYearSummary.QuarterOf(year, new DateOnly(y, m, d)));
    }
}
