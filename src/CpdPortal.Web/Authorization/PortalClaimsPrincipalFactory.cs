using System.Globalization;
using System.Security.Claims;
using CpdPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Authorization;

/// <summary>Adds the staff record id and display name to the sign-in cookie.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaimTypes.DisplayName, user.DisplayName));
        if (user.StaffMemberId is { } staffId)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.StaffMemberId, staffId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.MustChangePassword, "true"));
        }

        return identity;
    }
}
