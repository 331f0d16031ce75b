using System.Globalization;

namespace CpdPortal.Web.Features.CourseEvaluation;

/// <summary>How the evaluation's figures read: means to one decimal place, shifts signed, "no answers yet" for none.</summary>
public static class EvaluationText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Mean(double? mean) => mean is { } m ? m.ToString("0.0", EnGb) + " out of 5" : "No answers yet";

    public static string Shift(double? shift) => shift switch
    {
        null => "No answers yet",
        > 0 => "+" + shift.Value.ToString("0.0", EnGb),
        _ => shift.Value.ToString("0.0", EnGb),
    };

    public static string Share(int part, int whole) => whole == 0 ? "0%" : Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero).ToString("0", EnGb) + "%";
}
