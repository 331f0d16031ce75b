using CpdPortal.Application.Reports;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the entitlement report (figures: <see cref="EntitlementReportQuery"/>).</summary>
public static class EntitlementReportText
{
    public static Report Format(EntitlementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = report.Scope.Settings;
        var bands = report.Bands.Select(b => (b.Label, b.Count)).ToList();
        return new Report(
            ReportKind.Entitlement,
            Title(ReportKind.Entitlement),
            Headline(report.Headline, settings),
            report.Scope.Year,
            report.Scope.ReferenceDay,
            report.Headline.Staff,
            CountChart("Staff by share of the allowance used", "staff", bands),
            [
                CountTable("Staff by share of the allowance used", "Share of the allowance used", "Staff", bands),
                new ReportTable(
                    "By team",
                    ["Team", "Staff", "Mean days used", "Mean allowance", "At or above the allowance"],
                    report.ByTeam.Select(t => (IReadOnlyList<string>)Row(t.Team, Count(t.Staff), Days(t.MeanDays), Days(t.MeanAllowance), Percent(Measures.PercentOf(t.AtOrAbove, t.Staff)))).ToList(),
                    Numeric(1, 2, 3, 4)),
            ],
            [
                $"Counts completed CPD in the learning year whose method counts towards the entitlement (formal learning, such as courses, conferences, e-learning and study days; not supervision or reading), as working days of {Days(settings.WorkingDayHours)} hours.",
                settings.EntitlementProRata
                    ? $"Staff are counted if they are in post on the reference day shown. Each person's allowance is {Days(settings.EntitlementDays)} days pro rata to their full-time equivalent (from the HR import) and to the part of the learning year they are in post, to the nearest half day; the council can switch this off in its settings."
                    : $"Staff are counted if they are in post on the reference day shown; the council's settings say the allowance of {Days(settings.EntitlementDays)} days is not reduced for part-time staff or part years.",
            ]);
    }

    public static string Headline(EntitlementHeadline figures, PortalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(settings);
        return $"{Measures.PercentOf(figures.AtOrAbove, figures.Staff)}% of {Count(figures.Staff)} staff have used their full "
               + (settings.EntitlementProRata ? $"allowance ({Days(settings.EntitlementDays)} days full time, pro rata)" : $"{Days(settings.EntitlementDays)} days")
               + $"; the mean is {Days(figures.MeanDays)} days.";
    }
}
