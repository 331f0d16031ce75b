using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Common;

public static class SettingsQuery
{
    /// <summary>
    /// The council's settings row (seeded with every database), from <see cref="SettingsCache"/> when it holds it. If
    /// it were ever missing, the defaults apply, the same for every page. Callers only read it: it may be shared.
    /// </summary>
    public static async Task<PortalSettings> PortalSettingsAsync(this ICpdPortalDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (SettingsCache.Find(db) is { } cached)
        {
            return cached;
        }

        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == PortalSettings.SingletonId, ct);
        if (settings is null)
        {
            return new PortalSettings();
        }

        SettingsCache.Store(db, settings);
        return settings;
    }
}
