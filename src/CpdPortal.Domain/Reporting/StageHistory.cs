using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Reporting;

/// <summary>One assessment as the reports load it: no evidence or reasons, only what decides the stage.</summary>
public readonly record struct AssessedStage(AssessmentKind Kind, DreyfusStage Stage, DateTimeOffset At, int Id);

/// <summary>Someone's stage in one area as it stood on a past day, for the stages-over-time report.</summary>
public static class StageHistory
{
    /// <summary>
    /// The stage on <paramref name="cutoff"/> by the rule of <see cref="CurrentStages"/>, looking only at what had been
    /// assessed by then: the latest validation if any, else the latest self-assessment; null if nothing yet.
    /// </summary>
    public static DreyfusStage? StageOn(IEnumerable<AssessedStage> history, DateTimeOffset cutoff)
    {
        AssessedStage? latestSelf = null;
        AssessedStage? latestValidation = null;
        foreach (var a in history)
        {
            if (a.At > cutoff)
            {
                continue;
            }

            if (a.Kind == AssessmentKind.Validation)
            {
                latestValidation = Later(latestValidation, a);
            }
            else
            {
                latestSelf = Later(latestSelf, a);
            }
        }

        return (latestValidation ?? latestSelf)?.Stage;
    }

    private static AssessedStage Later(AssessedStage? current, AssessedStage candidate) =>
        current is { } c && (c.At, c.Id).CompareTo((candidate.At, candidate.Id)) >= 0 ? c : candidate;
}
