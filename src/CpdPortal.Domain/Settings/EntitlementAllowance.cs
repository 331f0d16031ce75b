namespace CpdPortal.Domain.Settings;

/// <summary>
/// A person's training allowance for a learning year (issue 15, point 5; docs/adr/0025). With the council's pro rata
/// setting on, the full allowance is scaled by the full-time equivalent and by the share of the year's days the person
/// is in post (joined or left during the year), then rounded to the nearest half day, halves up: 15 days at 0.6 FTE
/// is 9; 15 days from a start half-way through the year is 7.5. With the setting off, everyone in post has the full
/// allowance.
/// </summary>
public static class EntitlementAllowance
{
    public static decimal For(decimal fullAllowance, bool proRata, decimal fte, DatePeriod year, DateOnly startDate, DateOnly? leaveDate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fullAllowance);
        if (!proRata)
        {
            return fullAllowance;
        }

        var from = startDate > year.Start ? startDate : year.Start;
        var to = leaveDate is { } left && left < year.End ? left : year.End;
        var yearDays = year.End.DayNumber - year.Start.DayNumber + 1;
        var daysInPost = Math.Max(0, to.DayNumber - from.DayNumber + 1);
        var share = Math.Clamp(fte, 0m, 1m) * daysInPost / yearDays;
        return RoundToHalfDay(fullAllowance * share);
    }

    /// <summary>To the nearest half day, halves up (7.25 becomes 7.5, 7.2 becomes 7).</summary>
    public static decimal RoundToHalfDay(decimal days) => Math.Round(days * 2, MidpointRounding.AwayFromZero) / 2;
}
