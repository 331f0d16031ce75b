using CpdPortal.Domain.Common;
using CpdPortal.Domain.PracticeQuality;

namespace CpdPortal.Domain.Tests.PracticeQuality;

public class QualitySamplingTests
{
    private static readonly IReadOnlyList<SampleCandidate> Candidates =
        Enumerable.Range(1, 400).Select(i => new SampleCandidate(i, i <= 390 ? 1 + (i % 3) : 9)).ToList();

    [Fact]
    public void Draw_SameSeed_DrawsTheSameSampleWhateverTheOrder()
    {
        var first = QualitySampling.Draw(Candidates, 2.5m, 42);
        var second = QualitySampling.Draw(Candidates.Reverse().ToList(), 2.5m, 42);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Draw_OtherSeed_DrawsAnotherSample()
    {
        Assert.NotEqual(QualitySampling.Draw(Candidates, 2.5m, 42), QualitySampling.Draw(Candidates, 2.5m, 43));
    }

    [Fact]
    public void Draw_TwoAndAHalfPercent_RoundsUpAndAddsOnePerMissingTeam()
    {
        var drawn = QualitySampling.Draw(Candidates, 2.5m, 7);

        Assert.True(drawn.Count >= 10 && drawn.Count <= 11, drawn.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([1, 2, 3, 9], drawn.Select(d => d.TeamId).Distinct().Order());
        Assert.Equal(drawn.Count, drawn.Select(d => d.ActivityId).Distinct().Count());
    }

    [Fact]
    public void Draw_OneEntry_DrawsIt()
    {
        Assert.Equal([new SampleCandidate(5, 1)], QualitySampling.Draw([new SampleCandidate(5, 1)], 2.5m, 1));
    }

    [Fact]
    public void Draw_HundredPercent_DrawsEverything()
    {
        Assert.Equal(400, QualitySampling.Draw(Candidates, 100m, 1).Count);
    }

    [Theory]
    [InlineData("0", "The percentage must be more than 0")]
    [InlineData("-1", "The percentage must be more than 0")]
    [InlineData("100.1", "The percentage must be 100 or less")]
    [InlineData("2.55", "Enter the percentage to no more than 1 decimal place, like 2.5")]
    public void Draw_BadPercentage_ThrowsWithTheFormMessage(string percent, string message)
    {
        var ex = Assert.Throws<DomainValidationException>(() => QualitySampling.Draw(Candidates, decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), 1));

        Assert.Equal(message, Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Draw_NoEntries_SaysNothingWasDrawn()
    {
        var ex = Assert.Throws<DomainValidationException>(() => QualitySampling.Draw([], 2.5m, 1));

        Assert.Equal("Year", Assert.Single(ex.Errors).Field);
        Assert.EndsWith("Nothing was drawn.", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_MissingJudgementsAndLongFeedback_AreRefused()
    {
        var errors = QualityReview.Validate(ReviewJudgement.Met, null, (ReviewJudgement)7, ReviewJudgement.NotMet, new string('x', QualityReview.FeedbackMaxLength + 1));

        Assert.Equal(["ImpactOnPractice", "ImpactOnPeople", "Feedback"], errors.Select(e => e.Field));
        Assert.Equal("Feedback must be 1000 characters or fewer", errors[2].Message);
    }

    [Fact]
    public void Record_NoFeedback_IsRefused()
    {
        var errors = QualityReview.Validate(ReviewJudgement.Met, ReviewJudgement.Met, ReviewJudgement.Met, ReviewJudgement.Met, "   ");

        Assert.Equal("Enter your feedback for the practitioner", Assert.Single(errors).Message);
    }
}
