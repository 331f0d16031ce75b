namespace CpdPortal.Domain.Survey;

/// <summary>The fixed list of barriers to CPD a respondent can tick (the source survey's "main barriers").</summary>
public enum SurveyBarrier
{
    NoTime = 1,
    Workload = 2,
    Cover = 3,
    Cost = 4,
    Travel = 5,
    ManagerSupport = 6,
    NotKnowingWhatIsAvailable = 7,
    Other = 8,
}

public static class SurveyBarriers
{
    /// <summary>Every barrier in the order the form lists them.</summary>
    public static IReadOnlyList<SurveyBarrier> All { get; } = Enum.GetValues<SurveyBarrier>();

    public static string Label(SurveyBarrier barrier) => barrier switch
    {
        SurveyBarrier.NoTime => "No time",
        SurveyBarrier.Workload => "Workload",
        SurveyBarrier.Cover => "No cover for my work",
        SurveyBarrier.Cost => "Cost",
        SurveyBarrier.Travel => "Travel",
        SurveyBarrier.ManagerSupport => "Lack of support from my manager",
        SurveyBarrier.NotKnowingWhatIsAvailable => "Not knowing what is available",
        SurveyBarrier.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(barrier), barrier, null),
    };
}
