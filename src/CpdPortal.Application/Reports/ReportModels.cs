using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Application.Reports;

/// <summary>The reports there are, in the order the index lists them; the slug is the URL (/reports/{slug}).</summary>
public enum ReportKind
{
    Entitlement,
    Plans,
    Supervision,
    Registration,
    Courses,
    MappingCoverage,
    Stages,
    StagesOverTime,
    Workforce,
}

/// <summary>
/// Who a report counts: the staff in post on the reference day (the end of the learning year, or today in the current
/// one), narrowed by team, pathway role, registration and employment type. Unknown values are never applied.
/// </summary>
public sealed record ReportFilter(int Year, int? TeamId, int? RoleId, bool? Registered, EmploymentType? Employment);

/// <summary>What a report page's filter form offers, and what it ignored from the address (unknown ids).</summary>
public sealed record ReportFilterForm(
    ReportFilter Applied,
    IReadOnlyList<FilterOption> Teams,
    IReadOnlyList<FilterOption> Roles,
    IReadOnlyList<DatePeriod> Years,
    IReadOnlyList<string> Ignored);

public sealed record FilterOption(int Id, string Name);

/// <summary>
/// One report, ready for the generic page: a headline, a chart of bars (the first table carries the same data), the
/// tables, and notes on how it is counted. Cells are text already formatted for people and CSV alike.
/// </summary>
public sealed record Report(
    ReportKind Kind,
    string Title,
    string Headline,
    DatePeriod Year,
    DateOnly ReferenceDay,
    int Population,
    ReportChart Chart,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Whether the staff filters (team, role, registration, employment, learning year) apply. A report that counts
    /// something other than staff (the training map) does not show them rather than silently ignoring them.
    /// </summary>
    public bool FiltersStaff => ReportsService.FiltersStaff(Kind);

    /// <summary>What is counted, when it is not people (for example "180 cells in 3 frameworks"); null for people.</summary>
    public string? Counted { get; init; }
}

public sealed record ReportChart(string Title, string Unit, IReadOnlyList<ChartBar> Bars, decimal Max);

public sealed record ChartBar(string Label, decimal Value, string ValueText);

/// <summary>A table: columns, rows of text cells, and which columns are numbers (right-aligned).</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int> NumericColumns)
{
    /// <summary>A chart of this table's figures, drawn just before it (the report's own chart is drawn first).</summary>
    public ReportChart? Chart { get; init; }

    /// <summary>Rows beyond this are cut from the page (the CSV has them all) so a long list never becomes a huge page.</summary>
    public const int RowsShown = 50;
}

/// <summary>The reports index: one headline per report for the current year.</summary>
public sealed record ReportHeadline(ReportKind Kind, string Title, string Headline);
