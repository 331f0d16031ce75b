using CpdPortal.Application.Common;
using CpdPortal.Application.Supervision;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Certifications;

/// <summary>
/// Compliance as people see it: a practitioner's own required certifications (the home page and
/// /my/certifications), a supervisor's current supervisees, one supervisee's overview. Read from the role's
/// requirements and the person's latest periods at the moment of asking (docs/adr/0022): one SQL command for the
/// statuses, and one more for the courses that renew what needs renewing.
/// </summary>
public sealed class ComplianceService(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>What the person's role requires and where they stand, with the offered courses that renew each.</summary>
    public async Task<PersonCompliance> ForPersonAsync(int staffMemberId, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var holdings = (await ComplianceQueries.RequiredHoldings(db, today, db.StaffMembers.Where(s => s.Id == staffMemberId)).ToListAsync(ct))
            .OrderBy(h => h.CertificationName, StringComparer.Ordinal)
            .ToList();
        var attention = holdings.Where(h => h.Status(today) != CertificationStatus.Active).Select(h => h.CertificationId).ToHashSet();

        // The courses that renew any certification the person's role requires (a handful), narrowed here to those
        // needing attention: the person's id is the query's only parameter, so its SQL is made once for everyone
        // (a list of certification ids as a parameter made EF write the command again on every request).
        var courses = attention.Count == 0
            ? Enumerable.Empty<CourseChoice>().ToLookup(_ => 0)
            : (await db.StaffMembers
                    .Where(s => s.Id == staffMemberId)
                    .Join(db.PathwayRoles.SelectMany(r => r.Certifications, (r, rc) => new { RoleId = r.Id, rc.CertificationId }), s => s.PathwayRoleId, x => (int?)x.RoleId, (s, x) => x.CertificationId)
                    .Join(db.Certifications.SelectMany(c => c.Courses, (c, cc) => new { CertificationId = c.Id, cc.CourseId }), id => id, x => x.CertificationId, (id, x) => x)
                    .Join(db.Courses.Offered(today), x => x.CourseId, c => c.Id, (x, c) => new { x.CertificationId, c.Id, c.Title })
                    .ToListAsync(ct))
                .Where(x => attention.Contains(x.CertificationId))
                .ToLookup(x => x.CertificationId, x => new CourseChoice(x.Id, x.Title));
        var items = holdings
            .Select(h => new ComplianceItem(
                h.CertificationId,
                h.CertificationName,
                h.Status(today),
                h.LatestExpiresOn,
                h.WindowOpensOn,
                courses[h.CertificationId].OrderBy(c => c.Title, StringComparer.Ordinal).ToList()))
            .ToList();
        return new PersonCompliance(items);
    }

    /// <summary>The supervisor's current supervisees: how many are compliant, and who needs attention. One SQL command.</summary>
    public async Task<TeamCompliance> ForSupervisorAsync(int supervisorId, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var holdings = await ComplianceQueries.RequiredHoldings(db, today, SuperviseeAccess.CurrentSuperviseesOf(db, supervisorId, today)).ToListAsync(ct);
        var people = holdings
            .GroupBy(h => (h.StaffMemberId, h.Name))
            .Select(g => new TeamMemberCompliance(
                g.Key.StaffMemberId,
                g.Key.Name,
                g.Count(),
                g.Where(h => h.Status(today) != CertificationStatus.Active)
                    .OrderBy(h => h.CertificationName, StringComparer.Ordinal)
                    .Select(h => new ComplianceItem(h.CertificationId, h.CertificationName, h.Status(today), h.LatestExpiresOn, h.WindowOpensOn, []))
                    .ToList()))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var compliant = people.Count(p => p.NeedsAttention.All(i => Compliance.Counts(i.Status)));
        return new TeamCompliance(people.Count, people.Count, compliant, people.Where(p => p.NeedsAttention.Count > 0).ToList());
    }

    /// <summary>Every period the person has held of any certification, newest first (their full history), paged.</summary>
    public Task<PagedResult<AwardRow>> HistoryAsync(int staffMemberId, int? page, CancellationToken ct = default) =>
        db.CertificationAwards
            .Where(a => a.StaffMemberId == staffMemberId)
            .Join(db.Certifications, a => a.CertificationId, c => c.Id, (a, c) => new { a, c.Name })
            .OrderByDescending(x => x.a.CompletedOn)
            .ThenBy(x => x.Name)
            .ThenBy(x => x.a.Id)
            .ToPageAsync(page, Paging.DefaultPageSize, x => new AwardRow(x.Name, x.a.CompletedOn, x.a.ValidFrom, x.a.ExpiresOn, x.a.Source), ct);
}
