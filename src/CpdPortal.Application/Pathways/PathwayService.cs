using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Application.Frameworks;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Pathways;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Pathways;

/// <summary>
/// My career pathway (/my/pathway): where I am, the next role(s), and per area the gap and the courses that develop
/// the next stage. The gap arithmetic is the domain's (CareerPathway.GapsTo, AreaGap); this only gathers the data.
/// </summary>
public sealed class PathwayService(ICpdPortalDbContext db, TimeProvider clock, CareerPathwaysCache pathwaysCache)
{
    /// <summary>
    /// The stage whose courses help next: the one above my current stage, or the first stage when I have not been
    /// assessed; none above expert.
    /// </summary>
    public static DreyfusStage? StageToDevelop(DreyfusStage? current) =>
        current is { } stage ? DreyfusStages.Next(stage) : DreyfusStages.Lowest;

    /// <summary>My pathway, or null when there is no such staff record.</summary>
    public async Task<MyPathway?> GetAsync(int staffMemberId, CancellationToken ct = default)
    {
        var me = await db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => new { s.JobTitle, s.PathwayRoleId })
            .SingleOrDefaultAsync(ct);
        if (me is null)
        {
            return null;
        }

        if (me.PathwayRoleId is not { } roleId)
        {
            return new MyPathway(me.JobTitle, null);
        }

        // Reference data, remembered between requests (CareerPathwaysCache) and only read here. A role added by another
        // instance in the last few seconds may not be in the remembered pathways yet: then they are read again.
        var pathway = (await pathwaysCache.GetAsync(LoadPathwaysAsync)).SingleOrDefault(p => p.Roles.Any(r => r.Id == roleId));
        if (pathway is null)
        {
            pathwaysCache.Invalidate();
            pathway = (await pathwaysCache.GetAsync(LoadPathwaysAsync)).Single(p => p.Roles.Any(r => r.Id == roleId));
        }

        async Task<IReadOnlyList<CareerPathway>> LoadPathwaysAsync() => await db.CareerPathways
            .AsNoTracking()
            .Include(p => p.Roles)
            .ThenInclude(r => r.Expectations)
            .Include(p => p.Roles)
            .ThenInclude(r => r.Courses)
            .ToListAsync(ct);

        var role = pathway.Roles.Single(r => r.Id == roleId);
        var nextRoles = pathway.NextRolesAfter(role);

        var current = await MyCompetence.CurrentStagesAsync(db, staffMemberId, ct);
        var currentStages = current.ToDictionary(c => c.Key, c => c.Value.Stage);
        var gaps = nextRoles.ToDictionary(r => r.Id, r => CareerPathway.GapsTo(r, currentStages));

        var areaIds = gaps.Values.SelectMany(g => g).Select(g => g.AreaId).Distinct().ToList();
        var areas = await db.CompetenceAreas
            .OfCurrentFrameworks()
            .Where(a => areaIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.Order, a.FrameworkId, FrameworkName = a.Framework!.Name })
            .ToDictionaryAsync(a => a.Id, ct);
        var courses = await CoursesByAreaAndStageAsync(areaIds, ct);
        var roleCourses = await RoleCoursesAsync(nextRoles, ct);

        var steps = pathway.OrderedRoles()
            .GroupBy(r => r.Step)
            .Select(g => new PathwayStep(g.Key, g.Select(r => new PathwayStepRole(r.Id, r.Title, r.Id == roleId)).ToList()))
            .ToList();
        var next = nextRoles
            .Select(r => new NextRole(
                r.Id,
                r.Title,
                r.Description,
                r.RequiresRegistration,
                gaps[r.Id]
                    .Where(g => areas.ContainsKey(g.AreaId))
                    .Select(g => (Gap: g, Area: areas[g.AreaId]))
                    .OrderBy(x => x.Area.FrameworkId)
                    .ThenBy(x => x.Area.Order)
                    .GroupBy(x => x.Area.FrameworkName)
                    .Select(f => new RoleFrameworkGaps(
                        f.Key,
                        f.Select(x =>
                        {
                            var stage = current.GetValueOrDefault(x.Gap.AreaId);
                            var develop = StageToDevelop(x.Gap.Current);
                            var suggestions = develop is { } d ? courses[(x.Gap.AreaId, d)].ToList() : [];
                            return new AreaGapRow(x.Gap.AreaId, x.Area.Name, x.Gap.Expected, stage, x.Gap.Stages, x.Gap.IsMet, develop, suggestions);
                        }).ToList()))
                    .ToList(),
                RoleCourses(r, required: true),
                RoleCourses(r, required: false)))
            .ToList();

        List<CourseSuggestion> RoleCourses(PathwayRole r, bool required) => r.Courses
            .Where(c => c.Required == required && roleCourses.ContainsKey(c.CourseId))
            .Select(c => roleCourses[c.CourseId])
            .OrderBy(c => c.Title, StringComparer.Ordinal)
            .ToList();

        return new MyPathway(me.JobTitle, new PathwayOverview(pathway.Name, role.Title, steps, next));
    }

    /// <summary>The courses still offered that the next roles require or recommend, by id. One query (none at the top).</summary>
    private async Task<Dictionary<int, CourseSuggestion>> RoleCoursesAsync(IReadOnlyList<PathwayRole> roles, CancellationToken ct)
    {
        var ids = roles.SelectMany(r => r.Courses).Select(c => c.CourseId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var today = clock.UkToday();
        return await db.Courses
            .Offered(today)
            .Where(c => ids.Contains(c.Id))
            .Select(c => new CourseSuggestion(c.Id, c.Title, c.Delivery, c.Hours))
            .ToDictionaryAsync(c => c.CourseId, ct);
    }

    /// <summary>Every course still offered that is mapped to one of these areas, keyed by (area, stage). One query.</summary>
    private async Task<ILookup<(int AreaId, DreyfusStage Stage), CourseSuggestion>> CoursesByAreaAndStageAsync(List<int> areaIds, CancellationToken ct)
    {
        var today = clock.UkToday();
        var mapped = await db.Courses
            .Offered(today)
            .SelectMany(
                c => c.Mappings.Where(m => areaIds.Contains(m.AreaId)),
                (c, m) => new { m.AreaId, m.Stage, c.Id, c.Title, c.Delivery, c.Hours })
            .ToListAsync(ct);
        return mapped
            .OrderBy(m => m.Title, StringComparer.Ordinal)
            .ToLookup(m => (m.AreaId, m.Stage), m => new CourseSuggestion(m.Id, m.Title, m.Delivery, m.Hours));
    }
}
