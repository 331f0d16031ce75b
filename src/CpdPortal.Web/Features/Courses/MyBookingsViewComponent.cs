using CpdPortal.Application.Dashboard;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Courses;

/// <summary>My upcoming course bookings and recent certificates, for the home page (a self-contained panel, one command).</summary>
public sealed class MyBookingsViewComponent(MyLearningReader learning) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.StaffMemberId() is not { } me)
        {
            return Content(string.Empty);
        }

        return View(await learning.ReadAsync(me, HttpContext.RequestAborted));
    }
}
