using CpdPortal.Application.Common;
using CpdPortal.Application.Frameworks;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Training;

/// <summary>The learning academy's catalogue as the L&amp;D team keeps it (/learning/courses).</summary>
public sealed class CatalogueService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const int PageSize = Paging.DefaultPageSize;

    public async Task<PagedResult<CatalogueRow>> ListAsync(CatalogueQuery query, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var now = clock.GetUtcNow();
        var courses = db.Courses.AsQueryable();
        if (!query.ShowRetired)
        {
            courses = courses.Offered(today);
        }

        return await courses
            .Matching(query.Search)
            .OrderBy(c => c.Title)
            .ThenBy(c => c.Id)
            .ToPageAsync(query.Page, PageSize, c => new CatalogueRow(
                c.Id,
                c.Title,
                c.Provider,
                c.Delivery,
                c.Hours,
                c.Certificated,
                c.RetiredOn,
                c.Mappings.Count,
                db.CourseSessions.Count(s => s.CourseId == c.Id && s.StartsAt > now)),
                ct);
    }

    public async Task<CourseFormOptions> FormOptionsAsync(CancellationToken ct = default)
    {
        var tags = await db.PracticeTags.OrderBy(t => t.Name).Select(t => new Choice(t.Id, t.Name)).ToListAsync(ct);
        var roles = await db.PathwayRoles
            .OrderBy(r => r.PathwayId)
            .ThenBy(r => r.Step)
            .ThenBy(r => r.Id)
            .Select(r => new Choice(r.Id, r.Title))
            .ToListAsync(ct);
        return new CourseFormOptions(tags, roles);
    }

    /// <summary>The practice frameworks courses can be tagged with, by name, with how many courses carry each.</summary>
    public Task<List<TagRow>> TagsAsync(CancellationToken ct = default) =>
        db.PracticeTags
            .OrderBy(t => t.Name)
            .Select(t => new TagRow(t.Id, t.Name, db.Courses.Count(c => c.Tags.Any(x => x.TagId == t.Id))))
            .ToListAsync(ct);

    /// <summary>Adds a practice framework to the list, or renames one (<paramref name="id"/>). False: no such tag.</summary>
    public async Task<bool> SaveTagAsync(int? id, string? name, CancellationToken ct = default)
    {
        var tag = id is { } existing ? await db.PracticeTags.SingleOrDefaultAsync(t => t.Id == existing, ct) : null;
        if (id is not null && tag is null)
        {
            return false;
        }

        var trimmed = name?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && await db.PracticeTags.AnyAsync(t => t.Name == trimmed && t.Id != (id ?? 0), ct))
        {
            throw new DomainRuleException("tag.unique", "A practice framework with that name is already in the list");
        }

        if (tag is null)
        {
            db.PracticeTags.Add(new PracticeTag(name!));
        }
        else
        {
            tag.Rename(name!);
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The rules these details break, including tags and roles that do not exist.</summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(CourseDetails details, CancellationToken ct = default)
    {
        var errors = details.Validate().ToList();
        var tagIds = details.TagIds.Distinct().ToList();
        if (tagIds.Count > 0 && await db.PracticeTags.CountAsync(t => tagIds.Contains(t.Id), ct) != tagIds.Count)
        {
            errors.Add(new("TagIds", "Select practice frameworks from the list"));
        }

        var roleIds = details.TargetRoleIds.Concat(details.MandatoryRoleIds).Distinct().ToList();
        if (roleIds.Count > 0 && await db.PathwayRoles.CountAsync(r => roleIds.Contains(r.Id), ct) != roleIds.Count)
        {
            errors.Add(new("TargetRoleIds", "Select roles from the list"));
        }

        return errors;
    }

    public async Task<int> CreateAsync(CourseDetails details, CancellationToken ct = default)
    {
        await ThrowIfInvalidAsync(details, ct);
        var course = new Course(details);
        db.Courses.Add(course);
        await db.SaveChangesAsync(ct);
        return course.Id;
    }

    public async Task<bool> UpdateAsync(int id, CourseDetails details, CancellationToken ct = default)
    {
        var course = await db.Courses.Include(c => c.Tags).Include(c => c.Roles).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return false;
        }

        await ThrowIfInvalidAsync(details, ct);
        course.Update(details);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Retires the course from today (it stays in records and reports) or, with false, offers it again.</summary>
    public async Task<bool> SetRetiredAsync(int id, bool retired, CancellationToken ct = default)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return false;
        }

        if (retired)
        {
            course.Retire(clock.UkToday());
        }
        else
        {
            course.Reinstate();
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<CatalogueCourse?> GetAsync(int id, CancellationToken ct = default)
    {
        var course = await db.Courses
            .AsNoTracking()
            .Include(c => c.Tags)
            .Include(c => c.Roles)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return null;
        }

        var tagIds = course.Tags.Select(t => t.TagId).ToList();
        var tags = await db.PracticeTags.Where(t => tagIds.Contains(t.Id)).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(ct);
        var roleIds = course.Roles.Select(r => r.PathwayRoleId).ToList();
        var roles = await db.PathwayRoles.Where(r => roleIds.Contains(r.Id)).OrderBy(r => r.Step).ThenBy(r => r.Id).Select(r => new { r.Id, r.Title }).ToListAsync(ct);
        var mandatory = course.Roles.Where(r => r.Mandatory).Select(r => r.PathwayRoleId).ToHashSet();
        var cells = await CourseQueries.CellsAsync(db, id, ct);
        var frameworks = await MappableAreasAsync(ct);

        return new CatalogueCourse(
            course.Id,
            DetailsOf(course),
            course.Provider,
            course.RetiredOn,
            tags,
            roles.Select(r => r.Title).ToList(),
            roles.Where(r => mandatory.Contains(r.Id)).Select(r => r.Title).ToList(),
            cells,
            frameworks);
    }

    public async Task<CourseDetails?> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var course = await db.Courses.AsNoTracking().Include(c => c.Tags).Include(c => c.Roles).SingleOrDefaultAsync(c => c.Id == id, ct);
        return course is null ? null : DetailsOf(course);
    }

    public Task<bool> ExistsAsync(int id, CancellationToken ct = default) => db.Courses.AnyAsync(c => c.Id == id, ct);

    /// <summary>The published frameworks' areas, for the map-to-a-cell form.</summary>
    public async Task<IReadOnlyList<FrameworkAreas>> MappableAreasAsync(CancellationToken ct = default)
    {
        var areas = await db.CompetenceAreas
            .OfCurrentFrameworks()
            .OrderBy(a => a.FrameworkId)
            .ThenBy(a => a.Order)
            .Select(a => new { a.Id, a.Name, a.FrameworkId, FrameworkName = a.Framework!.Name })
            .ToListAsync(ct);
        return areas
            .GroupBy(a => (a.FrameworkId, a.FrameworkName))
            .Select(g => new FrameworkAreas(g.Key.FrameworkId, g.Key.FrameworkName, g.Select(a => new Choice(a.Id, a.Name)).ToList()))
            .ToList();
    }

    private static CourseDetails DetailsOf(Course c) => new(
        c.Title,
        c.Summary,
        c.External,
        c.External ? c.Provider : null,
        c.Delivery,
        c.VleLink,
        c.Hours,
        c.Certificated,
        c.CreditsDescription,
        c.Credits,
        c.Tags.Select(t => t.TagId).ToList(),
        c.Roles.Select(r => r.PathwayRoleId).ToList(),
        c.Roles.Where(r => r.Mandatory).Select(r => r.PathwayRoleId).ToList());

    private async Task ThrowIfInvalidAsync(CourseDetails details, CancellationToken ct)
    {
        var errors = await CheckAsync(details, ct);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
