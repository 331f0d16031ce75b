using CpdPortal.Application.Common;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Planning;

/// <summary>The learning year (from the council's settings) that contains a day: plans are one per learning year.</summary>
internal static class LearningYears
{
    public static async Task<DatePeriod> ContainingAsync(ICpdPortalDbContext db, DateOnly day, CancellationToken ct)
    {
        var settings = await db.PortalSettingsAsync(ct);
        return settings.LearningYear.PeriodContaining(day);
    }
}
