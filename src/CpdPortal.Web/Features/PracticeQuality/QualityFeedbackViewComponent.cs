using CpdPortal.Application.PracticeQuality;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.PracticeQuality;

/// <summary>The outcome and feedback of any practice quality review of the signed-in person's own entry, on its page.</summary>
public sealed class QualityFeedbackViewComponent(PracticeQualityService quality) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int activityId)
    {
        if (UserClaimsPrincipal.StaffMemberId() is not { } me)
        {
            return Content(string.Empty);
        }

        var feedback = await quality.FeedbackForAsync(me, activityId, HttpContext.RequestAborted);
        return feedback.Count == 0 ? Content(string.Empty) : View(feedback);
    }
}
