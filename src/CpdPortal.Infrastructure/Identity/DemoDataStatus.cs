using CpdPortal.Application.Common;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CpdPortal.Infrastructure.Identity;

/// <inheritdoc />
public sealed class DemoDataStatus(CpdPortalDbContext db, IMemoryCache cache) : IDemoDataStatus
{
    private const string CacheKey = "demo-data-present";

    public async Task<bool> IsPresentAsync(CancellationToken ct = default)
    {
        if (cache.TryGetValue(CacheKey, out bool present))
        {
            return present;
        }

        var suffix = "@" + SeedOptions.DemoEmailDomain.ToUpperInvariant();
        present = await db.Users.AnyAsync(u => u.NormalizedEmail != null && u.NormalizedEmail.EndsWith(suffix), ct);
        cache.Set(CacheKey, present, TimeSpan.FromMinutes(1));
        return present;
    }
}
