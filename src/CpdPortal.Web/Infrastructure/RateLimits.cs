using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// Limits on the forms that take a password or start a sign-in (section <c>RateLimits</c>, docs/adr/0019). Counted in
/// each instance's memory: with several instances behind a load balancer each one allows this many.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in, change-password and single sign-on posts from one IP address (an IPv6 /64) per <see cref="PerAddressWindow"/>.</summary>
    public int PerAddressPermitLimit { get; set; } = 120;

    public TimeSpan PerAddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Password attempts naming one account (the typed email, known or not) from devices it has not signed in on.</summary>
    public int PerAccountPermitLimit { get; set; } = 10;

    public TimeSpan PerAccountWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Password attempts from one trusted device (its device cookie) for the account it signed in to.</summary>
    public int PerDevicePermitLimit { get; set; } = 10;

    public TimeSpan PerDeviceWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a device cookie makes a browser trusted for the account that last signed in on it.</summary>
    public TimeSpan DeviceCookieLifetime { get; set; } = TimeSpan.FromDays(90);
}

public static class RateLimits
{
    /// <summary>The policy on every POST that takes a password or starts a sign-in: per IP address.</summary>
    public const string PasswordForms = "password-forms";

    /// <summary>Where the 429 answer keeps the moment to try again, for the error page.</summary>
    public const string RetryAtItem = "cpd:retry-at";

    public static IServiceCollection AddCpdPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddSingleton<AccountAttemptLimiter>();
        services.AddSingleton<DeviceCookies>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PasswordForms, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(AddressKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PerAddressPermitLimit,
                    Window = limits.PerAddressWindow,
                    QueueLimit = 0,
                });
            });

            // No body: the status-code pages re-execute /error/429, which says when to try again.
            o.OnRejected = (context, _) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.PerAddressWindow;
                Refuse(context.HttpContext, context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
                    .LogWarning("Too many requests from one address to {Path}", context.HttpContext.Request.Path.Value);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// Answers 429 with <c>Retry-After</c> in seconds (whole, rounded up) and keeps the moment for the page, which shows it
    /// in UK time.
    /// </summary>
    public static void Refuse(HttpContext context, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        context.Items[RetryAtItem] = clock.GetUtcNow().AddSeconds(seconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The words of the 429 page: when to try again, in UK time, rounded up to the next minute.</summary>
    public static string TryAgainMessage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[RetryAtItem] is not DateTimeOffset at)
        {
            return "Wait a few minutes, then try again.";
        }

        var minute = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, at.Offset);
        if (minute < at)
        {
            minute = minute.AddMinutes(1);
        }

        return $"You have tried too many times. Try again after {UkTimeFormat.Time(minute)} (UK time).";
    }

    /// <summary>An IPv4 address as it is; an IPv6 address by its /64 network, which one person usually holds whole.</summary>
    public static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }
}

/// <summary>
/// Password attempts per account (by the email typed, whether or not it has an account, so the limit itself tells
/// nobody which addresses exist), and separately per trusted device (docs/adr/0019). In memory, per instance.
/// </summary>
public sealed class AccountAttemptLimiter : IDisposable
{
    private const string DevicePrefix = "device:";
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly RateLimitOptions _limits;

    public AccountAttemptLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => key.StartsWith(DevicePrefix, StringComparison.Ordinal)
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = _limits.PerDevicePermitLimit, Window = _limits.PerDeviceWindow, QueueLimit = 0 })
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = _limits.PerAccountPermitLimit, Window = _limits.PerAccountWindow, QueueLimit = 0 }));
    }

    public static string ForEmail(string email) => "account:" + email.Trim().ToUpperInvariant();

    public static string ForUser(string userId) => "user:" + userId;

    public static string ForDevice(string deviceId) => DevicePrefix + deviceId;

    /// <summary>Takes one attempt for <paramref name="key"/>: null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        var window = key.StartsWith(DevicePrefix, StringComparison.Ordinal) ? _limits.PerDeviceWindow : _limits.PerAccountWindow;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
    }

    public void Dispose() => _limiter.Dispose();
}
