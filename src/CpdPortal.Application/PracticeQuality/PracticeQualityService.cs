using System.Globalization;
using System.Security.Cryptography;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.PracticeQuality;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.PracticeQuality;

/// <summary>
/// Employer quality assurance (issue 16 point 3, docs/adr/0028): a Practice quality reviewer draws a reproducible sample
/// of a registration year's completed entries and reviews each against Social Work England's criteria. A round belongs
/// to the reviewer who drew it: anyone else's answers null (the page says 404). Entries are shown without the author
/// unless the reviewer reveals them, which is audited.
/// </summary>
public sealed class PracticeQualityService(ICpdPortalDbContext db, TimeProvider clock, IAuditLog audit)
{
    public const int PageSize = Paging.DefaultPageSize;
    public const string RevealAction = "quality-author-revealed";
    public const string ReviewEntityType = "QualityReview";

    /// <summary>The registration years offered: this one and the two before it, newest first.</summary>
    public async Task<IReadOnlyList<DatePeriod>> YearsAsync(CancellationToken ct = default)
    {
        var rule = (await db.PortalSettingsAsync(ct)).RegistrationRule;
        var current = rule.Year.PeriodContaining(clock.UkToday());
        return [current, current.Previous(), current.Previous().Previous()];
    }

    public async Task<PagedResult<SampleRow>> ListAsync(string accountId, int? page, CancellationToken ct = default)
    {
        return await db.QualitySamples
            .Where(s => s.DrawnByAccountId == accountId)
            .OrderByDescending(s => s.DrawnAt).ThenByDescending(s => s.Id)
            .ToPageAsync(page, PageSize, s => new SampleRow(s.Id, s.YearStart, s.YearEnd, s.Percent, s.Reviews.Count, s.Reviews.Count(r => r.ReviewedAt != null), s.DrawnAt), ct);
    }

    /// <summary>
    /// Draws a round for the registration year starting on <paramref name="yearStart"/>: completed, not-deleted entries
    /// of registered social workers dated in it, never the reviewer's own. Throws DomainValidationException (form
    /// messages) for a bad percentage, an unknown year or a year with no entries; nothing is saved then.
    /// </summary>
    public async Task<int> DrawAsync(string accountId, int? reviewerStaffId, DateOnly? yearStart, decimal? percent, CancellationToken ct = default)
    {
        var years = await YearsAsync(ct);
        var year = years.Where(y => y.Start == yearStart).Select(y => (DatePeriod?)y).FirstOrDefault();
        var errors = new List<Domain.Common.FieldError>();
        if (year is null)
        {
            errors.Add(new("Year", "Select a registration year"));
        }

        var candidates = year is { } period
            ? await db.CpdActivities
                .Where(a => a.Status == ActivityStatus.Complete && a.Date >= period.Start && a.Date <= period.End
                    && a.StaffMemberId != reviewerStaffId)
                .Join(db.StaffMembers.Where(s => s.RegistrationNumber != null), a => a.StaffMemberId, s => s.Id, (a, s) => new SampleCandidate(a.Id, s.TeamId))
                .ToListAsync(ct)
            : [];
        errors.AddRange(QualitySampling.Validate(percent, year is null ? 1 : candidates.Count));
        if (errors.Count > 0)
        {
            throw new Domain.Common.DomainValidationException(errors);
        }

        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
        var sample = QualitySample.Draw(year!.Value, percent!.Value, seed, candidates, accountId, clock.GetUtcNow());
        db.QualitySamples.Add(sample);
        await db.SaveChangesAsync(ct);
        return sample.Id;
    }

    public async Task<SampleDetail?> GetSampleAsync(string accountId, int id, int? page, CancellationToken ct = default)
    {
        var sample = await db.QualitySamples
            .Where(s => s.Id == id && s.DrawnByAccountId == accountId)
            .Select(s => new { s.Id, s.YearStart, s.YearEnd, s.Percent, s.Seed, s.CandidateCount, s.DrawnAt, Total = s.Reviews.Count, Reviewed = s.Reviews.Count(r => r.ReviewedAt != null) })
            .SingleOrDefaultAsync(ct);
        if (sample is null)
        {
            return null;
        }

        var number = Paging.PageToShow(page, sample.Total, PageSize);
        var rows = await (
                from r in db.QualityReviews
                where r.SampleId == id
                join a in db.CpdActivities on r.ActivityId equals a.Id
                join t in db.Teams on r.TeamId equals t.Id
                orderby t.Name, a.Date, r.Id
                select new { r.Id, a.Date, Method = a.Method!.Name, Team = t.Name, r.ReviewedAt, r.WhatLearnt, r.ImpactOnPractice, r.ImpactOnPeople, r.PeerReflection })
            .Skip((number - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        var items = rows.Select(r => new SampleItem(
            r.Id, r.Date, r.Method, r.Team, r.ReviewedAt != null,
            r.ReviewedAt == null ? null : r.WhatLearnt == ReviewJudgement.Met && r.ImpactOnPractice == ReviewJudgement.Met && r.ImpactOnPeople == ReviewJudgement.Met && r.PeerReflection == ReviewJudgement.Met)).ToList();
        return new SampleDetail(sample.Id, new DatePeriod(sample.YearStart, sample.YearEnd), sample.Percent, sample.Seed, sample.CandidateCount, sample.DrawnAt, sample.Reviewed, new PagedResult<SampleItem>(items, number, PageSize, sample.Total));
    }

    /// <summary>A sampled entry in a round the reviewer drew; null for anyone else's (or none).</summary>
    public Task<ReviewDetail?> GetReviewAsync(string accountId, int reviewId, CancellationToken ct = default) =>
        (from r in db.QualityReviews
         where r.Id == reviewId
         join s in db.QualitySamples on r.SampleId equals s.Id
         where s.DrawnByAccountId == accountId
         join a in db.CpdActivities on r.ActivityId equals a.Id
         join t in db.Teams on r.TeamId equals t.Id
         join p in db.StaffMembers on a.StaffMemberId equals p.Id
         select new ReviewDetail(
             r.Id, r.SampleId, a.Title, a.Date, a.Method!.Name, t.Name, a.Description, a.WhatLearnt, a.Impact, a.PeerReflection,
             r.AuthorRevealedAt == null ? null : p.GivenName + " " + p.FamilyName,
             r.WhatLearnt, r.ImpactOnPractice, r.ImpactOnPeople, r.PeerReflection, r.Feedback, r.ReviewedAt))
        .SingleOrDefaultAsync(ct);

    /// <summary>Records the review; false when it is not in one of the reviewer's rounds. Throws DomainValidationException for bad input.</summary>
    public async Task<bool> RecordReviewAsync(string accountId, int reviewId, ReviewInput input, CancellationToken ct = default)
    {
        var review = await MineAsync(accountId, reviewId, ct);
        if (review is null)
        {
            return false;
        }

        review.Record(input.WhatLearnt, input.ImpactOnPractice, input.ImpactOnPeople, input.PeerReflection, input.Feedback, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Shows the author's name from now on, with an audit entry (no text, only the review's id).</summary>
    public async Task<bool> RevealAuthorAsync(string accountId, int reviewId, CancellationToken ct = default)
    {
        var review = await MineAsync(accountId, reviewId, ct);
        if (review is null)
        {
            return false;
        }

        review.RevealAuthor(clock.GetUtcNow());
        audit.Add(RevealAction, ReviewEntityType, reviewId.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The reviews of the practitioner's own entry, newest first (at most a handful: one per round).</summary>
    public Task<List<EntryFeedback>> FeedbackForAsync(int staffMemberId, int activityId, CancellationToken ct = default) =>
        (from r in db.QualityReviews
         where r.ActivityId == activityId && r.ReviewedAt != null
         join a in db.CpdActivities on r.ActivityId equals a.Id
         where a.StaffMemberId == staffMemberId
         orderby r.ReviewedAt descending
         select new EntryFeedback(r.ReviewedAt!.Value, r.WhatLearnt!.Value, r.ImpactOnPractice!.Value, r.ImpactOnPeople!.Value, r.PeerReflection!.Value, r.Feedback!))
        .Take(10)
        .ToListAsync(ct);

    /// <summary>Outcomes of every reviewed entry of the year's rounds (all reviewers'): by criterion, by team and by role.</summary>
    public async Task<QualityReport> ReportAsync(DateOnly? yearStart, CancellationToken ct = default)
    {
        var years = await YearsAsync(ct);
        var year = years.FirstOrDefault(y => y.Start == yearStart, years[0]);
        var reviews = await (
                from r in db.QualityReviews
                join s in db.QualitySamples on r.SampleId equals s.Id
                where s.YearStart == year.Start
                join t in db.Teams on r.TeamId equals t.Id
                join a in db.CpdActivities on r.ActivityId equals a.Id
                join p in db.StaffMembers on a.StaffMemberId equals p.Id
                select new { Team = t.Name, Role = p.PathwayRole != null ? p.PathwayRole.Title : null, r.ReviewedAt, r.WhatLearnt, r.ImpactOnPractice, r.ImpactOnPeople, r.PeerReflection })
            .ToListAsync(ct);
        var reviewed = reviews.Where(r => r.ReviewedAt != null).ToList();
        bool Passed(ReviewJudgement? a, ReviewJudgement? b, ReviewJudgement? c, ReviewJudgement? d) =>
            a == ReviewJudgement.Met && b == ReviewJudgement.Met && c == ReviewJudgement.Met && d == ReviewJudgement.Met;

        IReadOnlyList<OutcomeRow> byCriterion =
        [
            new("What was learnt", reviewed.Count, reviewed.Count(r => r.WhatLearnt == ReviewJudgement.Met)),
            new("Impact on practice", reviewed.Count, reviewed.Count(r => r.ImpactOnPractice == ReviewJudgement.Met)),
            new("Impact on the people supported", reviewed.Count, reviewed.Count(r => r.ImpactOnPeople == ReviewJudgement.Met)),
            new("Peer reflection", reviewed.Count, reviewed.Count(r => r.PeerReflection == ReviewJudgement.Met)),
            new("Every criterion", reviewed.Count, reviewed.Count(r => Passed(r.WhatLearnt, r.ImpactOnPractice, r.ImpactOnPeople, r.PeerReflection))),
        ];
        var byTeam = reviewed.GroupBy(r => r.Team).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutcomeRow(g.Key, g.Count(), g.Count(r => Passed(r.WhatLearnt, r.ImpactOnPractice, r.ImpactOnPeople, r.PeerReflection)))).ToList();
        var byRole = reviewed.GroupBy(r => r.Role ?? "No pathway role").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutcomeRow(g.Key, g.Count(), g.Count(r => Passed(r.WhatLearnt, r.ImpactOnPractice, r.ImpactOnPeople, r.PeerReflection)))).ToList();
        return new QualityReport(year, years, reviews.Count, reviewed.Count, byCriterion, byTeam, byRole);
    }

    private Task<QualityReview?> MineAsync(string accountId, int reviewId, CancellationToken ct) =>
        (from r in db.QualityReviews
         where r.Id == reviewId
         join s in db.QualitySamples on r.SampleId equals s.Id
         where s.DrawnByAccountId == accountId
         select r).SingleOrDefaultAsync(ct);
}
