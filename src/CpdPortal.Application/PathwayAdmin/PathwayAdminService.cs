using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Frameworks;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Pathways;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.PathwayAdmin;

/// <summary>
/// Career pathways for L&amp;D (/learning/pathways): roles in order, each role's expected stage per area of the current
/// frameworks, and the courses it requires or recommends. The rules are the domain's (CareerPathway, PathwayRole);
/// every structural change is written to the audit log with the role's id only.
/// </summary>
public sealed class PathwayAdminService(ICpdPortalDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string StageOutOfRange = "Choose a Dreyfus stage from 1 to 5, or not expected";

    public Task<PagedResult<PathwaySummary>> ListAsync(int? page, CancellationToken ct = default) =>
        db.CareerPathways
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToPageAsync(page, Paging.DefaultPageSize, p => new PathwaySummary(p.Id, p.Name, p.Roles.Count, p.Roles.Select(r => r.Step).Distinct().Count()), ct);

    /// <summary>The pathway with every role, or null. Four queries whatever the number of roles.</summary>
    public async Task<PathwayDetail?> GetAsync(int pathwayId, CancellationToken ct = default)
    {
        var pathway = await LoadAsync(pathwayId, tracked: false, ct);
        if (pathway is null)
        {
            return null;
        }

        var context = await CardContextAsync(pathway.Roles, ct);
        var ordered = pathway.OrderedRoles();
        var steps = ordered
            .GroupBy(r => r.Step)
            .Select(g => new RoleStep(g.Key, g.Select(r => Card(r, context, ordered)).ToList()))
            .ToList();
        return new PathwayDetail(pathway.Id, pathway.Name, pathway.Description, steps);
    }

    /// <summary>The role's page, or null when the role is not on that pathway.</summary>
    public async Task<RoleEditor?> RoleAsync(int pathwayId, int roleId, CancellationToken ct = default)
    {
        var pathway = await LoadAsync(pathwayId, tracked: false, ct);
        var role = pathway?.Roles.SingleOrDefault(r => r.Id == roleId);
        if (pathway is null || role is null)
        {
            return null;
        }

        var context = await CardContextAsync([role], ct);
        var listed = role.Courses.Select(c => c.CourseId).ToHashSet();
        var toAdd = (await CourseQueries.OfferedChoicesAsync(db, clock.UkToday(), ct)).Where(c => !listed.Contains(c.Id)).ToList();
        return new RoleEditor(pathway.Id, pathway.Name, Card(role, context, pathway.OrderedRoles()), toAdd);
    }

    public async Task<(PathwayChange Change, int? RoleId)> AddRoleAsync(int pathwayId, NewRole input, CancellationToken ct = default)
    {
        var pathway = await LoadAsync(pathwayId, tracked: true, ct);
        if (pathway is null)
        {
            return (PathwayChange.NotFound, null);
        }

        var role = pathway.AddRoleAtEnd(input.Title ?? string.Empty, input.RequiresRegistration, input.AlternativeToStep);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.PathwayChanged, AuditEntityTypes.PathwayRole, Id(role.Id), ct);
        return (PathwayChange.Saved, role.Id);
    }

    /// <summary>Renames the role and sets whether it requires registration.</summary>
    public Task<PathwayChange> UpdateRoleAsync(int pathwayId, int roleId, string? title, bool requiresRegistration, CancellationToken ct = default) =>
        ChangeAsync(pathwayId, roleId, (pathway, role) =>
        {
            pathway.RenameRole(role, title ?? string.Empty);
            role.SetRequiresRegistration(requiresRegistration);
            return Task.FromResult(true);
        }, ct);

    public Task<PathwayChange> MoveAsync(int pathwayId, int roleId, bool earlier, CancellationToken ct = default) =>
        ChangeAsync(pathwayId, roleId, (pathway, role) =>
        {
            if (earlier)
            {
                pathway.MoveEarlier(role);
            }
            else
            {
                pathway.MoveLater(role);
            }

            return Task.FromResult(true);
        }, ct);

    /// <summary>
    /// Removes a role nobody holds. Courses aimed at the role and survey answers grouped by it also keep it, so those
    /// are refused with a message too (the catalogue's target roles can be changed; survey answers cannot).
    /// </summary>
    public Task<PathwayChange> RemoveRoleAsync(int pathwayId, int roleId, CancellationToken ct = default) =>
        ChangeAsync(pathwayId, roleId, async (pathway, role) =>
        {
            var holders = await db.StaffMembers.CountAsync(s => s.PathwayRoleId == roleId, ct);
            var courses = await db.Courses.CountAsync(c => c.Roles.Any(r => r.PathwayRoleId == roleId), ct);
            if (holders == 0 && courses > 0)
            {
                throw new DomainRuleException("role.courses", $"You cannot remove {role.Title} because {courses} {(courses == 1 ? "course is" : "courses are")} aimed at it in the catalogue. Change the course's roles first");
            }

            if (holders == 0 && await db.SurveyResponses.AnyAsync(r => r.PathwayRoleId == roleId, ct))
            {
                throw new DomainRuleException("role.survey", $"You cannot remove {role.Title} because survey answers are grouped under it");
            }

            pathway.RemoveRole(role, holders);
            return true;
        }, ct);

    /// <summary>
    /// Sets the stage the role expects in each of the given areas (null: not expected). Only areas of current
    /// frameworks count; a stage outside 1–5 is refused before anything changes (the error names the area).
    /// </summary>
    public Task<PathwayChange> SetExpectationsAsync(int pathwayId, int roleId, IReadOnlyDictionary<int, int?> stages, CancellationToken ct = default) =>
        ChangeAsync(pathwayId, roleId, async (_, role) =>
        {
            var bad = stages.Where(s => s.Value is { } v && !DreyfusStages.IsDefined((DreyfusStage)v)).Select(s => new FieldError(AreaField(s.Key), StageOutOfRange)).ToList();
            if (bad.Count > 0)
            {
                throw new DomainValidationException(bad);
            }

            var ids = stages.Keys.ToList();
            var areas = await db.CompetenceAreas.OfCurrentFrameworks().Where(a => ids.Contains(a.Id)).ToListAsync(ct);
            var changed = false;
            foreach (var area in areas)
            {
                var current = role.Expectations.FirstOrDefault(e => e.AreaId == area.Id)?.Stage;
                var wanted = stages[area.Id] is { } s ? (DreyfusStage?)s : null;
                if (current == wanted)
                {
                    continue;
                }

                changed = true;
                if (wanted is { } stage)
                {
                    role.Expect(area, stage);
                }
                else
                {
                    role.StopExpecting(area.Id);
                }
            }

            return changed;
        }, ct);

    /// <summary>Requires or recommends a course still offered; a course cannot be both (a domain rule).</summary>
    public Task<PathwayChange> AddCourseAsync(int pathwayId, int roleId, int courseId, bool required, CancellationToken ct = default) =>
        ChangeAsync(pathwayId, roleId, async (_, role) =>
        {
            if (!await db.Courses.Offered(clock.UkToday()).AnyAsync(c => c.Id == courseId, ct))
            {
                throw new DomainRuleException("role.course", "Select a course from the list");
            }

            return role.AddCourse(courseId, required);
        }, ct);

    public Task<PathwayChange> RemoveCourseAsync(int pathwayId, int roleId, int courseId, CancellationToken ct = default) =>
        ChangeAsync(pathwayId, roleId, (_, role) => Task.FromResult(role.RemoveCourse(courseId)), ct);

    /// <summary>The form field of one area's stage select.</summary>
    public static string AreaField(int areaId) => "Stages[" + Id(areaId) + "]";

    private async Task<PathwayChange> ChangeAsync(int pathwayId, int roleId, Func<CareerPathway, PathwayRole, Task<bool>> change, CancellationToken ct)
    {
        var pathway = await LoadAsync(pathwayId, tracked: true, ct);
        var role = pathway?.Roles.SingleOrDefault(r => r.Id == roleId);
        if (pathway is null || role is null)
        {
            return PathwayChange.NotFound;
        }

        if (!await change(pathway, role))
        {
            return PathwayChange.Unchanged;
        }

        audit.Add(AuditActions.PathwayChanged, AuditEntityTypes.PathwayRole, Id(roleId));
        await db.SaveChangesAsync(ct);
        return PathwayChange.Saved;
    }

    private Task<CareerPathway?> LoadAsync(int pathwayId, bool tracked, CancellationToken ct)
    {
        var query = db.CareerPathways
            .Include(p => p.Roles).ThenInclude(r => r.Expectations)
            .Include(p => p.Roles).ThenInclude(r => r.Courses);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == pathwayId, ct);
    }

    private sealed record CardContext(
        IReadOnlyList<AreaInfo> Areas,
        IReadOnlyDictionary<int, int> Holders,
        IReadOnlyDictionary<int, string> CourseTitles);

    private sealed record AreaInfo(int Id, string Name, int Order, int FrameworkId, string FrameworkName, int Version, FrameworkAudience Audience);

    /// <summary>The current areas, holder counts and course titles the role cards need. Three queries.</summary>
    private async Task<CardContext> CardContextAsync(IReadOnlyCollection<PathwayRole> roles, CancellationToken ct)
    {
        var areas = await db.CompetenceAreas
            .OfCurrentFrameworks()
            .OrderBy(a => a.Framework!.Name)
            .ThenBy(a => a.Order)
            .Select(a => new AreaInfo(a.Id, a.Name, a.Order, a.FrameworkId, a.Framework!.Name, a.Framework.Version, a.Framework.Audience))
            .ToListAsync(ct);
        var roleIds = roles.Select(r => r.Id).ToList();
        var holders = await db.StaffMembers
            .Where(s => s.PathwayRoleId != null && roleIds.Contains(s.PathwayRoleId.Value))
            .GroupBy(s => s.PathwayRoleId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var courseIds = roles.SelectMany(r => r.Courses).Select(c => c.CourseId).Distinct().ToList();
        var titles = await db.Courses.Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        return new CardContext(areas, holders, titles);
    }

    private static RoleCard Card(PathwayRole role, CardContext context, IReadOnlyList<PathwayRole> ordered)
    {
        var expected = role.Expectations.ToDictionary(e => e.AreaId, e => e.Stage);
        var frameworks = context.Areas
            .GroupBy(a => a.FrameworkId)
            .Where(g => CompetenceFramework.Includes(g.First().Audience, role.RequiresRegistration) || g.Any(a => expected.ContainsKey(a.Id)))
            .Select(g => new FrameworkExpectations(
                g.First().FrameworkName,
                g.First().Version,
                g.Select(a => new ExpectationRow(a.Id, a.Name, expected.TryGetValue(a.Id, out var s) ? s : null)).ToList()))
            .ToList();
        List<Choice> Courses(bool required) => role.Courses
            .Where(c => c.Required == required && context.CourseTitles.ContainsKey(c.CourseId))
            .Select(c => new Choice(c.CourseId, context.CourseTitles[c.CourseId]))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new RoleCard(
            role.Id,
            role.Title,
            role.Step,
            role.RequiresRegistration,
            context.Holders.GetValueOrDefault(role.Id),
            frameworks,
            Courses(required: true),
            Courses(required: false),
            ordered.Count > 0 && ordered[0] == role && ordered.Count(r => r.Step == role.Step) == 1,
            ordered.Count > 0 && ordered[^1] == role && ordered.Count(r => r.Step == role.Step) == 1);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
