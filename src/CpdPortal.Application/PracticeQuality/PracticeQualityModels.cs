using CpdPortal.Domain.PracticeQuality;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.PracticeQuality;

/// <summary>One of the reviewer's rounds in the list.</summary>
public sealed record SampleRow(int Id, DateOnly YearStart, DateOnly YearEnd, decimal Percent, int Drawn, int Reviewed, DateTimeOffset DrawnAt);

/// <summary>A round with a page of its sampled entries (no author names).</summary>
public sealed record SampleDetail(int Id, DatePeriod Year, decimal Percent, long Seed, int CandidateCount, DateTimeOffset DrawnAt, int Reviewed, Common.PagedResult<SampleItem> Items);

/// <summary>A sampled entry as the round lists it: its date, method and the author's team, never the author.</summary>
public sealed record SampleItem(int ReviewId, DateOnly Date, string Method, string Team, bool Reviewed, bool? Passed);

/// <summary>One sampled entry for review; <see cref="Author"/> is null until the reviewer reveals it.</summary>
public sealed record ReviewDetail(
    int ReviewId,
    int SampleId,
    string Title,
    DateOnly Date,
    string Method,
    string Team,
    string? Description,
    string? WhatLearnt,
    string? Impact,
    string? PeerReflection,
    string? Author,
    ReviewJudgement? WhatLearntJudgement,
    ReviewJudgement? ImpactOnPracticeJudgement,
    ReviewJudgement? ImpactOnPeopleJudgement,
    ReviewJudgement? PeerReflectionJudgement,
    string? Feedback,
    DateTimeOffset? ReviewedAt);

/// <summary>What a reviewer judged, as typed.</summary>
public sealed record ReviewInput(ReviewJudgement? WhatLearnt, ReviewJudgement? ImpactOnPractice, ReviewJudgement? ImpactOnPeople, ReviewJudgement? PeerReflection, string? Feedback);

/// <summary>A review of the practitioner's own entry, as they see it on the entry.</summary>
public sealed record EntryFeedback(DateTimeOffset ReviewedAt, ReviewJudgement WhatLearnt, ReviewJudgement ImpactOnPractice, ReviewJudgement ImpactOnPeople, ReviewJudgement PeerReflection, string Feedback);

/// <summary>The outcomes report for one registration year.</summary>
public sealed record QualityReport(DatePeriod Year, IReadOnlyList<DatePeriod> Years, int Sampled, int Reviewed, IReadOnlyList<OutcomeRow> ByCriterion, IReadOnlyList<OutcomeRow> ByTeam, IReadOnlyList<OutcomeRow> ByRole);

/// <summary>A row of the report: how many reviewed, how many met (a criterion, or every criterion for a team or role).</summary>
public sealed record OutcomeRow(string Name, int Reviewed, int Met)
{
    public int Percent => Reviewed == 0 ? 0 : (int)Math.Round(Met * 100.0 / Reviewed, MidpointRounding.AwayFromZero);
}
