namespace CpdPortal.Application.Common;

public static class TimeProviderExtensions
{
    /// <summary>The UK's time zone (Europe/London), or UTC where the machine has no time-zone data.</summary>
    public static TimeZoneInfo UkTimeZone { get; } = FindUkTimeZone();

    /// <summary>Today's date in the UK, where the council works.</summary>
    public static DateOnly UkToday(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTimeZone).DateTime);

    private static TimeZoneInfo FindUkTimeZone()
    {
        return TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
