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
    TimeProvider clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
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
