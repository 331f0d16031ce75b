using System.Security.Claims;
using CpdPortal.Application.Auditing;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CpdPortal.Web.Features.ExternalSignIn;

/// <summary>
/// Sign-in with the council's identity provider (ADR 0018). The OpenID Connect handler checks the provider's answer at
/// /signin-oidc and puts it in Identity's external cookie; <see cref="Callback"/> matches it to an existing account and
/// signs in with the portal's own cookie. Nothing here creates an account or takes a role from the provider.
/// </summary>
[Route("account/sso")]
public sealed class ExternalSignInController(
    SingleSignOnSettings settings,
    ExternalAccountLinker linker,
    SignInManager<ApplicationUser> signInManager,
    IAuditLog audit,
    HttpAuditActorAccessor auditActor,
    ILogger<ExternalSignInController> logger) : Controller
{
    [AllowAnonymous]
    [HttpPost("sign-in")]
    [EnableRateLimiting(RateLimits.PasswordForms)]
    public IActionResult SignIn(string? returnUrl)
    {
        if (!settings.IsEnabled)
        {
            return NotFound();
        }

        var callback = ExternalSignInPaths.Callback + "?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl(returnUrl));
        var properties = signInManager.ConfigureExternalAuthenticationProperties(SingleSignOnSettings.Scheme, callback);
        return Challenge(properties, SingleSignOnSettings.Scheme);
    }

    [AllowAnonymous]
    [HttpGet("callback")]
    public async Task<IActionResult> Callback(string? returnUrl, CancellationToken ct)
    {
        if (!settings.IsEnabled)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is not { } principal || StableKey(principal) is not { } key)
        {
            // Reached without a provider's answer (typed in, or the external cookie expired): a problem, not a crash.
            logger.LogWarning("Single sign-on callback without a valid external sign-in");
            await audit.RecordAsAsync(auditActor.For(null, AuditActor.UnknownAccountEmail), SingleSignOnAuditActions.CallbackRefused, ct: ct);
            return RedirectToAction(nameof(Problem));
        }

        var match = await linker.MatchAsync(new ExternalIdentity(SingleSignOnSettings.Scheme, key, VerifiedEmail(principal), settings.DisplayName));
        var actor = match.User is { } u ? auditActor.For(u.Id, u.Email ?? string.Empty) : auditActor.For(null, AuditActor.UnknownAccountEmail);
        var entityType = match.User is null ? null : AuditEntityTypes.Account;
        if (!match.MaySignIn)
        {
            logger.LogWarning("Single sign-on refused: {Outcome}", match.Outcome);
            await audit.RecordAsAsync(actor, match.Outcome == ExternalSignInOutcome.UnknownAccount ? SingleSignOnAuditActions.UnknownAccount : SingleSignOnAuditActions.Refused, entityType, match.User?.Id, ct);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View(match.Outcome == ExternalSignInOutcome.UnknownAccount ? "UnknownAccount" : "Refused");
        }

        if (match.Outcome == ExternalSignInOutcome.Linked)
        {
            await audit.RecordAsAsync(actor, SingleSignOnAuditActions.AccountLinked, entityType, match.User!.Id, ct);
        }

        // The portal's own cookie, with the portal's roles; the id token is kept only to end the provider's session later.
        var properties = new AuthenticationProperties { IsPersistent = false };
        if (external.Properties?.GetTokenValue("id_token") is { } idToken)
        {
            properties.Items[SingleSignOn.IdTokenHintItem] = idToken;
        }

        await signInManager.SignInWithClaimsAsync(match.User!, properties, [new Claim(ClaimTypes.AuthenticationMethod, SingleSignOnSettings.Scheme)]);
        await audit.RecordAsAsync(actor, SingleSignOnAuditActions.SignInSucceeded, entityType, match.User!.Id, ct);
        logger.LogInformation("Single sign-on succeeded ({Outcome})", match.Outcome);
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    /// <summary>The provider's answer could not be trusted or was not there: a clear page, nothing created.</summary>
    [AllowAnonymous]
    [HttpGet("problem")]
    public IActionResult Problem() => View().Refused();

    /// <summary>Ends both sessions: the portal's cookie, then the provider's (its end-session endpoint, with the id token as hint).</summary>
    [HttpPost("sign-out")]
    public new async Task<IActionResult> SignOut()
    {
        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        string? idToken = null;
        session.Properties?.Items.TryGetValue(SingleSignOn.IdTokenHintItem, out idToken);
        await audit.RecordAsync(SingleSignOnAuditActions.SignedOut);
        await signInManager.SignOutAsync();

        var signedOut = StartupExtensions.SignInPath + "?signedOut=true";
        if (!settings.IsEnabled || idToken is null)
        {
            return LocalRedirect(signedOut);
        }

        var properties = new AuthenticationProperties { RedirectUri = signedOut };
        properties.Items[SingleSignOn.IdTokenHintItem] = idToken;
        return SignOut(properties, SingleSignOnSettings.Scheme);
    }

    /// <summary>Entra's object id (the same in every app of the tenant, never reassigned), else the standard subject.</summary>
    private static string? StableKey(ClaimsPrincipal principal)
    {
        var value = principal.FindFirstValue("oid") ?? principal.FindFirstValue("sub");
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>
    /// The email the provider vouches for: <c>email</c>, unless the provider says <c>email_verified</c> is false. Entra ID
    /// sends no <c>email_verified</c>; its addresses come from the council's own tenant (the issuer the handler has
    /// checked), so <c>preferred_username</c> stands in when there is no <c>email</c>.
    /// </summary>
    private string? VerifiedEmail(ClaimsPrincipal principal)
    {
        var verified = principal.FindFirstValue("email_verified");
        if (verified is not null && !(bool.TryParse(verified, out var isVerified) && isVerified))
        {
            return null;
        }

        var email = principal.FindFirstValue("email");
        if (string.IsNullOrWhiteSpace(email) && settings.IsEntra)
        {
            email = principal.FindFirstValue("preferred_username");
        }

        return string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) ? null : email;
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
