using CpdPortal.Application.Common;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>One cell of the training map (an area at a stage) and how many offered courses are mapped to it.</summary>
public sealed record MapCell(string Framework, string Area, DreyfusStage Stage, int Courses);

/// <summary>A framework's cells: how many, and how many have no course, one, or two or more.</summary>
public sealed record FrameworkCoverage(string Name, int Cells, int None, int One, int More)
{
    public int Covered => Cells - None;
}

/// <summary>The cells of the reported frameworks and how many of them have a course.</summary>
public sealed record MappingCoverageHeadline(int Covered, int Cells);

public sealed record MappingCoverageReport(ReportScope Scope, MappingCoverageHeadline Headline, IReadOnlyList<FrameworkCoverage> ByFramework, IReadOnlyList<MapCell> Gaps);

/// <summary>
/// How much of the training map has training: for each reported framework, the share of its area × stage cells
/// with at least one course still offered today (retired courses do not count), the cells with 0, 1 and 2 or
/// more courses, and the gap cells. Two queries: the areas, and the course count per mapped cell. Staff filters do not
/// apply (the map is the same for everyone).
/// </summary>
public sealed class MappingCoverageReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<MappingCoverageReport> RunAsync(CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var today = clock.UkToday();
        var scope = new ReportScope(settings, settings.LearningYear.PeriodContaining(today), today, today);
        var grid = await CellsAsync(today, ct);
        var byFramework = grid
            .GroupBy(c => c.Framework)
            .Select(g => new FrameworkCoverage(g.Key, g.Count(), g.Count(c => c.Courses == 0), g.Count(c => c.Courses == 1), g.Count(c => c.Courses >= 2)))
            .ToList();
        return new MappingCoverageReport(
            scope,
            new MappingCoverageHeadline(grid.Count(c => c.Courses > 0), grid.Count),
            byFramework,
            grid.Where(c => c.Courses == 0).ToList());
    }

    /// <summary>The index's figures: one query, the covered stages of each reported area.</summary>
    internal static async Task<MappingCoverageHeadline> HeadlineAsync(ICpdPortalDbContext db, DateOnly today, CancellationToken ct)
    {
        var frameworks = ReportedFrameworks.Current(db);
        var coveredPerArea = await db.CompetenceAreas
            .Where(a => frameworks.Any(f => f.Id == a.FrameworkId))
            .Select(a => db.Courses.Offered(today).SelectMany(c => c.Mappings).Where(m => m.AreaId == a.Id).Select(m => m.Stage).Distinct().Count())
            .ToListAsync(ct);
        return new MappingCoverageHeadline(coveredPerArea.Sum(), coveredPerArea.Count * DreyfusStages.All.Count);
    }

    /// <summary>Every cell of the reported frameworks' maps, in framework and area order, with its offered courses.</summary>
    private async Task<List<MapCell>> CellsAsync(DateOnly today, CancellationToken ct)
    {
        var frameworks = ReportedFrameworks.Current(db);
        var areas = await db.CompetenceAreas
            .Where(a => frameworks.Any(f => f.Id == a.FrameworkId))
            .Select(a => new { a.Id, a.Name, a.Order, Framework = a.Framework!.Name })
            .ToListAsync(ct);
        var cells = await db.Courses
            .Offered(today)
            .SelectMany(c => c.Mappings)
            .Where(m => frameworks.Any(f => f.Id == m.Area!.FrameworkId))
            .GroupBy(m => new { m.AreaId, m.Stage })
            .Select(g => new { g.Key.AreaId, g.Key.Stage, Courses = g.Count() })
            .ToListAsync(ct);
        var courses = cells.ToDictionary(c => (c.AreaId, c.Stage), c => c.Courses);
        return areas
            .OrderBy(a => a.Framework, StringComparer.Ordinal)
            .ThenBy(a => a.Order)
            .SelectMany(a => DreyfusStages.All.Select(s => new MapCell(a.Framework, a.Name, s.Stage, courses.GetValueOrDefault((a.Id, s.Stage)))))
            .ToList();
    }
}
