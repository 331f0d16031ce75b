using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Tests.Competence;

public class StageAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SelfAssess_WithoutEvidence_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => StageAssessment.SelfAssess(1, 2, DreyfusStage.Competent, " ", Now));

        Assert.Equal("Evidence", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void SelfAssess_UndefinedStage_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => StageAssessment.SelfAssess(1, 2, (DreyfusStage)9, "evidence", Now));

        Assert.Equal("Stage", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void Validate_AgreeingNeedsNoReason()
    {
        var self = StageAssessment.SelfAssess(1, 2, DreyfusStage.Competent, "Led three assessments alone.", Now);

        var validation = StageAssessment.Validate(self, 7, DreyfusStage.Competent, null, Now.AddDays(1));

        Assert.Equal(AssessmentKind.Validation, validation.Kind);
        Assert.Equal(7, validation.AssessedByStaffId);
        Assert.Equal(1, validation.StaffMemberId);
    }

    [Fact]
    public void Validate_DifferentStageWithoutReason_IsRefused()
    {
        var self = StageAssessment.SelfAssess(1, 2, DreyfusStage.Proficient, "evidence", Now);

        var error = Assert.Throws<DomainValidationException>(() => StageAssessment.Validate(self, 7, DreyfusStage.Competent, null, Now));

        Assert.Equal("Reason", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void Validate_OwnAssessment_IsRefused()
    {
        var self = StageAssessment.SelfAssess(1, 2, DreyfusStage.Proficient, "evidence", Now);

        Assert.Throws<DomainRuleException>(() => StageAssessment.Validate(self, 1, DreyfusStage.Proficient, null, Now));
    }

    [Fact]
    public void CurrentStages_ValidationWinsOverANewerSelfAssessment()
    {
        var first = StageAssessment.SelfAssess(1, 2, DreyfusStage.Competent, "e", Now);
        var validated = StageAssessment.Validate(first, 7, DreyfusStage.AdvancedBeginner, "Not yet independent in court work.", Now.AddDays(1));
        var newer = StageAssessment.SelfAssess(1, 2, DreyfusStage.Proficient, "e", Now.AddDays(2));
        var other = StageAssessment.SelfAssess(1, 3, DreyfusStage.Novice, "e", Now);

        var current = CurrentStages.From([first, validated, newer, other]);

        Assert.Equal((DreyfusStage.AdvancedBeginner, true, DreyfusStage.Proficient), (current[2].Stage, current[2].IsValidated, current[2].LatestSelfAssessed));
        Assert.Equal((DreyfusStage.Novice, false), (current[3].Stage, current[3].IsValidated));
    }
}
