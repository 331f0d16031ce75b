using System.Globalization;
using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Workforce;

/// <summary>
/// A person's contracted working pattern and recorded absence, as the HR file gives them (issue 15, point 5):
/// the full-time equivalent (more than 0, at most 1; four decimal places, so 30 of 37 hours is 0.8108) and the
/// days absent in the last 12 months (0 to 366, to the half day).
/// </summary>
public static class WorkingPattern
{
    public const decimal FullTime = 1m;

    public const decimal MaxAbsenceDays = 366m;

    public const int FteDecimals = 4;

    public const int AbsenceDecimals = 1;

    public const string FteMessage = "Enter the FTE as a number more than 0 and at most 1, like 0.6 for three days a week";

    public const string AbsenceMessage = "Enter the days absent in the last 12 months as a number from 0 to 366, like 4 or 4.5";

    /// <summary>The full-time equivalent, or a domain error when it is not more than 0 and at most 1 (to 4 decimal places).</summary>
    public static decimal Fte(decimal fte) =>
        fte is > 0m and <= FullTime && decimal.Round(fte, FteDecimals) == fte
            ? fte
            : throw new DomainRuleException("staff.fte", FteMessage);

    /// <summary>Days absent, or a domain error when not from 0 to 366 (to one decimal place).</summary>
    public static decimal AbsenceDays(decimal days) =>
        days is >= 0m and <= MaxAbsenceDays && decimal.Round(days, AbsenceDecimals) == days
            ? days
            : throw new DomainRuleException("staff.absence", AbsenceMessage);

    /// <summary>A number as a spreadsheet writes it (digits, one decimal point, no thousands separator); null when it is not one.</summary>
    public static decimal? ParseNumber(string? cell) =>
        decimal.TryParse(cell?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}
