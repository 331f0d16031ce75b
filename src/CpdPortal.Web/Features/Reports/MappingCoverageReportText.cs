using CpdPortal.Application.Reports;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the training map's coverage (figures: <see cref="MappingCoverageReportQuery"/>).</summary>
public static class MappingCoverageReportText
{
    public static Report Format(MappingCoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = report.Headline.Cells;
        var frameworks = report.ByFramework;
        return new Report(
            ReportKind.MappingCoverage,
            Title(ReportKind.MappingCoverage),
            Headline(report.Headline),
            report.Scope.Year,
            report.Scope.ReferenceDay,
            cells,
            new ReportChart(
                "Cells with a course, by framework",
                "of cells",
                frameworks.Select(f => new ChartBar(f.Name, Measures.PercentOf(f.Covered, f.Cells), Percent(Measures.PercentOf(f.Covered, f.Cells)))).ToList(),
                100),
            [
                new ReportTable(
                    "Cells with a course, by framework",
                    ["Framework", "Cells", "With a course", "Coverage", "No course", "1 course", "2 or more courses"],
                    frameworks.Select(f => (IReadOnlyList<string>)Row(f.Name, Count(f.Cells), Count(f.Covered), Percent(Measures.PercentOf(f.Covered, f.Cells)), Count(f.None), Count(f.One), Count(f.More))).ToList(),
                    Numeric(1, 2, 3, 4, 5, 6)),
                new ReportTable(
                    "Gaps: cells with no course",
                    ["Competence area", "Framework", "Stage"],
                    report.Gaps.Select(g => (IReadOnlyList<string>)Row(g.Area, g.Framework, $"{(int)g.Stage} {DreyfusStages.Name(g.Stage)}")).ToList(),
                    Numeric()),
            ],
            [
                "A cell is one competence area at one of the 5 Dreyfus stages. It has a course when at least one course in the catalogue is mapped to it and has not been retired by today.",
                "Only published frameworks are counted. Staff filters do not apply: the map is the same for everyone.",
            ])
        {
            Counted = $"{Count(cells)} {(cells == 1 ? "cell" : "cells")} in {Count(frameworks.Count)} {(frameworks.Count == 1 ? "framework" : "frameworks")}",
        };
    }

    public static string Headline(MappingCoverageHeadline figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var gaps = figures.Cells - figures.Covered;
        return $"{Measures.PercentOf(figures.Covered, figures.Cells)}% of training-map cells have a course; {Count(gaps)} {(gaps == 1 ? "gap" : "gaps")}.";
    }
}
