namespace CpdPortal.Application.Common;

public static class TimeProviderExtensions
{
    private static readonly TimeZoneInfo UkTime = FindUkTimeZone();

    /// <summary>Today's date in the UK, where the council works.</summary>
    public static DateOnly UkToday(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime).DateTime);

    private static TimeZoneInfo FindUkTimeZone()
    {
        return TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
