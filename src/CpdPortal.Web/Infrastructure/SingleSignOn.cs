using System.Security.Claims;
using CpdPortal.Application.Auditing;
using CpdPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CpdPortal.Web.Infrastructure;

/// <summary>Who may still sign in with a password when single sign-on is on (<c>Authentication:LocalPasswords</c>).</summary>
public enum LocalPasswordPolicy
{
    /// <summary>Everyone with a password (the default, and the only sensible choice without single sign-on).</summary>
    Everyone,

    /// <summary>Only administrators (the break-glass account); everyone else uses the council sign-in.</summary>
    AdministratorsOnly,
}

/// <summary>
/// Single sign-on with the council's identity provider over OpenID Connect (ADR 0018), read once at start-up from
/// <c>Authentication:Oidc:*</c>. Off unless an authority and a client id are set; <c>Enabled=false</c> turns it off.
/// The client secret comes from configuration or the environment (<c>Authentication__Oidc__ClientSecret</c>), never the repository.
/// </summary>
public sealed class SingleSignOnSettings
{
    public const string SectionName = "Authentication:Oidc";
    public const string LocalPasswordsKey = "Authentication:LocalPasswords";

    /// <summary>The authentication scheme, and the login provider name stored in AspNetUserLogins.</summary>
    public const string Scheme = "oidc";

    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";
    public const string DefaultDisplayName = "Sign in with your council account";

    public bool? Enabled { get; init; }

    public string? Authority { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string DisplayName { get; init; } = DefaultDisplayName;

    /// <summary>Always true outside tests: the provider's metadata and keys are fetched over HTTPS only.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    public LocalPasswordPolicy LocalPasswords { get; init; } = LocalPasswordPolicy.Everyone;

    public bool IsEnabled => Enabled != false && !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>Whether a person who is not an administrator may use the password form.</summary>
    public bool EveryoneMayUsePasswords => !IsEnabled || LocalPasswords == LocalPasswordPolicy.Everyone;

    /// <summary>Microsoft Entra ID (login.microsoftonline.com): it sends no <c>email_verified</c>; the tenant vouches for its addresses.</summary>
    public bool IsEntra => Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.Host.Equals("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase);

    public static SingleSignOnSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var localPasswords = configuration[LocalPasswordsKey];
        var policy = LocalPasswordPolicy.Everyone;
        if (!string.IsNullOrWhiteSpace(localPasswords) && !Enum.TryParse(localPasswords, ignoreCase: true, out policy))
        {
            throw new InvalidOperationException($"{LocalPasswordsKey} must be Everyone or AdministratorsOnly.");
        }

        var settings = new SingleSignOnSettings
        {
            Enabled = section.GetValue<bool?>(nameof(Enabled)),
            Authority = section[nameof(Authority)],
            ClientId = section[nameof(ClientId)],
            ClientSecret = section[nameof(ClientSecret)],
            DisplayName = string.IsNullOrWhiteSpace(section[nameof(DisplayName)]) ? DefaultDisplayName : section[nameof(DisplayName)]!,
            RequireHttpsMetadata = section.GetValue(nameof(RequireHttpsMetadata), true),
            LocalPasswords = policy,
        };

        if (settings.IsEnabled && settings.IsEntra)
        {
            // A multi-tenant authority would let any organisation's accounts in: the tenant must be the council's own.
            var tenant = new Uri(settings.Authority!).AbsolutePath.Trim('/').Split('/')[0];
            if (tenant is "" or "common" or "organizations" or "consumers")
            {
                throw new InvalidOperationException($"{SectionName}:Authority must name the council's tenant: https://login.microsoftonline.com/{{tenant id}}/v2.0");
            }
        }

        return settings;
    }

    /// <summary>The remote callbacks the OpenID Connect handler answers itself (they have no MVC endpoint).</summary>
    public static bool IsCallbackPath(PathString path) =>
        path.Equals(CallbackPath, StringComparison.OrdinalIgnoreCase) || path.Equals(SignedOutCallbackPath, StringComparison.OrdinalIgnoreCase);
}

public static class SingleSignOn
{
    /// <summary>Kept in the sign-in cookie's properties: the id token to send as <c>id_token_hint</c> when signing out of the provider.</summary>
    internal const string IdTokenHintItem = "cpd:sso:id_token_hint";

    /// <summary>Single sign-on (if configured) and the local password policy. Called once from AddCpdPortal.</summary>
    public static IServiceCollection AddCpdPortalSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = SingleSignOnSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddScoped<ExternalAccountLinker>();
        services.Configure<MvcOptions>(o => o.Filters.Add<LocalPasswordPolicyFilter>());

        // The sign-out button must know the session came through the provider: Identity marks such a sign-in with an
        // "amr" claim, which the periodic security stamp check would otherwise drop when it rebuilds the principal.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            var previous = o.OnRefreshingPrincipal;
            o.OnRefreshingPrincipal = async context =>
            {
                if (previous is not null)
                {
                    await previous(context);
                }

                var amr = context.CurrentPrincipal?.FindFirst(ClaimTypes.AuthenticationMethod);
                if (amr is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimTypes.AuthenticationMethod))
                {
                    identity.AddClaim(new Claim(amr.Type, amr.Value));
                }
            };
        });

        if (!settings.IsEnabled)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(SingleSignOnSettings.Scheme, settings.DisplayName, o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.Scope.Clear();
            o.Scope.Add(OpenIdConnectScope.OpenId);
            o.Scope.Add(OpenIdConnectScope.Email);
            o.Scope.Add("profile");
            o.CallbackPath = SingleSignOnSettings.CallbackPath;
            o.SignedOutCallbackPath = SingleSignOnSettings.SignedOutCallbackPath;

            // The provider's answer goes into Identity's short-lived external cookie; ExternalSignInController then
            // matches it to an account and signs in with the portal's own cookie, roles and all (never the provider's).
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.SaveTokens = true;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.DisableTelemetry = true;
            o.TokenValidationParameters.NameClaimType = "name";
            o.Events = new OpenIdConnectEvents
            {
                OnRemoteFailure = OnRemoteFailureAsync,
                OnRedirectToIdentityProviderForSignOut = context =>
                {
                    if (context.Properties.Items.Remove(IdTokenHintItem, out var hint) && !string.IsNullOrEmpty(hint))
                    {
                        context.ProtocolMessage.IdTokenHint = hint;
                    }

                    return Task.CompletedTask;
                },
            };
        });

        // Token lifetimes are checked on the portal's clock (the injected TimeProvider), with a five-minute skew.
        services.AddOptions<OpenIdConnectOptions>(SingleSignOnSettings.Scheme).Configure<TimeProvider>((o, clock) =>
            o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var skew = parameters.ClockSkew;
                if (expires is null || (notBefore is { } nbf && nbf > now.Add(skew)) || expires.Value < now.Subtract(skew))
                {
                    throw new SecurityTokenInvalidLifetimeException("The token is expired or not yet valid.") { NotBefore = notBefore ?? default, Expires = expires ?? default };
                }

                return true;
            });
        return services;
    }

    /// <summary>
    /// A callback the handler refused (wrong issuer or signature, expired token, state or nonce mismatch, missing
    /// correlation cookie, replayed code, an error from the provider): audited, then the sign-in problem page, never a 500.
    /// </summary>
    private static async Task OnRemoteFailureAsync(RemoteFailureContext context)
    {
        var services = context.HttpContext.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOn));
        logger.LogWarning("Single sign-on callback refused: {Reason}", context.Failure?.GetType().Name ?? "unknown");
        var actor = services.GetRequiredService<HttpAuditActorAccessor>().For(null, AuditActor.UnknownAccountEmail);
        await services.GetRequiredService<IAuditLog>().RecordAsAsync(actor, SingleSignOnAuditActions.CallbackRefused);
        context.Response.Redirect(ExternalSignInPaths.Problem);
        context.HandleResponse();
    }
}

/// <summary>Audit actions for single sign-on (the entries name the account only when one was matched).</summary>
public static class SingleSignOnAuditActions
{
    public const string SignInSucceeded = "sso-sign-in-succeeded";
    public const string AccountLinked = "sso-account-linked";
    public const string UnknownAccount = "sso-unknown-account";
    public const string Refused = "sso-sign-in-refused";
    public const string CallbackRefused = "sso-callback-refused";
    public const string SignedOut = "sso-signed-out";
    public const string LocalPasswordRefused = "local-password-refused";

    /// <summary>An administrator removed a person's link to the identity provider (docs/guides/administrator.md).</summary>
    public const string LinkRemoved = "sso-link-removed";
}

public static class ExternalSignInPaths
{
    public const string SignIn = "/account/sso/sign-in";
    public const string Callback = "/account/sso/callback";
    public const string Problem = "/account/sso/problem";
    public const string SignOut = "/account/sso/sign-out";
}
