using System.Globalization;
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
public sealed class ReportsController(ReportFilters filters, ReportPages reports, IAuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        return View(new ReportsIndexViewModel(await reports.HeadlinesAsync(ct), reports.KeptFor));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, int? year, int? team, int? role, string? registered, string? employment, CancellationToken ct)
    {
        if (ReportSlugs.Parse(slug) is not { } kind)
        {
            return NotFound();
        }

        var form = await filters.ReadAsync(Query(kind, year, team, role, registered, employment), ReportKinds.FiltersStaff(kind), ct);
        var report = await reports.BuildAsync(kind, form.Applied, ct);
        return View(new ReportViewModel(report, form, reports.KeptFor));
    }

    /// <summary>One table of the report per file (the first unless <paramref name="table"/> says which, from 1), its column headings on the first line.</summary>
    [HttpGet("{slug}.csv")]
    public async Task<IActionResult> Csv(string slug, int? year, int? team, int? role, string? registered, string? employment, int? table, CancellationToken ct)
    {
        if (ReportSlugs.Parse(slug) is not { } kind)
        {
            return NotFound();
        }

        var form = await filters.ReadAsync(Query(kind, year, team, role, registered, employment), ReportKinds.FiltersStaff(kind), ct);
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
        ReportKinds.FiltersStaff(kind) ? new ReportQuery(year, team, role, registered, employment) : new ReportQuery(null, null, null, null, null);
}

/// <summary>The index's headlines, and how long kept council-wide figures are kept (for the sentence that says so).</summary>
public sealed record ReportsIndexViewModel(ReportIndex Index, TimeSpan KeptFor);

/// <summary>A report page: the report, its filter form, and the route values of each table's CSV download.</summary>
public sealed record ReportViewModel(Report Report, ReportFilterForm Filter, TimeSpan KeptFor)
{
    /// <summary>
    /// The route values of the CSV of one table (from 1) for <c>asp-all-route-data</c>: the report's slug, the filters
    /// applied (none for a report the staff filters do not apply to), and the table's number after the first.
    /// </summary>
    public IDictionary<string, string> CsvRoute(int table)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["slug"] = ReportSlugs.Slug(Report.Kind) };
        var applied = Filter.Applied;
        if (Report.FiltersStaff)
        {
            values["year"] = applied.Year.ToString(CultureInfo.InvariantCulture);
            Add(values, "team", applied.TeamId?.ToString(CultureInfo.InvariantCulture));
            Add(values, "role", applied.RoleId?.ToString(CultureInfo.InvariantCulture));
            Add(values, "registered", applied.Registered switch { true => "yes", false => "no", null => null });
            Add(values, "employment", applied.Employment?.ToString());
        }

        Add(values, "table", table > 1 ? table.ToString(CultureInfo.InvariantCulture) : null);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }
}

/// <summary>When kept council-wide figures were worked out and how long they are kept, for the sentence that says so.</summary>
public sealed record KeptFiguresNote(DateTimeOffset At, TimeSpan KeptFor)
{
    /// <summary>"15 minutes", "1 minute", "2 hours".</summary>
    public string KeptForText => KeptFor.TotalMinutes switch
    {
        < 120 and var m => $"{Math.Max(1, (int)Math.Round(m))} minute{(Math.Round(m) <= 1 ? "" : "s")}",
        var m => $"{(int)Math.Round(m / 60)} hours",
    };
}

/// <summary>Report addresses: /reports/{slug}, the slug being the report's name in lower case, words joined by hyphens.</summary>
public static class ReportSlugs
{
    public static string Slug(ReportKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static ReportKind? Parse(string slug) =>
        Enum.GetValues<ReportKind>().Where(k => Slug(k) == slug).Select(k => (ReportKind?)k).FirstOrDefault();
}
