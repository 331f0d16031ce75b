using System.Globalization;
using CpdPortal.Application.Reports;

namespace CpdPortal.Web.Features.Reports;

/// <summary>How the reports write numbers, per cents, days and dates (en-GB), and their titles.</summary>
public static class ReportText
{
    public static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Title(ReportKind kind) => kind switch
    {
        ReportKind.Entitlement => "Training days against the entitlement",
        ReportKind.Plans => "CPD plans",
        ReportKind.Supervision => "Supervision on time",
        ReportKind.Registration => "Social Work England registration CPD",
        ReportKind.MappingCoverage => "Coverage of the training map",
        ReportKind.Stages => "Validated stages",
        ReportKind.StagesOverTime => "Stages over time",
        ReportKind.Workforce => "Workforce and CPD engagement",
        ReportKind.Courses => "Courses: uptake and impact",
        _ => kind.ToString(),
    };

    public static string[] Row(params string[] cells) => cells;

    public static HashSet<int> Numeric(params int[] columns) => [.. columns];

    public static string Count(int n) => n.ToString("N0", Uk);

    public static string Percent(int n) => n.ToString(Uk) + "%";

    public static string Days(decimal days) => days.ToString("0.#", Uk);

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Uk);

    /// <summary>A chart whose bars are counts, scaled to the largest (at least 1).</summary>
    public static ReportChart CountChart(string title, string unit, IEnumerable<(string Label, int Count)> bars)
    {
        var list = bars.ToList();
        return new ReportChart(title, unit, list.Select(b => new ChartBar(b.Label, b.Count, Count(b.Count))).ToList(), Math.Max(1, list.Select(b => b.Count).DefaultIfEmpty().Max()));
    }

    /// <summary>A one-column-of-counts table: a label and a count per row.</summary>
    public static ReportTable CountTable(string caption, string labelColumn, string countColumn, IEnumerable<(string Label, int Count)> rows) =>
        new(caption, [labelColumn, countColumn], rows.Select(r => (IReadOnlyList<string>)Row(r.Label, Count(r.Count))).ToList(), Numeric(1));
}
