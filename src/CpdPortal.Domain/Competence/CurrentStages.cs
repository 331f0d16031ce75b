namespace CpdPortal.Domain.Competence;

/// <summary>A person's stage in one area as it stands: the latest validation if any, else the latest self-assessment.</summary>
public sealed record CurrentStage(int AreaId, DreyfusStage Stage, bool IsValidated, DateTimeOffset AssessedAt, DreyfusStage? LatestSelfAssessed);

public static class CurrentStages
{
    public static IReadOnlyDictionary<int, CurrentStage> From(IEnumerable<StageAssessment> history) =>
        history
            .GroupBy(a => a.AreaId)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var latestSelf = g.Where(a => a.Kind == AssessmentKind.SelfAssessment).MaxBy(a => (a.AssessedAt, a.Id));
                    var latestValidation = g.Where(a => a.Kind == AssessmentKind.Validation).MaxBy(a => (a.AssessedAt, a.Id));
                    var current = latestValidation ?? latestSelf!;
                    return new CurrentStage(g.Key, current.Stage, latestValidation is not null, current.AssessedAt, latestSelf?.Stage);
                });
}
