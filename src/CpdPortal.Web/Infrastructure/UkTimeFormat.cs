using System.Globalization;
using CpdPortal.Application.Common;

namespace CpdPortal.Web.Infrastructure;

/// <summary>Instants as people in the UK read them: "22 November 2026", "22 November 2026 at 10:05am".</summary>
public static class UkTimeFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkZone = TimeProviderExtensions.UkTimeZone;

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkZone).ToString("d MMMM yyyy", EnGb);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", EnGb);

    public static string DateTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, UkZone);
        return local.ToString("d MMMM yyyy 'at' h:mm", EnGb) + (local.Hour < 12 ? "am" : "pm");
    }

    /// <summary>"10:05am", "3:30pm".</summary>
    public static string Time(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, UkZone);
        return local.ToString("h:mm", EnGb) + (local.Hour < 12 ? "am" : "pm");
    }
}
