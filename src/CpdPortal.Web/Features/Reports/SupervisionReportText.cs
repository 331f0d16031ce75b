using CpdPortal.Application.Reports;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Supervision;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the supervision report (figures: <see cref="SupervisionReportQuery"/>).</summary>
public static class SupervisionReportText
{
    public static Report Format(SupervisionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var day = report.Scope.ReferenceDay;
        var statuses = report.ByStatus.Select(s => (Label: Status(s.Status), Count: s.Staff)).ToList();
        return new Report(
            ReportKind.Supervision,
            Title(ReportKind.Supervision),
            Headline(report.Headline, day),
            report.Scope.Year,
            day,
            report.Headline.Supervised,
            CountChart("Supervised staff by supervision status", "staff", statuses),
            [
                CountTable("Supervised staff by supervision status", "Status", "Staff", statuses),
                new ReportTable(
                    "By supervisor, most overdue first",
                    ["Supervisor", "Supervisees", "Overdue", "Not overdue"],
                    report.BySupervisor.Select(g => (IReadOnlyList<string>)Row(g.Supervisor, Count(g.Supervisees), Count(g.Overdue), Percent(Measures.PercentOf(g.Supervisees - g.Overdue, g.Supervisees)))).ToList(),
                    Numeric(1, 2, 3)),
                new ReportTable(
                    "Overdue, longest first",
                    ["Name", "Supervisor", "Last supervision", "Was due", "Days overdue"],
                    report.Overdue.Select(r => (IReadOnlyList<string>)Row(r.Name, r.Supervisor, r.Last is { } last ? Date(last) : "None recorded", Date(r.Due), Count(day.DayNumber - r.Due.DayNumber))).ToList(),
                    Numeric(4)),
            ],
            [
                "Due dates follow each role's supervision policy (the ASYE schedule for newly qualified social workers, monthly otherwise), one interval after the last recorded session.",
                "Staff with no supervisor are not counted here; the workforce summary on the administrator's home page counts them.",
            ]);
    }

    public static string Headline(SupervisionHeadline figures, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return $"{Measures.PercentOf(figures.Supervised - figures.Overdue, figures.Supervised)}% of {Count(figures.Supervised)} supervised staff are not overdue for supervision on {Date(day)}; {Count(figures.Overdue)} overdue.";
    }

    private static string Status(SupervisionDueStatus status) => status switch
    {
        SupervisionDueStatus.Overdue => "Overdue",
        SupervisionDueStatus.DueSoon => "Due soon",
        _ => "On time",
    };
}
