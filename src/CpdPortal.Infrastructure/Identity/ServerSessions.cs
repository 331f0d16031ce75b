using System.Security.Claims;
using System.Security.Cryptography;
using CpdPortal.Application.Common;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdPortal.Infrastructure.Identity;

/// <summary>Session settings (section <c>Sessions</c>): how long a sign-in lasts at most, and without activity.</summary>
public sealed class PortalSessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>A session ends this long after sign-in however active it is (ASVS 3.3.2). Default 12 hours.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A session ends after this long without a request (sliding). Default 30 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a passed session check is trusted in this instance's memory before the database is asked again
    /// (docs/adr/0031). A revoke in this instance takes effect at once; another instance's revoke, a lock or a leaver's
    /// date within this time. Default 15 seconds; zero checks the database on every request.
    /// </summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Server-side sessions (docs/adr/0019): a row per sign-in in <c>UserSessions</c>, its id kept in the sign-in cookie's
/// protected properties. Each request with the cookie costs one query by primary key (<see cref="IsActiveAsync"/>),
/// which also refuses a session whose account's security stamp has changed (password changed, roles changed, account
/// locked, single sign-on link removed), an account an administrator has locked and a staff member who has left. A
/// passed check is remembered for <see cref="PortalSessionOptions.RecheckAfter"/> (<see cref="ServerSessionCache"/>).
/// </summary>
public sealed class ServerSessions(CpdPortalDbContext db, TimeProvider clock, IOptions<PortalSessionOptions> options, IOptions<IdentityOptions> identity, ServerSessionCache cache)
{
    /// <summary>The key of the session id in the cookie's <see cref="AuthenticationProperties.Items"/>.</summary>
    public const string SessionIdItem = "cpd:session";

    /// <summary>Starts a session for <paramref name="userId"/> and returns its id; clears the account's expired sessions.</summary>
    public async Task<string> StartAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await db.UserSessions.Where(s => s.UserId == userId && s.ExpiresAt < now).ExecuteDeleteAsync(ct);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(UserSession.IdLength / 2));
        db.UserSessions.Add(new UserSession(id, userId, now, now.Add(options.Value.AbsoluteLifetime)));
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>
    /// Whether the session may still be used by <paramref name="principal"/>: not revoked, not past its absolute expiry,
    /// the account's security stamp unchanged, not locked by an administrator, its staff member not a leaver (UK date).
    /// One SQL command (primary-key lookups only), or none when this instance checked the session less than
    /// <see cref="PortalSessionOptions.RecheckAfter"/> ago and nothing revoked it here since.
    /// </summary>
    public async Task<bool> IsActiveAsync(string sessionId, ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null)
        {
            return false;
        }

        if (cache.WasRecentlyActive(sessionId, userId, stamp))
        {
            return true;
        }

        var generation = cache.GenerationOf(userId);
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        var active = await (from s in db.UserSessions
                            join u in db.Users on s.UserId equals u.Id
                            where s.Id == sessionId && s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now
                                  && u.SecurityStamp == stamp && !u.IsDisabled
                                  && !db.StaffMembers.Any(m => m.Id == u.StaffMemberId && m.LeaveDate != null && m.LeaveDate < today)
                            select s.Id).AnyAsync(ct);
        if (active)
        {
            cache.Remember(sessionId, userId, stamp, generation);
        }

        return active;
    }

    /// <summary>Ends one session (sign-out).</summary>
    public async Task RevokeAsync(string sessionId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await db.UserSessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), ct);
        cache.Forget(sessionId);
    }

    /// <summary>Ends every session of the account except <paramref name="keep"/> (a password change keeps the session it was made in).</summary>
    public async Task<int> RevokeAllAsync(string userId, string? keep = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        cache.ForgetAccount(userId);
        var revoked = await db.UserSessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != keep)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), ct);

        // Again after the update: a check that read the generation before the first bump and the row before the update
        // must not be remembered as current.
        cache.ForgetAccount(userId);
        return revoked;
    }

    /// <summary>
    /// Wires the sessions into the sign-in cookie: a row when the cookie is issued, the check on every request (before
    /// Identity's own security-stamp check, which it keeps). Called once at start-up.
    /// </summary>
    public static void AttachTo(CookieAuthenticationOptions cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        var previousSigningIn = cookie.Events.OnSigningIn;
        cookie.Events.OnSigningIn = async context =>
        {
            // RefreshSignInAsync (after a password change) and the periodic stamp check keep the properties and so the
            // session; any new sign-in starts a new one.
            if (!context.Properties.Items.ContainsKey(SessionIdItem)
                && context.Principal?.FindFirstValue(context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.UserIdClaimType) is { } userId)
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<ServerSessions>();
                context.Properties.Items[SessionIdItem] = await sessions.StartAsync(userId, context.HttpContext.RequestAborted);
            }

            await previousSigningIn(context);
        };

        var previousValidate = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<ServerSessions>();
            if (context.Principal is null
                || !context.Properties.Items.TryGetValue(SessionIdItem, out var sessionId)
                || string.IsNullOrEmpty(sessionId)
                || !await sessions.IsActiveAsync(sessionId, context.Principal, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await previousValidate(context);
        };
    }
}
