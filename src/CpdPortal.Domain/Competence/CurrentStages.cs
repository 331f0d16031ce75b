namespace CpdPortal.Domain.Competence;

/// <summary>
/// A person's stage in one area as it stands: the latest validation if any, else the latest self-assessment.
/// <see cref="CarriedFromAreaId"/> is set when the stage was assessed in an earlier version of the area's framework and
/// carried forward to the current one (matched by the area's key) because the person has not re-assessed since.
/// </summary>
public sealed record CurrentStage(int AreaId, DreyfusStage Stage, bool IsValidated, DateTimeOffset AssessedAt, DreyfusStage? LatestSelfAssessed, int? CarriedFromAreaId = null);

public static class CurrentStages
{
    public static IReadOnlyDictionary<int, CurrentStage> From(IEnumerable<StageAssessment> history) =>
        From(history, new Dictionary<int, int>());

    /// <summary>
    /// The current stage per area, with assessments of earlier versions of an area counted towards its current
    /// version (<paramref name="currentAreaOf"/>: old area id → the current area with the same key). Once the person
    /// has an assessment of the current area, the earlier versions' assessments no longer count.
    /// </summary>
    public static IReadOnlyDictionary<int, CurrentStage> From(IEnumerable<StageAssessment> history, IReadOnlyDictionary<int, int> currentAreaOf) =>
        history
            .GroupBy(a => currentAreaOf.TryGetValue(a.AreaId, out var now) ? now : a.AreaId)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var own = g.Where(a => a.AreaId == g.Key).ToList();
                    var counted = own.Count > 0 ? own : g.ToList();
                    var latestSelf = counted.Where(a => a.Kind == AssessmentKind.SelfAssessment).MaxBy(a => (a.AssessedAt, a.Id));
                    var latestValidation = counted.Where(a => a.Kind == AssessmentKind.Validation).MaxBy(a => (a.AssessedAt, a.Id));
                    var current = latestValidation ?? latestSelf!;
                    return new CurrentStage(
                        g.Key,
                        current.Stage,
                        latestValidation is not null,
                        current.AssessedAt,
                        latestSelf?.Stage,
                        current.AreaId == g.Key ? null : current.AreaId);
                });
}
