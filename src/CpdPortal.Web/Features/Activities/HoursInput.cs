using System.Globalization;

namespace CpdPortal.Web.Features.Activities;

/// <summary>The hours box of the activity form, as typed: "1.5", " 7.4 ", "2". Parsed with the invariant culture.</summary>
public static class HoursInput
{
    public const string NotANumber = "Enter hours as a number, like 1.5";

    private const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
                                        | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>
    /// The number, or null with no error when the box is empty (the domain says "Enter how many hours..."), or null
    /// with <see cref="NotANumber"/> for anything else. No thousands separators: "1,5" is not fifteen.
    /// </summary>
    public static (decimal? Hours, string? Error) Parse(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return (null, null);
        }

        return decimal.TryParse(typed, Styles, CultureInfo.InvariantCulture, out var hours)
            ? (hours, null)
            : (null, NotANumber);
    }

    /// <summary>Hours as the form shows them again: "7.4", "1.5", "2".</summary>
    public static string Format(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
