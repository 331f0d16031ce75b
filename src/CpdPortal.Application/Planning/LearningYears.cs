using CpdPortal.Application.Common;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Planning;

/// <summary>The learning year (from the council's settings) that contains a day: plans are one per learning year.</summary>
internal static class LearningYears
{
    public static async Task<DatePeriod> ContainingAsync(ICpdPortalDbContext db, DateOnly day, CancellationToken ct)
    {
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == PortalSettings.SingletonId, ct)
                       ?? new PortalSettings();
        return settings.LearningYear.PeriodContaining(day);
    }
}
