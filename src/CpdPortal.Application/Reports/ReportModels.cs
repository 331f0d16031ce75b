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

public static class ReportKinds
{
    /// <summary>
    /// Whether the staff filters (team, role, registration, employment, learning year) apply. A report that counts
    /// something other than staff (the training map) does not show them rather than silently ignoring them.
    /// </summary>
    public static bool FiltersStaff(ReportKind kind) => kind != ReportKind.MappingCoverage;
}

/// <summary>
/// Who a report counts: the staff in post on the reference day (the end of the learning year, or today in the current
/// one), narrowed by team, pathway role, registration and employment type. Unknown values are never applied.
/// </summary>
public sealed record ReportFilter(int Year, int? TeamId, int? RoleId, bool? Registered, EmploymentType? Employment)
{
    /// <summary>Whether anything narrows the staff beyond the learning year.</summary>
    public bool Narrowed => TeamId is not null || RoleId is not null || Registered is not null || Employment is not null;
}

/// <summary>What a report page's filter form offers, and what it ignored from the address (unknown ids).</summary>
public sealed record ReportFilterForm(
    ReportFilter Applied,
    IReadOnlyList<FilterOption> Teams,
    IReadOnlyList<FilterOption> Roles,
    IReadOnlyList<DatePeriod> Years,
    IReadOnlyList<string> Ignored);

public sealed record FilterOption(int Id, string Name);

/// <summary>
/// A bar chart drawn by the shared partial (_BarChart): the reports, the compliance report, the survey results and the
/// practice-quality report build it in the web layer from their figures.
/// </summary>
public sealed record ReportChart(string Title, string Unit, IReadOnlyList<ChartBar> Bars, decimal Max);

public sealed record ChartBar(string Label, decimal Value, string ValueText);
