using System.Security.Claims;
using CpdPortal.Application.Common;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdPortal.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in manager with the portal's refusals: an account an administrator has locked, or whose staff
/// member left before today (UK), may not sign in, and an existing session of such a person ends at the next
/// security stamp check (every minute). The sign-in form shows the same message as for a wrong password.
/// An unknown email, a locked or refused account and a wrong password all cost one password-hash verification, so
/// neither the answer nor the time it takes tells which email addresses have accounts (issue 14).
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    CpdPortalDbContext db,
    TimeProvider clock,
    ServerSessions sessions)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash of a password nobody has, made once at the current iteration count, to verify against.</summary>
    private static string? s_dummyHash;

    /// <summary>Set only during <see cref="PasswordSignInFromTrustedDeviceAsync"/>.</summary>
    private bool _ignoreFailedPasswordLockout;

    /// <summary>
    /// A password sign-in from a device that signed in to this account before (its device cookie, docs/adr/0019):
    /// other people's wrong passwords, which lock the account for every other device, do not lock this one, and its own
    /// failures do not count towards that lockout (the per-device rate limit bounds them instead). An account an
    /// administrator locked, or a leaver, is still refused.
    /// </summary>
    public async Task<SignInResult> PasswordSignInFromTrustedDeviceAsync(ApplicationUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        _ignoreFailedPasswordLockout = true;
        try
        {
            return await PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        }
        finally
        {
            _ignoreFailedPasswordLockout = false;
        }
    }

    protected override Task<bool> IsLockedOut(ApplicationUser user) =>
        _ignoreFailedPasswordLockout ? Task.FromResult(false) : base.IsLockedOut(user);

    /// <summary>Revokes every session of <paramref name="user"/> but the one of this request (after a password change).</summary>
    public async Task EndOtherSessionsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var current = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        string? keep = null;
        current.Properties?.Items.TryGetValue(ServerSessions.SessionIdItem, out keep);
        await sessions.RevokeAllAsync(user.Id, keep);
    }

    /// <summary>Signing out also revokes the server-side session, so a copy of the cookie stops working (docs/adr/0019).</summary>
    public override async Task SignOutAsync()
    {
        var current = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (current.Properties?.Items.TryGetValue(ServerSessions.SessionIdItem, out var sessionId) == true && !string.IsNullOrEmpty(sessionId))
        {
            await sessions.RevokeAsync(sessionId);
        }

        await base.SignOutAsync();
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            // Do the work a real account's wrong password does, then fail the same way.
            SpendOneVerification(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>A locked, disabled or departed account is refused before its password is checked: verify a dummy hash so the refusal takes as long.</summary>
    protected override async Task<SignInResult?> PreSignInCheck(ApplicationUser user)
    {
        var refused = await base.PreSignInCheck(user);
        if (refused is not null)
        {
            SpendOneVerification(string.Empty);
        }

        return refused;
    }

    /// <summary>
    /// One password-hash verification whose answer is thrown away: against <paramref name="user"/>'s own hash when it has
    /// one, else against a dummy hash. Used where a password is refused without being checked, so the refusal takes as
    /// long as a check (unknown email, locked account, <c>Authentication:LocalPasswords=AdministratorsOnly</c>).
    /// </summary>
    public void SpendOneVerification(ApplicationUser? user, string password)
    {
        if (user?.PasswordHash is { Length: > 0 } hash)
        {
            _ = UserManager.PasswordHasher.VerifyHashedPassword(user, hash, password);
            return;
        }

        SpendOneVerification(password);
    }

    private void SpendOneVerification(string password)
    {
        var dummy = new ApplicationUser();
        s_dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString("N"));
        _ = UserManager.PasswordHasher.VerifyHashedPassword(dummy, s_dummyHash, password);
    }

    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        if (!await base.CanSignInAsync(user) || user.IsDisabled)
        {
            return false;
        }

        if (user.StaffMemberId is not { } staffId)
        {
            return true;
        }

        var today = clock.UkToday();
        var hasLeft = await db.StaffMembers.AnyAsync(s => s.Id == staffId && s.LeaveDate != null && s.LeaveDate < today);
        return !hasLeft;
    }

    /// <summary>The periodic cookie check: a valid stamp is not enough if the person may no longer sign in.</summary>
    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await CanSignInAsync(user) ? user : null;
    }
}
