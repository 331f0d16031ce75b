using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CpdPortal.Web.Features.Account;

/// <summary>Sign-in and sign-out. There is no self-registration: administrators create accounts.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IDemoDataStatus demoData,
    IAuditLog audit,
    HttpAuditActorAccessor auditActor,
    AccountAttemptLimiter attempts,
    DeviceCookies devices,
    ILogger<AccountController> logger) : Controller
{
    public const string WrongCredentials = "Enter a correct email address and password";

    [AllowAnonymous]
    [HttpGet("sign-in")]
    public async Task<IActionResult> SignIn(string? returnUrl, bool signedOut = false, CancellationToken ct = default)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        return View(new SignInViewModel { ReturnUrl = returnUrl, SignedOut = signedOut, ShowDemoAccounts = await demoData.IsPresentAsync(ct) });
    }

    [AllowAnonymous]
    [HttpPost("sign-in")]
    [EnableRateLimiting(RateLimits.PasswordForms)]
    public async Task<IActionResult> SignIn(SignInViewModel model, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await SignInFormAsync(model, ct);
        }

        var email = model.Email!.Trim();
        var account = await userManager.FindByNameAsync(email);

        // A browser that signed in to this account before (its device cookie) has its own limit and is not locked out by
        // other people's wrong passwords; every other attempt counts against the email typed (docs/adr/0019).
        var trustedDevice = account is null ? null : devices.TrustedDeviceFor(Request, account.Id);
        if (attempts.TryAcquire(trustedDevice is null ? AccountAttemptLimiter.ForEmail(email) : AccountAttemptLimiter.ForDevice(trustedDevice)) is { } wait)
        {
            logger.LogWarning("Sign-in refused: too many attempts for one account (trusted device: {TrustedDevice})", trustedDevice is not null);
            return TooManyAttempts(wait);
        }

        var result = trustedDevice is not null && signInManager is PortalSignInManager portal
            ? await portal.PasswordSignInFromTrustedDeviceAsync(account!, model.Password!)
            : await signInManager.PasswordSignInAsync(email, model.Password!, isPersistent: false, lockoutOnFailure: true);

        // The audit log names the account only when it exists: a typed address of no account is not kept.
        var actor = account is null ? auditActor.For(null, AuditActor.UnknownAccountEmail) : auditActor.For(account.Id, account.Email ?? email);
        await audit.RecordAsAsync(actor, result.Succeeded ? AuditActions.SignInSucceeded : AuditActions.SignInFailed, account is null ? null : AuditEntityTypes.Account, account?.Id, ct);
        if (result.Succeeded)
        {
            // Neither the email address nor the password is logged; the audit log records who.
            logger.LogInformation("Sign-in succeeded");
            if (account is not null)
            {
                devices.Issue(Response, account.Id, trustedDevice);
            }

            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        logger.LogWarning("Sign-in failed (locked out: {LockedOut})", result.IsLockedOut);
        ModelState.Clear();
        // A locked account gets the same words as an unknown email or a wrong password (issue 14): nothing tells an
        // attacker which addresses have accounts. The log and the audit entry still say what happened.
        ModelState.AddModelError(nameof(SignInViewModel.Email), WrongCredentials);
        return await SignInFormAsync(model, ct);
    }

    [HttpPost("sign-out")]
    public new async Task<IActionResult> SignOut()
    {
        await audit.RecordAsync(AuditActions.SignedOut);
        await signInManager.SignOutAsync();
        return LocalRedirect(StartupExtensions.SignInPath + "?signedOut=true");
    }

    /// <summary>Any signed-in user may change their password; one holding a one-time password must, before anything else.</summary>
    [HttpGet("change-password")]
    public IActionResult ChangePassword() =>
        View(new ChangePasswordViewModel { IsRequired = User.HasClaim(c => c.Type == PortalClaimTypes.MustChangePassword) });

    [HttpPost("change-password")]
    [EnableRateLimiting(RateLimits.PasswordForms)]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        model.IsRequired = User.HasClaim(c => c.Type == PortalClaimTypes.MustChangePassword);
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && attempts.TryAcquire(AccountAttemptLimiter.ForUser(user.Id)) is { } wait)
        {
            logger.LogWarning("Change of password refused: too many attempts");
            return TooManyAttempts(wait);
        }

        if (ModelState.IsValid && await userManager.IsLockedOutAsync(user))
        {
            // Too many wrong current passwords (here or on the sign-in form): no more guesses until the lockout ends.
            ModelState.AddModelError(nameof(model.CurrentPassword), ChangePasswordViewModel.WrongCurrentPassword);
        }
        else if (ModelState.IsValid)
        {
            var result = await userManager.ChangePasswordAsync(user, model.CurrentPassword!, model.NewPassword!);
            if (result.Succeeded)
            {
                user.MustChangePassword = false;
                await userManager.UpdateAsync(user);
                await signInManager.RefreshSignInAsync(user);
                if (signInManager is PortalSignInManager portal)
                {
                    // The new stamp already ends the person's other sessions at their next request; revoke them outright too.
                    await portal.EndOtherSessionsAsync(user);
                }

                await audit.RecordAsync(AuditActions.PasswordChanged, AuditEntityTypes.Account, user.Id);
                logger.LogInformation("Password changed");
                TempData.Success("Your password has been changed");
                return RedirectToAction("Index", "Home");
            }

            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // A wrong current password counts towards lockout exactly as a wrong password on the sign-in form does.
                await userManager.AccessFailedAsync(user);
                logger.LogWarning("Change of password refused: wrong current password");
            }

            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.CurrentPassword) : nameof(model.NewPassword);
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? ChangePasswordViewModel.WrongCurrentPassword : ChangePasswordViewModel.Describe(error));
            }
        }

        model.CurrentPassword = model.NewPassword = model.ConfirmPassword = null;
        return View(model).Refused();
    }

    private async Task<IActionResult> SignInFormAsync(SignInViewModel model, CancellationToken ct)
    {
        model.Password = null;
        model.ShowDemoAccounts = await demoData.IsPresentAsync(ct);
        return View(nameof(SignIn), model).Refused();
    }

    /// <summary>429 with Retry-After; the status-code page says when to try again (UK time).</summary>
    private StatusCodeResult TooManyAttempts(TimeSpan wait)
    {
        RateLimits.Refuse(HttpContext, wait);
        return StatusCode(StatusCodes.Status429TooManyRequests);
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
