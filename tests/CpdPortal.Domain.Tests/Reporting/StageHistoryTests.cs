using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;

namespace CpdPortal.Domain.Tests.Reporting;

public class StageHistoryTests
{
    private static readonly DateTimeOffset May = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StageOn_NothingAssessedByTheDay_IsNull()
    {
        // Arrange
        AssessedStage[] history = [new(AssessmentKind.SelfAssessment, DreyfusStage.Competent, May, 1)];

        // Act
        var stage = StageHistory.StageOn(history, May.AddSeconds(-1));

        // Assert
        Assert.Null(stage);
    }

    [Fact]
    public void StageOn_SelfAssessedThenValidated_IsTheSelfAssessmentThenTheValidation()
    {
        // Arrange
        AssessedStage[] history =
        [
            new(AssessmentKind.SelfAssessment, DreyfusStage.AdvancedBeginner, May, 1),
            new(AssessmentKind.Validation, DreyfusStage.Competent, May.AddMonths(3), 2),
        ];

        // Act
        var before = StageHistory.StageOn(history, May.AddMonths(1));
        var after = StageHistory.StageOn(history, May.AddMonths(4));

        // Assert
        Assert.Equal(DreyfusStage.AdvancedBeginner, before);
        Assert.Equal(DreyfusStage.Competent, after);
    }

    [Fact]
    public void StageOn_NewerSelfAssessmentAfterAValidation_KeepsTheValidationLikeCurrentStages()
    {
        // Arrange: the same history as entities, for CurrentStages, and as the report loads it.
        var self = StageAssessment.SelfAssess(7, 3, DreyfusStage.Proficient, "Evidence", May);
        var validation = StageAssessment.Validate(self, 8, DreyfusStage.Proficient, null, May.AddDays(10));
        var newer = StageAssessment.SelfAssess(7, 3, DreyfusStage.Expert, "Evidence", May.AddMonths(6));
        AssessedStage[] history =
        [
            new(AssessmentKind.SelfAssessment, self.Stage, self.AssessedAt, 1),
            new(AssessmentKind.Validation, validation.Stage, validation.AssessedAt, 2),
            new(AssessmentKind.SelfAssessment, newer.Stage, newer.AssessedAt, 3),
        ];

        // Act
        var stage = StageHistory.StageOn(history, May.AddYears(1));

        // Assert
        Assert.Equal(DreyfusStage.Proficient, stage);
        Assert.Equal(CurrentStages.From([self, validation, newer])[3].Stage, stage);
    }

    [Fact]
    public void StageOn_TwoAssessmentsAtTheSameMoment_TakesTheLaterId()
    {
        // Arrange
        AssessedStage[] history =
        [
            new(AssessmentKind.SelfAssessment, DreyfusStage.Expert, May, 9),
            new(AssessmentKind.SelfAssessment, DreyfusStage.Novice, May, 4),
        ];

        // Act
        var stage = StageHistory.StageOn(history, May);

        // Assert
        Assert.Equal(DreyfusStage.Expert, stage);
    }
}
