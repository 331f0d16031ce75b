using CpdPortal.Domain.Supervision;

namespace CpdPortal.Domain.Tests.Supervision;

public class SupervisionScheduleTests
{
    private static readonly DateOnly Start = new(2026, 8, 24);

    [Theory]
    [InlineData(0, SupervisionFrequency.Weekly)]
    [InlineData(41, SupervisionFrequency.Weekly)]
    [InlineData(42, SupervisionFrequency.Fortnightly)]
    [InlineData(180, SupervisionFrequency.Fortnightly)]
    [InlineData(183, SupervisionFrequency.Fortnightly)] // 23 February 2027, the day before six months
    [InlineData(184, SupervisionFrequency.Monthly)] // 24 February 2027, six months in
    public void FrequencyOn_Asye_WeeklyThenFortnightlyThenMonthly(int daysIn, SupervisionFrequency expected)
    {
        Assert.Equal(expected, SupervisionSchedule.FrequencyOn(SupervisionPolicy.Asye, Start, Start.AddDays(daysIn)));
    }

    [Fact]
    public void FrequencyOn_OtherRoles_UseTheirStandardFrequency()
    {
        Assert.Equal(SupervisionFrequency.Monthly, SupervisionSchedule.FrequencyOn(SupervisionPolicy.MonthlyPolicy, Start, Start));
        Assert.Equal(SupervisionFrequency.Fortnightly, SupervisionSchedule.FrequencyOn(new SupervisionPolicy(false, SupervisionFrequency.Fortnightly), Start, Start.AddYears(3)));
    }

    [Fact]
    public void NextDue_AsyeInFirstSixWeeks_IsAWeekAfterTheLastSession()
    {
        Assert.Equal(new DateOnly(2026, 9, 7), SupervisionSchedule.NextDue(SupervisionPolicy.Asye, Start, new DateOnly(2026, 8, 31)));
    }

    [Fact]
    public void NextDue_NoSessionYet_CountsFromTheStartDate()
    {
        Assert.Equal(Start.AddDays(7), SupervisionSchedule.NextDue(SupervisionPolicy.Asye, Start, null));
        Assert.Equal(Start.AddMonths(1), SupervisionSchedule.NextDue(SupervisionPolicy.MonthlyPolicy, Start, null));
    }

    [Fact]
    public void NextDue_Monthly_IsACalendarMonthLater()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), SupervisionSchedule.NextDue(SupervisionPolicy.MonthlyPolicy, new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 31)));
    }

    [Theory]
    [InlineData(2026, 11, 29, SupervisionDueStatus.DueSoon)]
    [InlineData(2026, 11, 22, SupervisionDueStatus.DueSoon)]
    [InlineData(2026, 11, 30, SupervisionDueStatus.OnTime)]
    [InlineData(2026, 11, 21, SupervisionDueStatus.Overdue)]
    public void StatusOn_ComparesTheDueDateWithToday(int y, int m, int d, SupervisionDueStatus expected)
    {
        Assert.Equal(expected, SupervisionSchedule.StatusOn(new DateOnly(y, m, d), new DateOnly(2026, 11, 22)));
    }
}
