using CpdPortal.Application.Common;

namespace CpdPortal.Web.Authorization;

/// <summary>The signed-in user of the current request, from the claims the sign-in put in the cookie.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private CurrentUser User => (accessor.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal()).ToCurrentUser();

    public string AccountId => User.AccountId;

    public int? StaffMemberId => User.StaffMemberId;
}
