using System.Collections.Concurrent;
using System.Diagnostics;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Common;

/// <summary>Implemented by the database context: which database a settings row belongs to (the cache's key).</summary>
public interface ISettingsCacheKey
{
    string SettingsCacheKey { get; }
}

/// <summary>
/// The council's settings row, read on nearly every page, kept in memory per database for
/// <see cref="Lifetime"/> (docs/adr/0021-settings-cached-with-a-short-expiry.md). The instance that saves the settings
/// forgets them at once; other instances of the portal read the new row within <see cref="Lifetime"/>. The expiry is
/// measured on the process's monotonic clock, not the portal's TimeProvider, because it is not a business date.
/// </summary>
public static class SettingsCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, (PortalSettings Settings, long ExpiresAt)> Entries = new(StringComparer.Ordinal);

    /// <summary>The cached row of this context's database, or null when there is none or it has expired.</summary>
    public static PortalSettings? Find(ICpdPortalDbContext db) =>
        db is ISettingsCacheKey keyed && Entries.TryGetValue(keyed.SettingsCacheKey, out var entry) && Stopwatch.GetTimestamp() < entry.ExpiresAt
            ? entry.Settings
            : null;

    public static void Store(ICpdPortalDbContext db, PortalSettings settings)
    {
        if (db is ISettingsCacheKey keyed)
        {
            Entries[keyed.SettingsCacheKey] = (settings, Stopwatch.GetTimestamp() + (long)(Lifetime.TotalSeconds * Stopwatch.Frequency));
        }
    }

    /// <summary>After the settings were saved: the next read goes to the database.</summary>
    public static void Forget(ICpdPortalDbContext db)
    {
        if (db is ISettingsCacheKey keyed)
        {
            Entries.TryRemove(keyed.SettingsCacheKey, out _);
        }
    }
}
