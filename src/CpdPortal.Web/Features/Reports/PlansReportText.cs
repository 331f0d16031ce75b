using CpdPortal.Application.Reports;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Reporting;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the plans report (figures: <see cref="PlansReportQuery"/>).</summary>
public static class PlansReportText
{
    public static Report Format(PlansReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var counts = report.ByStatus.Select(s => (Label: State(s.Status), Count: s.Staff)).ToList();
        return new Report(
            ReportKind.Plans,
            Title(ReportKind.Plans),
            Headline(report.Headline),
            report.Scope.Year,
            report.Scope.ReferenceDay,
            report.Headline.Staff,
            CountChart("Staff by the state of their plan", "staff", counts),
            [
                CountTable("Staff by the state of their plan", "Plan", "Staff", counts),
                new ReportTable(
                    "By team",
                    ["Team", "Staff", "With an approved plan", "With no plan"],
                    report.ByTeam.Select(t => (IReadOnlyList<string>)Row(t.Team, Count(t.Staff), Percent(Measures.PercentOf(t.Approved, t.Staff)), Count(t.WithoutPlan))).ToList(),
                    Numeric(1, 2, 3)),
                new ReportTable(
                    "Staff without an approved plan",
                    ["Name", "Team", "Supervisor", "Plan"],
                    report.WithoutApprovedPlan.Select(p => (IReadOnlyList<string>)Row(p.Name, p.Team, p.Supervisor ?? "No supervisor", State(p.Status))).ToList(),
                    Numeric()),
            ],
            ["The source survey's baseline: 58% of staff had no development plan."]);
    }

    public static string Headline(PlansHeadline figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return $"{Measures.PercentOf(figures.Approved, figures.Staff)}% of {Count(figures.Staff)} staff have an approved plan for this learning year; {Measures.PercentOf(figures.WithoutPlan, figures.Staff)}% have none.";
    }

    private static string State(PlanStatus? status) => status switch
    {
        null => "No plan",
        PlanStatus.Approved => "Approved",
        PlanStatus.Submitted => "Submitted for review",
        PlanStatus.ChangesRequested => "Changes requested",
        _ => "Draft",
    };
}
