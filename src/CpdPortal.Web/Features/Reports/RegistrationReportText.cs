using CpdPortal.Application.Reports;
using CpdPortal.Domain.Reporting;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the registration report (figures: <see cref="RegistrationReportQuery"/>).</summary>
public static class RegistrationReportText
{
    public static Report Format(RegistrationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (rule, day, figures) = (report.Scope.Settings.RegistrationRule, report.Scope.ReferenceDay, report.Headline);
        var registrationYear = figures.RegistrationYear;
        var split = new[] { (Label: "Meeting the rule", Count: figures.Meeting), (Label: "Not yet meeting it", Count: figures.Registered - figures.Meeting) };
        return new Report(
            ReportKind.Registration,
            Title(ReportKind.Registration),
            Headline(figures, day),
            report.Scope.Year,
            day,
            figures.Registered,
            new ReportChart("Registered social workers by the rule", "people", split.Select(s => new ChartBar(s.Label, s.Count, Count(s.Count))).ToList(), Math.Max(1, figures.Registered)),
            [
                CountTable("Registered social workers by the rule", "Against the rule", "People", split),
                new ReportTable(
                    "By team",
                    ["Team", "Registered", "Meeting the rule"],
                    report.ByTeam.Select(t => (IReadOnlyList<string>)Row(t.Team, Count(t.Registered), Percent(Measures.PercentOf(t.Meeting, t.Registered)))).ToList(),
                    Numeric(1, 2)),
                new ReportTable(
                    $"At risk: not yet meeting the rule, {Count(registrationYear.End.DayNumber - day.DayNumber)} days before the deadline",
                    ["Name", "Team", "Completed entries", "Peer reflection"],
                    report.AtRisk.Select(p => (IReadOnlyList<string>)Row(p.Name, p.Team, Count(p.Complete), p.PeerReflection ? "Yes" : "No")).ToList(),
                    Numeric(2)),
            ],
            [$"The rule: at least {rule.MinimumEntries} completed pieces of CPD in the registration year{(rule.PeerReflectionRequired ? ", at least one with a peer reflection" : string.Empty)}. The registration year runs from {Date(registrationYear.Start)} to {Date(registrationYear.End)}."]);
    }

    public static string Headline(RegistrationHeadline figures, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var end = figures.RegistrationYear.End;
        return $"{Measures.PercentOf(figures.Meeting, figures.Registered)}% of {Count(figures.Registered)} registered social workers meet the rule for the registration year ending {Date(end)} ({Count(end.DayNumber - day.DayNumber)} days left).";
    }
}
