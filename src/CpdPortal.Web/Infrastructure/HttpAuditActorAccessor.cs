using System.Security.Claims;
using CpdPortal.Application.Auditing;

namespace CpdPortal.Web.Infrastructure;

/// <summary>The signed-in account and the client's IP address (after the forwarded-headers step); the system without a request.</summary>
public sealed class HttpAuditActorAccessor(IHttpContextAccessor accessor) : IAuditActorAccessor
{
    public AuditActor Current
    {
        get
        {
            var context = accessor.HttpContext;
            if (context is null)
            {
                return AuditActor.System;
            }

            var ip = context.Connection.RemoteIpAddress?.ToString();
            var user = context.User;
            return user.Identity?.IsAuthenticated == true
                ? new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? string.Empty, ip)
                : new AuditActor(null, AuditActor.SystemEmail, ip);
        }
    }

    /// <summary>A named account acting from this request (a sign-in attempt, before the cookie exists).</summary>
    public AuditActor For(string? accountId, string email) =>
        new(accountId, email, accessor.HttpContext?.Connection.RemoteIpAddress?.ToString());
}
