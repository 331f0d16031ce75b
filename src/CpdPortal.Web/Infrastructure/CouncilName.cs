using CpdPortal.Application.Common;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// The council's name for the header and titles: the administrator's setting, or the configured Council:Name
/// when none is set (or the database cannot be read, so error pages still render). Cached as long as the settings
/// row (SettingsCache.Lifetime, docs/adr/0021) and forgotten when the settings are saved.
/// </summary>
public sealed class CouncilName(IMemoryCache cache, ICouncilNameSource source, IOptions<CouncilOptions> options, ILogger<CouncilName> logger)
{
    private const string CacheKey = "council-name";

    public async Task<string> GetAsync()
    {
        if (cache.TryGetValue(CacheKey, out string? cached) && cached is not null)
        {
            return cached;
        }

        string? name;
        try
        {
            name = await source.ReadAsync();
        }
        catch (CouncilNameUnavailableException ex)
        {
            logger.LogWarning(ex, "Could not read the council name; using the configured one");
            return options.Value.Name;
        }

        var result = string.IsNullOrWhiteSpace(name) ? options.Value.Name : name;
        cache.Set(CacheKey, result, SettingsCache.Lifetime);
        return result;
    }

    public void Forget() => cache.Remove(CacheKey);
}
