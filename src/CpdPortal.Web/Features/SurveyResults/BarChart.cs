using System.Globalization;

namespace CpdPortal.Web.Features.SurveyResults;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: no script, no inline style (the CSP forbids both). The chart is
/// an image with a title and description; the table beside it carries the data.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<BarChart.Bar> Bars, double Maximum)
{
    public const int Width = 560;
    public const int LabelWidth = 250;
    public const int RowHeight = 26;
    private const int BarArea = Width - LabelWidth - 60;

    public int Height => (Bars.Count * RowHeight) + 8;

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The bar's length in SVG units, never negative.</summary>
    public string BarLength(Bar bar) => Number(Maximum <= 0 ? 0 : Math.Max(0, bar.Value) / Maximum * BarArea);

    public static string Y(int index) => Number((index * RowHeight) + 4);

    public static string TextY(int index) => Number((index * RowHeight) + 21);

    public string ValueX(Bar bar) => Number(LabelWidth + 8 + (Maximum <= 0 ? 0 : Math.Max(0, bar.Value) / Maximum * BarArea) + 6);

    public sealed record Bar(string Label, double Value, string ValueText);
}
