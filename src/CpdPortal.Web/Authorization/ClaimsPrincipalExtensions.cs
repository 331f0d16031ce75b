using System.Globalization;
using System.Security.Claims;
using CpdPortal.Application.Common;

namespace CpdPortal.Web.Authorization;

public static class ClaimsPrincipalExtensions
{
    public static int? StaffMemberId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaimTypes.StaffMemberId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaimTypes.DisplayName) ?? user.Identity?.Name ?? string.Empty;

    public static CurrentUser ToCurrentUser(this ClaimsPrincipal user) =>
        new(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            user.StaffMemberId(),
            PortalRoles.All.Where(user.IsInRole).ToHashSet(StringComparer.Ordinal));
}
