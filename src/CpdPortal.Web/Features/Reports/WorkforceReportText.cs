using CpdPortal.Application.Reports;
using CpdPortal.Domain.Reporting;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the workforce report (figures: <see cref="WorkforceReportQuery"/>).</summary>
public static class WorkforceReportText
{
    private static readonly string[] GroupColumns =
        ["Staff in post", "Agency share", "CPD days per person", "Absence reported for", "Absence days per person"];

    public static Report Format(WorkforceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var quarters = report.Quarters.Select(q => (Label: $"{q.Start.ToString("MMM yyyy", Uk)} to {q.End.ToString("MMM yyyy", Uk)}", Quarter: q)).ToList();
        return new Report(
            ReportKind.Workforce,
            Title(ReportKind.Workforce),
            Headline(report.Headline, report.Scope.ReferenceDay),
            report.Scope.Year,
            report.Scope.ReferenceDay,
            report.Headline.InPost,
            new ReportChart(
                "CPD days per person in post, by quarter",
                "days",
                quarters.Select(q => new ChartBar(q.Label, q.Quarter.DaysPerPerson, q.Quarter.DaysPerPerson.ToString("0.00", Uk))).ToList(),
                Math.Max(0.1m, quarters.Max(q => q.Quarter.DaysPerPerson))),
            [
                new ReportTable(
                    "By quarter of the learning year",
                    ["Quarter", "Headcount at the end", "Agency", "Agency share", "Leavers", "CPD days per person"],
                    quarters.Select(x => (IReadOnlyList<string>)Row(x.Label, Count(x.Quarter.Headcount), Count(x.Quarter.Agency), Percent(Measures.PercentOf(x.Quarter.Agency, x.Quarter.Headcount)), Count(x.Quarter.Leavers), x.Quarter.DaysPerPerson.ToString("0.00", Uk))).ToList(),
                    Numeric(1, 2, 3, 4, 5)),
                new ReportTable("By team, staff in post on the reference day", ["Team", .. GroupColumns], report.ByTeam.Select(GroupRow).ToList(), Numeric(1, 2, 3, 4, 5)),
                new ReportTable("By pathway role, staff in post on the reference day", ["Pathway role", .. GroupColumns], report.ByRole.Select(GroupRow).ToList(), Numeric(1, 2, 3, 4, 5)),
            ],
            [
                "These figures sit side by side to show association only: they do not show that one causes the other.",
                "CPD days count completed CPD whose method counts towards the entitlement, in the quarter, shared over the staff in post at its end (or today, for the current quarter).",
                "In the tables by team and by role, CPD days per person count the whole learning year so far. Absence days per person are the days absent in the last 12 months as the HR import last reported them, averaged over the staff it reported them for; staff with none reported are left out of that average, not counted as 0.",
            ]);
    }

    public static string Headline(WorkforceHeadline figures, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return $"{Count(figures.InPost)} staff in post on {Date(day)}, {Measures.PercentOf(figures.Agency, figures.InPost)}% agency; {Count(figures.Leavers)} {(figures.Leavers == 1 ? "leaver" : "leavers")} this learning year.";
    }

    private static IReadOnlyList<string> GroupRow(WorkforceGroup g) => Row(
        g.Name ?? "No pathway role",
        Count(g.Staff),
        Percent(Measures.PercentOf(g.Agency, g.Staff)),
        Days(g.MeanCpdDays),
        Count(g.AbsenceReported),
        g.MeanAbsenceDays is { } absence ? Days(absence) : "Not reported");
}
