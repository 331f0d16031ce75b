using CpdPortal.Application.Common;
using CpdPortal.Application.Frameworks;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Training;

/// <summary>The mapping grid of one framework: its areas × the five Dreyfus stages, each cell with its courses.</summary>
public sealed record MappingGrid(
    IReadOnlyList<Choice> Frameworks,
    Choice Framework,
    IReadOnlyList<GridRow> Rows,
    IReadOnlyList<Choice> Courses)
{
    /// <summary>The cells no course develops, area by area: the training gaps.</summary>
    public IReadOnlyList<(GridRow Row, DreyfusStage Stage)> Gaps =>
        Rows.SelectMany(r => r.Cells.Where(c => c.Courses.Count == 0).Select(c => (r, c.Stage))).ToList();

    public int CellCount => Rows.Count * DreyfusStages.All.Count;
}

public sealed record GridRow(int AreaId, string AreaName, IReadOnlyList<GridCell> Cells);

public sealed record GridCell(DreyfusStage Stage, IReadOnlyList<Choice> Courses);

/// <summary>What mapping or unmapping did.</summary>
public enum MappingOutcome
{
    NoSuchCourse,
    NoSuchArea,
    Mapped,
    AlreadyMapped,
    Unmapped,
    NotMapped,
}

/// <summary>
/// The mapping grid (/learning/mapping): where training exists for each area and stage of a framework, and mapping
/// courses to cells or unmapping them. Retired courses are left out of the grid, so their cells show as gaps.
/// </summary>
public sealed class MappingService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const string StageOutOfRange = "Choose a Dreyfus stage from 1 to 5";

    /// <summary>The grid of the framework, or of the first published framework by name; null when there is none.</summary>
    public async Task<MappingGrid?> GridAsync(int? frameworkId, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var frameworks = await db.CompetenceFrameworks
            .Current()
            .OrderBy(f => f.Name)
            .Select(f => new Choice(f.Id, f.Name))
            .ToListAsync(ct);
        var framework = frameworks.Find(f => f.Id == frameworkId) ?? frameworks.FirstOrDefault();
        if (framework is null || (frameworkId is not null && framework.Id != frameworkId))
        {
            return null;
        }

        var areas = await db.CompetenceAreas
            .Where(a => a.FrameworkId == framework.Id)
            .OrderBy(a => a.Order)
            .Select(a => new { a.Id, a.Name })
            .ToListAsync(ct);
        var areaIds = areas.Select(a => a.Id).ToList();
        var mapped = await db.Courses
            .Offered(today)
            .SelectMany(c => c.Mappings.Where(m => areaIds.Contains(m.AreaId)), (c, m) => new { m.AreaId, m.Stage, c.Id, c.Title })
            .ToListAsync(ct);
        var byCell = mapped
            .OrderBy(m => m.Title, StringComparer.Ordinal)
            .ToLookup(m => (m.AreaId, m.Stage), m => new Choice(m.Id, m.Title));
        var rows = areas
            .Select(a => new GridRow(a.Id, a.Name, DreyfusStages.All.Select(s => new GridCell(s.Stage, byCell[(a.Id, s.Stage)].ToList())).ToList()))
            .ToList();
        var courses = await CourseQueries.OfferedChoicesAsync(db, today, ct);
        return new MappingGrid(frameworks, framework, rows, courses);
    }

    /// <summary>The framework an area belongs to (for returning to its grid), or null.</summary>
    public Task<int?> FrameworkOfAreaAsync(int areaId, CancellationToken ct = default) =>
        db.CompetenceAreas.Where(a => a.Id == areaId).Select(a => (int?)a.FrameworkId).SingleOrDefaultAsync(ct);

    /// <summary>Maps a course to a cell. A stage outside 1–5 throws <see cref="DomainRuleException"/> before anything is read.</summary>
    public Task<MappingOutcome> MapAsync(int courseId, int areaId, int stage, CancellationToken ct = default) =>
        ChangeAsync(courseId, areaId, stage, map: true, ct);

    public Task<MappingOutcome> UnmapAsync(int courseId, int areaId, int stage, CancellationToken ct = default) =>
        ChangeAsync(courseId, areaId, stage, map: false, ct);

    private async Task<MappingOutcome> ChangeAsync(int courseId, int areaId, int stage, bool map, CancellationToken ct)
    {
        if (!DreyfusStages.IsDefined((DreyfusStage)stage))
        {
            throw new DomainRuleException("course.stage", StageOutOfRange);
        }

        var course = await db.Courses.Include(c => c.Mappings).SingleOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return MappingOutcome.NoSuchCourse;
        }

        if (!await db.CompetenceAreas.OfCurrentFrameworks().AnyAsync(a => a.Id == areaId, ct))
        {
            return MappingOutcome.NoSuchArea;
        }

        var changed = map ? course.MapTo(areaId, (DreyfusStage)stage) : course.Unmap(areaId, (DreyfusStage)stage);
        if (changed)
        {
            await db.SaveChangesAsync(ct);
        }

        return (map, changed) switch
        {
            (true, true) => MappingOutcome.Mapped,
            (true, false) => MappingOutcome.AlreadyMapped,
            (false, true) => MappingOutcome.Unmapped,
            _ => MappingOutcome.NotMapped,
        };
    }
}
