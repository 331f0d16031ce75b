namespace CpdPortal.Domain.Reporting;

/// <summary>
/// What happened to a course's places and what people said, as counts and sums, so that courses can be added up (by
/// practice framework, or all together) before rates and means are taken — a mean of means would weigh a course of
/// two like a course of two hundred.
/// </summary>
public sealed record CourseOutcomes(
    int Sessions,
    int Booked,
    int Attended,
    int DidNotAttend,
    int Completions,
    int Responses,
    int RelevanceSum,
    int QualitySum,
    int ConfidenceBeforeSum,
    int ConfidenceAfterSum,
    int FollowUpsAnswered,
    int ChangedYes,
    int ChangedPartly,
    int ChangedNo)
{
    public static readonly CourseOutcomes None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Attended as a whole per cent of those whose attendance was marked; null before any was.</summary>
    public int? AttendanceRate => Attended + DidNotAttend == 0 ? null : Measures.PercentOf(Attended, Attended + DidNotAttend);

    public decimal? MeanRelevance => MeanOf(RelevanceSum);

    public decimal? MeanQuality => MeanOf(QualitySum);

    /// <summary>Mean confidence after minus mean before, to one decimal place.</summary>
    public decimal? ConfidenceShift => Responses == 0 ? null : Math.Round((decimal)(ConfidenceAfterSum - ConfidenceBeforeSum) / Responses, 1, MidpointRounding.AwayFromZero);

    /// <summary>Follow-ups answered "yes" or "partly" as a whole per cent of those answered; null before any was.</summary>
    public int? ChangedRate => FollowUpsAnswered == 0 ? null : Measures.PercentOf(ChangedYes + ChangedPartly, FollowUpsAnswered);

    public CourseOutcomes Add(CourseOutcomes other) => new(
        Sessions + other.Sessions,
        Booked + other.Booked,
        Attended + other.Attended,
        DidNotAttend + other.DidNotAttend,
        Completions + other.Completions,
        Responses + other.Responses,
        RelevanceSum + other.RelevanceSum,
        QualitySum + other.QualitySum,
        ConfidenceBeforeSum + other.ConfidenceBeforeSum,
        ConfidenceAfterSum + other.ConfidenceAfterSum,
        FollowUpsAnswered + other.FollowUpsAnswered,
        ChangedYes + other.ChangedYes,
        ChangedPartly + other.ChangedPartly,
        ChangedNo + other.ChangedNo);

    private decimal? MeanOf(int sum) => Responses == 0 ? null : Math.Round((decimal)sum / Responses, 1, MidpointRounding.AwayFromZero);
}
