using CpdPortal.Application.Common;
using CpdPortal.Application.Frameworks;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Competence;

/// <summary>One competence area of a framework that applies to a staff member.</summary>
public sealed record MyArea(int AreaId, string Name, int Order, int FrameworkId, string FrameworkName, int FrameworkVersion);

/// <summary>
/// The queries every practitioner page shares: which areas are mine (published frameworks that apply to my
/// registration status), and my current stage in each (CurrentStages: the latest validation, else self-assessment).
/// </summary>
internal static class MyCompetence
{
    /// <summary>Whether the staff member is a registered social worker; null when there is no such staff record.</summary>
    public static async Task<bool?> IsRegisteredAsync(ICpdPortalDbContext db, int staffMemberId, CancellationToken ct) =>
        await db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => (bool?)(s.RegistrationNumber != null))
            .SingleOrDefaultAsync(ct);

    /// <summary>The areas of the current version of every framework that applies, in framework then area order. One query.</summary>
    public static async Task<IReadOnlyList<MyArea>> AreasAsync(ICpdPortalDbContext db, bool isRegistered, CancellationToken ct)
    {
        var published = await db.CompetenceAreas
            .OfCurrentFrameworks()
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.Order,
                a.FrameworkId,
                FrameworkName = a.Framework!.Name,
                a.Framework.Version,
                a.Framework.Audience,
            })
            .ToListAsync(ct);
        return published
            .Where(a => CompetenceFramework.Includes(a.Audience, isRegistered))
            .OrderBy(a => a.FrameworkName, StringComparer.Ordinal)
            .ThenBy(a => a.Version)
            .ThenBy(a => a.Order)
            .Select(a => new MyArea(a.Id, a.Name, a.Order, a.FrameworkId, a.FrameworkName, a.Version))
            .ToList();
    }

    /// <summary>Whether the area belongs to the current version of a framework that applies to the staff member.</summary>
    public static async Task<bool> IsMyAreaAsync(ICpdPortalDbContext db, int staffMemberId, int areaId, CancellationToken ct)
    {
        if (areaId <= 0)
        {
            return false;
        }

        var registered = await IsRegisteredAsync(db, staffMemberId, ct);
        if (registered is null)
        {
            return false;
        }

        var audience = await db.CompetenceAreas
            .Where(a => a.Id == areaId)
            .OfCurrentFrameworks()
            .Select(a => (FrameworkAudience?)a.Framework!.Audience)
            .SingleOrDefaultAsync(ct);
        return audience is { } included && CompetenceFramework.Includes(included, registered.Value);
    }

    /// <summary>
    /// The staff member's current stage per area, from their whole assessment history. Assessments of an area in a
    /// superseded framework version count towards the current version's area with the same key until the person
    /// re-assesses it (CurrentStage.CarriedFromAreaId says so). Two queries.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, CurrentStage>> CurrentStagesAsync(ICpdPortalDbContext db, int staffMemberId, CancellationToken ct)
    {
        var history = await db.StageAssessments
            .AsNoTracking()
            .Where(a => a.StaffMemberId == staffMemberId)
            .ToListAsync(ct);
        var carried = await CurrentFrameworks.CurrentAreasOfAsync(db, history.Select(a => a.AreaId).Distinct().ToList(), ct);
        return CurrentStages.From(history, carried);
    }
}
