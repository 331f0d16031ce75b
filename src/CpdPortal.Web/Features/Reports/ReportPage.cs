using CpdPortal.Application.Reports;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Web.Features.Reports;

/// <summary>
/// One report, ready for the generic page: a headline, a chart of bars (the first table carries the same data), the
/// tables, and notes on how it is counted. Cells are text already formatted for people and CSV alike; the figures
/// come from the report's query class in Application/Reports and the words from its formatter here.
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
    /// <summary>Whether the staff filters apply (<see cref="ReportKinds.FiltersStaff"/>).</summary>
    public bool FiltersStaff => ReportKinds.FiltersStaff(Kind);

    /// <summary>What is counted, when it is not people (for example "180 cells in 3 frameworks"); null for people.</summary>
    public string? Counted { get; init; }

    /// <summary>When kept council-wide figures were worked out (docs/adr/0041); null when they were worked out for this request.</summary>
    public DateTimeOffset? FiguresAsAt { get; init; }
}

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
