using System.Globalization;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// The three boxes of the GOV.UK date input (day, month, year) as typed. Bound as Name.Day, Name.Month, Name.Year;
/// rendered by &lt;govuk-date-input&gt;. Keeps what was typed so a bad date can be shown again.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();

    /// <summary>
    /// The date, or the GOV.UK message for what is wrong. <paramref name="what"/> names the date in messages,
    /// e.g. "the date of the activity".
    /// </summary>
    public (DateOnly? Date, string? Error) Parse(string what, bool required = true)
    {
        if (IsEmpty)
        {
            return (null, required ? $"Enter {what}" : null);
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day))
        {
            missing.Add("day");
        }

        if (string.IsNullOrWhiteSpace(Month))
        {
            missing.Add("month");
        }

        if (string.IsNullOrWhiteSpace(Year))
        {
            missing.Add("year");
        }

        if (missing.Count > 0)
        {
            return (null, $"{Capitalise(what)} must include a {string.Join(" and a ", missing)}");
        }

        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return (null, $"{Capitalise(what)} must be a real date");
        }

        if (Year!.Trim().Length != 4)
        {
            return (null, "Year must include 4 numbers");
        }

        if (year < 1900 || year > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (null, $"{Capitalise(what)} must be a real date");
        }

        return (new DateOnly(year, month, day), null);
    }

    private static string Capitalise(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
