namespace CpdPortal.Web.Features.Shared;

/// <summary>
/// Fits a bar's label into the chart's label column (SVG text does not wrap): up to two lines split between words,
/// the second cut with an ellipsis if still too long. The chart's description and its table keep the full label.
/// </summary>
public static class ChartLabels
{
    /// <summary>About the characters of 16px Arial that fit in the 300-unit label column.</summary>
    public const int LineLength = 36;

    public static IReadOnlyList<string> Lines(string label, int lineLength = LineLength)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Length <= lineLength)
        {
            return [label];
        }

        var split = label.LastIndexOf(' ', lineLength);
        var first = split > 0 ? label[..split] : label[..lineLength];
        var rest = label[first.Length..].Trim();
        if (rest.Length <= lineLength)
        {
            return [first, rest];
        }

        var cut = rest[..(lineLength - 1)];
        var space = cut.LastIndexOf(' ');
        return [first, (space > 0 ? cut[..space] : cut).TrimEnd(',', ';', ':', ' ') + "…"];
    }
}
