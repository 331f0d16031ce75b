using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Certifications;

/// <summary>A course completed by someone, as the certifications see it.</summary>
public sealed record CourseCompletion(int StaffMemberId, int CourseId, DateOnly CompletedOn, CertificationSource Source, CpdActivity Activity);

/// <summary>
/// Grants or renews the certifications that completed courses confer, in the caller's unit of work: the awards are
/// added to the context and saved with the completion itself (attendance marked, or an import applied), so a
/// completion and its certification are never apart. Two queries whatever the number of completions.
/// </summary>
public sealed class CertificationGrants(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>Adds an award for every certification each completion's course confers; returns how many.</summary>
    public async Task<int> AddAsync(IReadOnlyCollection<CourseCompletion> completions, CancellationToken ct = default)
    {
        if (completions.Count == 0)
        {
            return 0;
        }

        var courseIds = completions.Select(c => c.CourseId).Distinct().ToList();
        var conferred = (await db.Certifications
                .SelectMany(c => c.Courses, (c, cc) => new { cc.CourseId, c.Id, c.ValidityMonths, c.WindowLength, c.WindowUnit, c.EarlyRenewalKeepsRemainingTime })
                .Where(x => courseIds.Contains(x.CourseId))
                .ToListAsync(ct))
            .ToLookup(x => x.CourseId, x => (x.Id, Rule: new CertificationRule(x.ValidityMonths, x.WindowLength, x.WindowUnit, x.EarlyRenewalKeepsRemainingTime)));
        if (conferred.Count == 0)
        {
            return 0;
        }

        var staffIds = completions.Select(c => c.StaffMemberId).Distinct().ToList();
        var certificationIds = conferred.SelectMany(g => g.Select(x => x.Id)).Distinct().ToList();
        var latest = (await ComplianceQueries.LatestAwards(db)
                .Where(a => staffIds.Contains(a.StaffMemberId) && certificationIds.Contains(a.CertificationId))
                .Select(a => new { a.StaffMemberId, a.CertificationId, a.CompletedOn, a.ValidFrom, a.ExpiresOn })
                .ToListAsync(ct))
            .ToDictionary(a => (a.StaffMemberId, a.CertificationId), a => new CertificationPeriod(a.CompletedOn, a.ValidFrom, a.ExpiresOn));

        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var completion in completions.OrderBy(c => c.CompletedOn))
        {
            foreach (var (certificationId, rule) in conferred[completion.CourseId])
            {
                var key = (completion.StaffMemberId, certificationId);
                var award = CertificationAward.Grant(
                    completion.StaffMemberId, certificationId, rule, latest.GetValueOrDefault(key), completion.CompletedOn, completion.Source, completion.Activity, now);
                if (award is not null)
                {
                    db.CertificationAwards.Add(award);
                    latest[key] = award.Period;
                    added++;
                }
            }
        }

        return added;
    }
}
