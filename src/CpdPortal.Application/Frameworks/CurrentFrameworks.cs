using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Frameworks;

/// <summary>
/// The one place that says which framework versions are in force: for each framework code, the published version
/// that has not been superseded. Every page that lists areas to assess, map or expect goes through these.
/// </summary>
public static class CurrentFrameworks
{
    /// <summary>The current published version of each framework.</summary>
    public static IQueryable<CompetenceFramework> Current(this IQueryable<CompetenceFramework> frameworks) =>
        frameworks.Where(FrameworkRules.IsCurrent);

    /// <summary>The areas of the current published version of each framework.</summary>
    public static IQueryable<CompetenceArea> OfCurrentFrameworks(this IQueryable<CompetenceArea> areas) =>
        areas.Where(FrameworkRules.AreaIsCurrent);

    /// <summary>
    /// For areas of superseded versions among <paramref name="areaIds"/>: the area of the current version with the
    /// same key (old id → current id). Areas dropped from the current version are left out. One query.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, int>> CurrentAreasOfAsync(ICpdPortalDbContext db, IReadOnlyCollection<int> areaIds, CancellationToken ct)
    {
        if (areaIds.Count == 0)
        {
            return new Dictionary<int, int>();
        }

        return await db.CompetenceAreas
            .Where(a => areaIds.Contains(a.Id) && a.Framework!.SupersededOn != null)
            .Join(db.CompetenceAreas.OfCurrentFrameworks(), old => old.Key, now => now.Key, (old, now) => new { Old = old.Id, Now = now.Id })
            .ToDictionaryAsync(x => x.Old, x => x.Now, ct);
    }
}
