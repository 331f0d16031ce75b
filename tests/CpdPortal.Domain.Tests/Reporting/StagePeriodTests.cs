using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;

namespace CpdPortal.Domain.Tests.Reporting;

public class StagePeriodTests
{
    private static int nextId;

    private static AssessedInArea Self(int staff, int area, DreyfusStage stage, DateTimeOffset at) =>
        new(staff, area, new AssessedStage(AssessmentKind.SelfAssessment, stage, at, Interlocked.Increment(ref nextId)));

    private static AssessedInArea Validation(int staff, int area, DreyfusStage stage, DateTimeOffset at) =>
        new(staff, area, new AssessedStage(AssessmentKind.Validation, stage, at, Interlocked.Increment(ref nextId)));

    private static DateTimeOffset On(int month, int day, int hour = 12) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private static List<string> Describe(IEnumerable<StagePeriod> periods) => periods.Select(p => p.ToString()).ToList();

    [Fact]
    public void Periods_AValidationWinsOverALaterSelfAssessment_AndUnchangedStagesMakeNoNewPeriod()
    {
        // Rob self-assesses at 4 on 20 April, is validated at 4 on 1 May, self-assesses at 5 on 1 November:
        // the validation still wins, so nothing changes on 1 November.
        var periods = StagePeriod.Periods(
        [
            Self(1, 7, DreyfusStage.Proficient, On(4, 20)),
            Validation(1, 7, DreyfusStage.Proficient, On(5, 1)),
            Self(1, 7, DreyfusStage.Expert, On(11, 1)),
        ]);

        Assert.Equal(["1/7 2026-04-20..2026-05-01: 4 self", "1/7 2026-05-01..open: 4 validated"], Describe(periods));
    }

    [Fact]
    public void Periods_PerPersonAndArea_AndSameDayAssessmentsMakeOnePeriod_WithTheDayInUtc()
    {
        // Person 2 in area 7: self at 2 and validated at 3 on the same day, so one period at 3 validated; in area 8
        // a self-assessment at 00:30 on 2 March (+01:00) is 1 March in UTC.
        var periods = StagePeriod.Periods(
        [
            Validation(2, 7, DreyfusStage.Competent, On(8, 15, 16)),
            Self(2, 7, DreyfusStage.AdvancedBeginner, On(8, 15, 9)),
            Self(2, 8, DreyfusStage.Novice, new DateTimeOffset(2026, 3, 2, 0, 30, 0, TimeSpan.FromHours(1))),
            Self(3, 7, DreyfusStage.Novice, On(1, 10)),
            Self(3, 7, DreyfusStage.Competent, On(2, 10)),
        ]);

        Assert.Equal(
            [
                "2/7 2026-08-15..open: 3 validated",
                "2/8 2026-03-01..open: 1 self",
                "3/7 2026-01-10..2026-02-10: 1 self",
                "3/7 2026-02-10..open: 3 self",
            ],
            Describe(periods));
    }

    [Fact]
    public void Periods_AgreeWithStageOn_OnEveryDay()
    {
        // A history with every kind of change; on each day from before the first assessment to after the last, the
        // period standing that day has the stage StageOn gives at the end of the day (and none before the first).
        var history = new[]
        {
            Self(4, 1, DreyfusStage.Novice, On(1, 5)),
            Self(4, 1, DreyfusStage.AdvancedBeginner, On(2, 5)),
            Validation(4, 1, DreyfusStage.Novice, On(3, 5)),
            Self(4, 1, DreyfusStage.Competent, On(4, 5)),
            Validation(4, 1, DreyfusStage.Competent, On(5, 5)),
            Validation(4, 1, DreyfusStage.Competent, On(6, 5)),
        };
        var periods = StagePeriod.Periods(history);

        for (var day = new DateOnly(2026, 1, 1); day <= new DateOnly(2026, 7, 1); day = day.AddDays(1))
        {
            var expected = StageHistory.StageOn(history.Select(h => h.Assessment), new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero));
            var standing = periods.Where(p => p.HoldsOn(day)).ToList();
            Assert.True(standing.Count <= 1);
            Assert.Equal(expected, standing.SingleOrDefault()?.Stage);
        }

        Assert.Equal(4, periods.Count);
    }
}
