using CpdPortal.Application.Registration;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Registration;

/// <summary>
/// Social Work England's criteria for one of the signed-in person's own entries, on the activity's detail page (a
/// self-contained panel, so the activity page's controller stays as it is). Nothing for someone the rule does not
/// apply to, or an entry that is not theirs.
/// </summary>
public sealed class EntryCriteriaViewComponent(RegistrationService registration) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int activityId)
    {
        if (UserClaimsPrincipal.StaffMemberId() is not { } me)
        {
            return Content(string.Empty);
        }

        var criteria = await registration.GetCriteriaAsync(me, activityId, HttpContext.RequestAborted);
        return criteria is null ? Content(string.Empty) : View(criteria);
    }
}
