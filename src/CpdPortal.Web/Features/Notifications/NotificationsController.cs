using CpdPortal.Application.Common;
using CpdPortal.Application.Notifications;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Notifications;

/// <summary>My in-app notifications, newest first. Opening a page of them marks those shown as read.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("notifications")]
public sealed class NotificationsController(NotificationService notifications) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct)
    {
        var me = User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");
        return View(await notifications.OpenPageAsync(me, Paging.Normalise(page), ct));
    }
}
