using CpdPortal.Application.Common;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

public sealed partial class ReportsService
{
    /// <summary>
    /// How much of the training map has training: for each reported framework, the share of its area × stage cells
    /// with at least one course still offered today (retired courses do not count), the cells with 0, 1 and 2 or
    /// more courses, and the gap cells. Two queries: the areas, and the course count per mapped cell.
    /// </summary>
    public async Task<Report> MappingCoverageAsync(CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var today = clock.UkToday();
        var year = settings.LearningYear.PeriodContaining(today);
        var grid = await MappingCellsAsync(today, ct);
        var byFramework = grid
            .GroupBy(c => c.Framework)
            .Select(g => (
                Name: g.Key,
                Cells: g.Count(),
                None: g.Count(c => c.Courses == 0),
                One: g.Count(c => c.Courses == 1),
                More: g.Count(c => c.Courses >= 2)))
            .ToList();
        var covered = grid.Count(c => c.Courses > 0);
        var gaps = grid.Where(c => c.Courses == 0).ToList();
        return new Report(
            ReportKind.MappingCoverage,
            Title(ReportKind.MappingCoverage),
            MappingCoverageHeadline(covered, grid.Count),
            year,
            today,
            grid.Count,
            new ReportChart(
                "Cells with a course, by framework",
                "of cells",
                byFramework.Select(f => new ChartBar(f.Name, Measures.PercentOf(f.Cells - f.None, f.Cells), Percent(Measures.PercentOf(f.Cells - f.None, f.Cells)))).ToList(),
                100),
            [
                new ReportTable(
                    "Cells with a course, by framework",
                    ["Framework", "Cells", "With a course", "Coverage", "No course", "1 course", "2 or more courses"],
                    byFramework.Select(f => Row(f.Name, Count(f.Cells), Count(f.Cells - f.None), Percent(Measures.PercentOf(f.Cells - f.None, f.Cells)), Count(f.None), Count(f.One), Count(f.More))).ToList(),
                    Numeric(1, 2, 3, 4, 5, 6)),
                new ReportTable(
                    "Gaps: cells with no course",
                    ["Competence area", "Framework", "Stage"],
                    gaps.Select(g => Row(g.Area, g.Framework, $"{(int)g.Stage} {DreyfusStages.Name(g.Stage)}")).ToList(),
                    Numeric()),
            ],
            [
                "A cell is one competence area at one of the 5 Dreyfus stages. It has a course when at least one course in the catalogue is mapped to it and has not been retired by today.",
                "Only published frameworks are counted. Staff filters do not apply: the map is the same for everyone.",
            ])
        {
            Counted = $"{Count(grid.Count)} {(grid.Count == 1 ? "cell" : "cells")} in {Count(byFramework.Count)} {(byFramework.Count == 1 ? "framework" : "frameworks")}",
        };
    }

    /// <summary>Every cell of the reported frameworks' maps, in framework and area order, with its offered courses.</summary>
    private async Task<List<MapCell>> MappingCellsAsync(DateOnly today, CancellationToken ct)
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

    private sealed record MapCell(string Framework, string Area, DreyfusStage Stage, int Courses);
}
