using CpdPortal.Domain.Reporting;

namespace CpdPortal.Domain.Tests.Reporting;

public class CourseOutcomesTests
{
    [Fact]
    public void Rates_CountOnlyWhatWasMarkedAndAnswered()
    {
        // 10 booked, 7 attended, 1 did not attend, 2 not marked; 3 answers; 4 follow-ups answered.
        var outcomes = new CourseOutcomes(2, 10, 7, 1, 7, 3, 13, 12, 6, 11, 4, 1, 2, 1);

        Assert.Equal(88, outcomes.AttendanceRate);
        Assert.Equal(4.3m, outcomes.MeanRelevance);
        Assert.Equal(4.0m, outcomes.MeanQuality);
        Assert.Equal(1.7m, outcomes.ConfidenceShift);
        Assert.Equal(75, outcomes.ChangedRate);
    }

    [Fact]
    public void Rates_NothingMarkedOrAnswered_AreUnknownRatherThanZero()
    {
        var outcomes = CourseOutcomes.None with { Sessions = 1, Booked = 5 };

        Assert.Null(outcomes.AttendanceRate);
        Assert.Null(outcomes.MeanQuality);
        Assert.Null(outcomes.ConfidenceShift);
        Assert.Null(outcomes.ChangedRate);
    }

    [Fact]
    public void Add_WeighsEachAnswerNotEachCourse()
    {
        // A course of one answer rating quality 1 and a course of three answers rating 5: the mean is 4, not 3.
        var small = CourseOutcomes.None with { Responses = 1, QualitySum = 1 };
        var large = CourseOutcomes.None with { Responses = 3, QualitySum = 15 };

        var both = small.Add(large);

        Assert.Equal(4.0m, both.MeanQuality);
        Assert.Equal(4, both.Responses);
    }
}
