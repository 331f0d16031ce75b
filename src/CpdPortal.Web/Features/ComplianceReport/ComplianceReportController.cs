using System.Globalization;
using CpdPortal.Application.Certifications;
using CpdPortal.Application.Common;
using CpdPortal.Application.Reports;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.ComplianceReport;

/// <summary>
/// /reports/compliance: who holds the certifications their role requires today, by certification, team and role,
/// filtered by team, role and certification, with a chart, its tables and a CSV (headings on line 1).
/// </summary>
[Authorize(Policy = Policies.Reports)]
[Route("reports")]
public sealed class ComplianceReportController(ComplianceReportService reports, TimeProvider clock) : Controller
{
    /// <summary>The CSV's first line.</summary>
    public static readonly IReadOnlyList<string?> CsvHeadings =
        ["Team", "Role", "Certification", "People required to hold it", "Active", "Due for renewal", "Lapsed", "Never held", "Compliant (%)"];

    [HttpGet("compliance")]
    public async Task<IActionResult> Index(int? team, int? role, int? certification, CancellationToken ct)
    {
        var form = await reports.ReadFilterAsync(team, role, certification, ct);
        var report = await reports.BuildAsync(form, ct);
        return View(new ComplianceReportViewModel(report, form, Chart(report)));
    }

    [HttpGet("compliance.csv")]
    public async Task<IActionResult> Csv(int? team, int? role, int? certification, CancellationToken ct)
    {
        var form = await reports.ReadFilterAsync(team, role, certification, ct);
        var report = await reports.BuildAsync(form, ct);
        var rows = new List<IReadOnlyList<string?>> { CsvHeadings };
        rows.AddRange(report.Lines.Select(l => (IReadOnlyList<string?>)
        [
            l.Team, l.Role, l.Certification, N(l.Counts.Total), N(l.Counts.Active), N(l.Counts.DueSoon), N(l.Counts.Lapsed), N(l.Counts.NotHeld),
            Percent(l.Counts),
        ]));
        var name = $"report-compliance-{clock.UkToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        return File(CsvFile.Write(rows), CsvFile.ContentType, name);
    }

    public static string Percent(StatusCounts counts) =>
        counts.Total == 0 ? "0" : Math.Round(100m * counts.Compliant / counts.Total, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static ReportChart Chart(Application.Certifications.ComplianceReport report) => new(
        "Share of people holding each required certification today",
        "% compliant",
        report.ByCertification.Select(l => new ChartBar(l.Group, l.CompliantPercent, l.CompliantPercent.ToString("0.#", CultureInfo.InvariantCulture) + "%")).ToList(),
        100);
}

public sealed record ComplianceReportViewModel(Application.Certifications.ComplianceReport Report, ComplianceFilterForm Filter, ReportChart Chart);
