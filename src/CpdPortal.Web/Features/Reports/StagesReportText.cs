using CpdPortal.Application.Reports;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the validated-stages report (figures: <see cref="StagesReportQuery"/>).</summary>
public static class StagesReportText
{
    public static Report Format(StagesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var totals = report.Totals.Select(t => (Label: DreyfusStages.Name(t.Stage), t.Count)).ToList();
        return new Report(
            ReportKind.Stages,
            Title(ReportKind.Stages),
            Headline(report.Headline),
            report.Scope.Year,
            report.Scope.ReferenceDay,
            report.Headline.Population,
            CountChart("Validated stages across all areas", "validations", totals),
            [
                CountTable("Validated stages across all areas", "Stage", "Validations", totals),
                new ReportTable(
                    "By competence area",
                    ["Competence area", .. DreyfusStages.All.Select(s => DreyfusStages.Name(s.Stage)), "People validated"],
                    report.ByArea.Select(a => (IReadOnlyList<string>)[$"{a.Area} ({a.Framework})", .. a.ByStage.Select(Count), Count(a.ByStage.Sum())]).ToList(),
                    Numeric(1, 2, 3, 4, 5, 6)),
            ],
            ["Each person counts once per area, at the stage of their latest validation on or before the reference day. Self-assessments that no supervisor has validated are not counted."]);
    }

    public static string Headline(StagesHeadline figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return $"{Measures.PercentOf(figures.Validated, figures.Population)}% of {Count(figures.Population)} staff have at least one stage validated by a supervisor.";
    }
}
