using System.Globalization;
using System.Text;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Reports;
using CpdPortal.Domain.Auditing;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Reports;

/// <summary>/reports: the managers' reports (L&amp;D and administrators), each with a chart, its tables and a CSV.</summary>
[Authorize(Policy = Policies.Reports)]
[Route("reports")]
public sealed class ReportsController(ReportFilters filters, ReportsService reports, IAuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        return View(new ReportsIndexViewModel(await reports.HeadlinesAsync(ct)));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, int? year, int? team, int? role, string? registered, string? employment, CancellationToken ct)
    {
        if (ReportSlugs.Parse(slug) is not { } kind)
        {
            return NotFound();
        }

        var form = await filters.ReadAsync(Query(kind, year, team, role, registered, employment), ct);
        var report = await reports.BuildAsync(kind, form.Applied, ct);
        return View(new ReportViewModel(report, form, ReportSlugs.CsvUrl(kind, form.Applied), Enumerable.Range(1, report.Tables.Count).Select(n => ReportSlugs.CsvUrl(kind, form.Applied, n)).ToList()));
    }

    /// <summary>One table of the report per file (the first unless <paramref name="table"/> says which, from 1), its column headings on the first line.</summary>
    [HttpGet("{slug}.csv")]
    public async Task<IActionResult> Csv(string slug, int? year, int? team, int? role, string? registered, string? employment, int? table, CancellationToken ct)
    {
        if (ReportSlugs.Parse(slug) is not { } kind)
        {
            return NotFound();
        }

        var form = await filters.ReadAsync(Query(kind, year, team, role, registered, employment), ct);
        var report = await reports.BuildAsync(kind, form.Applied, ct);
        var number = table ?? 1;
        if (number < 1 || number > report.Tables.Count)
        {
            return NotFound();
        }

        // Tools read a CSV as one table: the headings on the first line, every column headed, no title lines.
        var chosen = report.Tables[number - 1];
        var rows = new List<IReadOnlyList<string?>> { chosen.Columns.ToArray() };
        rows.AddRange(chosen.Rows);

        // A CSV that names staff is audited: which report, which filters, how many named rows; never the names (issue 14).
        if (ReportAudit.NamedRows(chosen) is > 0 and var named)
        {
            await audit.RecordAsync(AuditActions.ReportDownloaded, AuditEntityTypes.Report(ReportSlugs.Slug(kind)), ReportAudit.Describe(form.Applied, named), ct);
        }

        var name = $"report-{ReportSlugs.Slug(kind)}{(number > 1 ? $"-table-{number}" : "")}-{clock.UkToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        return File(CsvFile.Write(rows), CsvFile.ContentType, name);
    }

    /// <summary>The filters asked for, or none for a report the staff filters do not apply to (they are not shown).</summary>
    private static ReportQuery Query(ReportKind kind, int? year, int? team, int? role, string? registered, string? employment) =>
        ReportsService.FiltersStaff(kind) ? new ReportQuery(year, team, role, registered, employment) : new ReportQuery(null, null, null, null, null);
}

public sealed record ReportsIndexViewModel(IReadOnlyList<ReportHeadline> Headlines);

public sealed record ReportViewModel(Report Report, ReportFilterForm Filter, string CsvUrl, IReadOnlyList<string> TableCsvUrls);

/// <summary>Report addresses: /reports/{slug}, the slug being the report's name in lower case, words joined by hyphens.</summary>
public static class ReportSlugs
{
    public static string Slug(ReportKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static ReportKind? Parse(string slug) =>
        Enum.GetValues<ReportKind>().Where(k => Slug(k) == slug).Select(k => (ReportKind?)k).FirstOrDefault();

    /// <summary>The CSV of one table (from 1): the first table's address carries no table number.</summary>
    public static string CsvUrl(ReportKind kind, ReportFilter filter, int table) =>
        table <= 1 ? CsvUrl(kind, filter) : CsvUrl(kind, filter) + (CsvUrl(kind, filter).Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"table={table.ToString(CultureInfo.InvariantCulture)}";

    public static string CsvUrl(ReportKind kind, ReportFilter filter)
    {
        if (!ReportsService.FiltersStaff(kind))
        {
            return $"/reports/{Slug(kind)}.csv";
        }

        var query = new StringBuilder($"/reports/{Slug(kind)}.csv?year={filter.Year.ToString(CultureInfo.InvariantCulture)}");
        if (filter.TeamId is { } team)
        {
            query.Append(CultureInfo.InvariantCulture, $"&team={team}");
        }

        if (filter.RoleId is { } role)
        {
            query.Append(CultureInfo.InvariantCulture, $"&role={role}");
        }

        if (filter.Registered is { } registered)
        {
            query.Append(registered ? "&registered=yes" : "&registered=no");
        }

        if (filter.Employment is { } employment)
        {
            query.Append(CultureInfo.InvariantCulture, $"&employment={employment}");
        }

        return query.ToString();
    }
}
