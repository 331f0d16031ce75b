using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.PracticeQuality;

/// <summary>
/// One quality-assurance round: a reproducible sample of a registration year's completed entries, drawn by a
/// Practice quality reviewer, who then reviews each entry (docs/adr/0028). It belongs to the reviewer who drew it.
/// </summary>
public sealed class QualitySample
{
    private readonly List<QualityReview> _reviews = [];

    private QualitySample()
    {
        DrawnByAccountId = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The first day of the registration year sampled.</summary>
    public DateOnly YearStart { get; private set; }

    public DateOnly YearEnd { get; private set; }

    public decimal Percent { get; private set; }

    /// <summary>The seed the sample was drawn with: the same entries, percentage and seed draw the same sample again.</summary>
    public long Seed { get; private set; }

    /// <summary>How many completed entries there were to draw from.</summary>
    public int CandidateCount { get; private set; }

    public string DrawnByAccountId { get; private set; }

    public DateTimeOffset DrawnAt { get; private set; }

    public IReadOnlyCollection<QualityReview> Reviews => _reviews.AsReadOnly();

    public static QualitySample Draw(Settings.DatePeriod year, decimal percent, long seed, IReadOnlyCollection<SampleCandidate> candidates, string accountId, DateTimeOffset now)
    {
        var drawn = QualitySampling.Draw(candidates, percent, seed);
        var sample = new QualitySample
        {
            YearStart = year.Start,
            YearEnd = year.End,
            Percent = percent,
            Seed = seed,
            CandidateCount = candidates.Count,
            DrawnByAccountId = accountId,
            DrawnAt = now,
        };
        sample._reviews.AddRange(drawn.Select(d => new QualityReview(d.ActivityId, d.TeamId)));
        return sample;
    }
}

/// <summary>The reviewer's judgement of one of the four written criteria.</summary>
public enum ReviewJudgement
{
    Met = 1,
    NotMet = 2,
}

/// <summary>One sampled entry and, once reviewed, the reviewer's judgement per criterion and short feedback.</summary>
public sealed class QualityReview
{
    public const int FeedbackMaxLength = 1000;

    private QualityReview()
    {
    }

    internal QualityReview(int activityId, int teamId)
    {
        ActivityId = activityId;
        TeamId = teamId;
    }

    public int Id { get; private set; }

    public int SampleId { get; private set; }

    public int ActivityId { get; private set; }

    /// <summary>The author's team when the sample was drawn (the report groups by it).</summary>
    public int TeamId { get; private set; }

    public ReviewJudgement? WhatLearnt { get; private set; }

    public ReviewJudgement? ImpactOnPractice { get; private set; }

    public ReviewJudgement? ImpactOnPeople { get; private set; }

    public ReviewJudgement? PeerReflection { get; private set; }

    public string? Feedback { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>When the reviewer chose to see the author's name (also in the audit log).</summary>
    public DateTimeOffset? AuthorRevealedAt { get; private set; }

    public bool IsReviewed => ReviewedAt is not null;

    /// <summary>Met when every judged criterion is met.</summary>
    public bool? Passed => IsReviewed ? WhatLearnt == ReviewJudgement.Met && ImpactOnPractice == ReviewJudgement.Met && ImpactOnPeople == ReviewJudgement.Met && PeerReflection == ReviewJudgement.Met : null;

    public void Record(ReviewJudgement? whatLearnt, ReviewJudgement? impactOnPractice, ReviewJudgement? impactOnPeople, ReviewJudgement? peerReflection, string? feedback, DateTimeOffset now)
    {
        var errors = Validate(whatLearnt, impactOnPractice, impactOnPeople, peerReflection, feedback);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        WhatLearnt = whatLearnt;
        ImpactOnPractice = impactOnPractice;
        ImpactOnPeople = impactOnPeople;
        PeerReflection = peerReflection;
        Feedback = feedback!.Trim();
        ReviewedAt = now;
    }

    public void RevealAuthor(DateTimeOffset now) => AuthorRevealedAt ??= now;

    public static IReadOnlyList<FieldError> Validate(ReviewJudgement? whatLearnt, ReviewJudgement? impactOnPractice, ReviewJudgement? impactOnPeople, ReviewJudgement? peerReflection, string? feedback)
    {
        var errors = new List<FieldError>();
        Judged(errors, "WhatLearnt", whatLearnt, "what was learnt");
        Judged(errors, "ImpactOnPractice", impactOnPractice, "the impact on practice");
        Judged(errors, "ImpactOnPeople", impactOnPeople, "the impact on the people supported");
        Judged(errors, "PeerReflection", peerReflection, "the peer reflection");
        if (string.IsNullOrWhiteSpace(feedback))
        {
            errors.Add(new("Feedback", "Enter your feedback for the practitioner"));
        }
        else if (feedback.Trim().Length > FeedbackMaxLength)
        {
            errors.Add(new("Feedback", $"Feedback must be {FeedbackMaxLength} characters or fewer"));
        }

        return errors;
    }

    private static void Judged(List<FieldError> errors, string field, ReviewJudgement? value, string what)
    {
        if (value is not (ReviewJudgement.Met or ReviewJudgement.NotMet))
        {
            errors.Add(new(field, $"Select whether the entry meets the criterion for {what}"));
        }
    }
}
