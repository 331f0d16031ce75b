using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Tests.Competence;

/// <summary>Stages carried forward to a new framework version by area key, until the person re-assesses.</summary>
public class CarryForwardTests
{
    private const int OldArea = 10;
    private const int NewArea = 20;
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<int, int> OldToNew = new() { [OldArea] = NewArea };

    [Fact]
    public void From_AssessedOnlyUnderTheOldVersion_CarriesTheStageToTheNewAreaSayingFromWhere()
    {
        var old = StageAssessment.SelfAssess(1, OldArea, DreyfusStage.Competent, "Led three assessments.", Now.AddMonths(-2));

        var current = CurrentStages.From([old], OldToNew);

        var stage = Assert.Single(current);
        Assert.Equal(NewArea, stage.Key);
        Assert.Equal((DreyfusStage.Competent, OldArea), (stage.Value.Stage, stage.Value.CarriedFromAreaId));
    }

    [Fact]
    public void From_ReassessedUnderTheNewVersion_UsesOnlyTheNewAssessmentsEvenOverAnOldValidation()
    {
        var old = StageAssessment.SelfAssess(1, OldArea, DreyfusStage.Competent, "Led three assessments.", Now.AddMonths(-3));
        var validated = StageAssessment.Validate(old, 2, DreyfusStage.Proficient, "Leads the team's reflection.", Now.AddMonths(-2));
        var again = StageAssessment.SelfAssess(1, NewArea, DreyfusStage.AdvancedBeginner, "New wording asks more.", Now);

        var current = CurrentStages.From([old, validated, again], OldToNew);

        var stage = current[NewArea];
        Assert.Equal((DreyfusStage.AdvancedBeginner, false, (int?)null), (stage.Stage, stage.IsValidated, stage.CarriedFromAreaId));
    }

    [Fact]
    public void From_AreaDroppedFromTheNewVersion_KeepsItsOwnId()
    {
        var old = StageAssessment.SelfAssess(1, 99, DreyfusStage.Novice, "Started.", Now);

        var current = CurrentStages.From([old], OldToNew);

        Assert.Null(current[99].CarriedFromAreaId);
    }

    [Fact]
    public void From_NoMap_BehavesAsBefore()
    {
        var self = StageAssessment.SelfAssess(1, OldArea, DreyfusStage.Expert, "Shapes others' practice.", Now);

        var current = CurrentStages.From([self]);

        Assert.Equal((DreyfusStage.Expert, (int?)null), (current[OldArea].Stage, current[OldArea].CarriedFromAreaId));
    }
}
