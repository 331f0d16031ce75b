using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Application.Certifications;

/// <summary>A certification someone's role requires, with their latest period of it (none when never held).</summary>
public sealed record RequiredHolding(
    int StaffMemberId,
    string Name,
    int TeamId,
    int RoleId,
    int CertificationId,
    string CertificationName,
    int? ValidityMonths,
    int WindowLength,
    WindowUnit WindowUnit,
    DateOnly? LatestCompletedOn,
    DateOnly? LatestExpiresOn)
{
    public CertificationRule Rule => new(ValidityMonths, WindowLength, WindowUnit, true);

    public CertificationPeriod? Latest => LatestCompletedOn is { } completed ? new CertificationPeriod(completed, completed, LatestExpiresOn) : null;

    public CertificationStatus Status(DateOnly today) => Rule.StatusOn(Latest, today);

    public DateOnly? WindowOpensOn => LatestExpiresOn is { } expires ? Rule.WindowOpensOn(expires) : null;
}

/// <summary>
/// The one query compliance is read from (docs/adr/0022): each person in post × each certification their role
/// requires today, with their latest period as two correlated subqueries on the awards' (person, certification,
/// completion) index. One SQL command for any number of people; nothing is stored, so a change to a role's
/// requirements is seen at once.
/// </summary>
internal static class ComplianceQueries
{
    public static IQueryable<RequiredHolding> RequiredHoldings(ICpdPortalDbContext db, DateOnly today, IQueryable<StaffMember>? people = null, int? certificationId = null)
    {
        var staff = (people ?? db.StaffMembers).InPostOn(today);
        var requirements = db.PathwayRoles.SelectMany(r => r.Certifications, (r, rc) => new { RoleId = r.Id, rc.CertificationId });
        if (certificationId is { } id)
        {
            requirements = requirements.Where(x => x.CertificationId == id);
        }

        return staff
            .Join(requirements, s => s.PathwayRoleId, x => (int?)x.RoleId, (s, x) => new { s, x.RoleId, x.CertificationId })
            .Join(db.Certifications, x => x.CertificationId, c => c.Id, (x, c) => new { x.s, x.RoleId, c })
            .Select(x => new RequiredHolding(
                x.s.Id,
                x.s.GivenName + " " + x.s.FamilyName,
                x.s.TeamId,
                x.RoleId,
                x.c.Id,
                x.c.Name,
                x.c.ValidityMonths,
                x.c.WindowLength,
                x.c.WindowUnit,
                db.CertificationAwards.Where(a => a.StaffMemberId == x.s.Id && a.CertificationId == x.c.Id).Max(a => (DateOnly?)a.CompletedOn),
                db.CertificationAwards.Where(a => a.StaffMemberId == x.s.Id && a.CertificationId == x.c.Id)
                    .OrderByDescending(a => a.CompletedOn)
                    .Select(a => a.ExpiresOn)
                    .FirstOrDefault()));
    }

    /// <summary>Each person's latest award of each certification (no later completion of the same one).</summary>
    public static IQueryable<CertificationAward> LatestAwards(ICpdPortalDbContext db) =>
        db.CertificationAwards.Where(a => !db.CertificationAwards.Any(b =>
            b.StaffMemberId == a.StaffMemberId && b.CertificationId == a.CertificationId && b.CompletedOn > a.CompletedOn));
}
