using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// OWASP's "device cookie" (docs/adr/0019): after a correct password the browser gets a signed, encrypted cookie naming
/// the account and a random device id. A later password attempt for that account from that browser is counted against
/// the device, not the account, and is not refused by a lockout that other people's wrong passwords caused, so nobody
/// who merely knows an email address can keep its owner (an administrator included) out of a browser they have used.
/// </summary>
public sealed class DeviceCookies(IDataProtectionProvider dataProtection, TimeProvider clock, IOptions<RateLimitOptions> options)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("CpdPortal.DeviceCookie.v1");

    /// <summary>The device id when the request carries a valid, unexpired device cookie for <paramref name="userId"/>; else null.</summary>
    public string? TrustedDeviceFor(HttpRequest request, string userId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Cookies.TryGetValue(PortalCookies.Device, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null; // tampered, or made with a key this portal does not hold
        }

        var parts = payload.Split('|');
        return parts.Length == 3
               && string.Equals(parts[0], userId, StringComparison.Ordinal)
               && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
               && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            ? parts[1]
            : null;
    }

    /// <summary>Gives the browser a device cookie for <paramref name="userId"/> (after a correct password), keeping its device id if it had one.</summary>
    public void Issue(HttpResponse response, string userId, string? deviceId)
    {
        ArgumentNullException.ThrowIfNull(response);
        var lifetime = options.Value.DeviceCookieLifetime;
        var expires = clock.GetUtcNow().Add(lifetime);
        deviceId ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var value = _protector.Protect(string.Join('|', userId, deviceId, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        response.Cookies.Append(PortalCookies.Device, value, new CookieOptions
        {
            Secure = true,
            HttpOnly = true,
            Path = "/",
            SameSite = SameSiteMode.Strict,
            MaxAge = lifetime,
            IsEssential = true,
        });
    }
}
