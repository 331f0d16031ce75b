using CpdPortal.Web.Authorization;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// A user signed in with a one-time password can reach only the change-password page and sign out; every other
/// request is sent to the change-password page until they choose their own password.
/// </summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    private static readonly PathString[] Open = [ChangePasswordPath, "/account/sign-out", "/health", "/error"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == PortalClaimTypes.MustChangePassword)
            && !Open.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
