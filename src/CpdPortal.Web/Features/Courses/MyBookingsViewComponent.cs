using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Courses;

/// <summary>My upcoming course bookings and recent certificates, for the home page (a self-contained panel).</summary>
public sealed class MyBookingsViewComponent(CourseService courses, CertificateService certificates) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.StaffMemberId() is not { } me)
        {
            return Content(string.Empty);
        }

        var ct = HttpContext.RequestAborted;
        return View(new MyLearning(await courses.MyUpcomingAsync(me, ct), await certificates.MineAsync(me, ct)));
    }
}

public sealed record MyLearning(IReadOnlyList<MyBooking> Bookings, IReadOnlyList<MyCertificate> Certificates);
