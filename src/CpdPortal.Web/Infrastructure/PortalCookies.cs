using CpdPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// Every cookie the portal sets, all <c>__Host-</c>: Secure, HttpOnly, Path=/ and no Domain, in every environment
/// (docs/adr/0019). Browsers accept Secure cookies from http://localhost and http://127.0.0.1, so development and the
/// browser tests need no HTTPS; anywhere else the portal is served over HTTPS.
/// </summary>
public static class PortalCookies
{
    public const string Auth = "__Host-CpdPortal.Auth";
    public const string Antiforgery = "__Host-CpdPortal.Antiforgery";
    public const string TempData = "__Host-CpdPortal.TempData";
    public const string External = "__Host-CpdPortal.External";
    public const string TwoFactorUserId = "__Host-CpdPortal.TwoFactorUserId";
    public const string TwoFactorRememberMe = "__Host-CpdPortal.TwoFactorRememberMe";
    public const string Device = "__Host-CpdPortal.Device";
    public const string OidcCorrelation = "__Host-CpdPortal.Correlation.";
    public const string OidcNonce = "__Host-CpdPortal.Nonce.";

    /// <summary>
    /// Names and flags of the cookies that the framework sets for the portal (sign-in, external sign-in, TempData,
    /// OpenID Connect's correlation and nonce), the server-side sessions and the session lifetimes. The sign-in and
    /// antiforgery cookies are named in <see cref="StartupExtensions.AddCpdPortal"/>.
    /// </summary>
    public static IServiceCollection AddCpdPortalSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalSessionOptions>(configuration.GetSection(PortalSessionOptions.SectionName));
        services.AddScoped<ServerSessions>();
        services.AddSingleton<ServerSessionCache>();

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<PortalSessionOptions>>((o, sessions) => o.ExpireTimeSpan = sessions.Value.IdleTimeout)
            .PostConfigure(o =>
            {
                Harden(o.Cookie);
                ServerSessions.AttachTo(o);
            });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme).PostConfigure(o =>
        {
            o.Cookie.Name = External;
            Harden(o.Cookie);
        });
        // Identity's two-factor cookies are never issued (no two-factor sign-in), but sign-out deletes them by name.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme).PostConfigure(o =>
        {
            o.Cookie.Name = TwoFactorUserId;
            Harden(o.Cookie);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme).PostConfigure(o =>
        {
            o.Cookie.Name = TwoFactorRememberMe;
            Harden(o.Cookie);
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = TempData;
            o.Cookie.SameSite = SameSiteMode.Lax;
            Harden(o.Cookie);
        });

        // The provider posts its answer back from its own site (form_post): these two stay SameSite=None.
        services.AddOptions<OpenIdConnectOptions>(SingleSignOnSettings.Scheme).PostConfigure(o =>
        {
            o.CorrelationCookie.Name = OidcCorrelation;
            o.NonceCookie.Name = OidcNonce;
            Harden(o.CorrelationCookie);
            Harden(o.NonceCookie);
        });
        return services;
    }

    /// <summary>What the <c>__Host-</c> prefix requires, and HttpOnly.</summary>
    public static void Harden(CookieBuilder cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.Path = "/";
        cookie.Domain = null;
    }
}

/// <summary>
/// A cookie that is Secure even on a plain-HTTP request. The antiforgery system refuses to run over HTTP when its cookie
/// policy is <see cref="CookieSecurePolicy.Always"/>, yet browsers accept Secure cookies from http://localhost (development
/// and the browser tests): this builder keeps the policy at SameAsRequest for that check and marks the cookie Secure itself.
/// </summary>
public sealed class AlwaysSecureCookieBuilder : CookieBuilder
{
    public AlwaysSecureCookieBuilder()
    {
        SecurePolicy = CookieSecurePolicy.SameAsRequest;
        HttpOnly = true;
        Path = "/";
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = true;
        return options;
    }
}
