using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Common;

public static class SettingsQuery
{
    /// <summary>
    /// The council's settings row (seeded with every database). If it were ever missing, the defaults apply, the
    /// same for every page.
    /// </summary>
    public static async Task<PortalSettings> PortalSettingsAsync(this ICpdPortalDbContext db, CancellationToken ct) =>
        await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == PortalSettings.SingletonId, ct) ?? new PortalSettings();
}
