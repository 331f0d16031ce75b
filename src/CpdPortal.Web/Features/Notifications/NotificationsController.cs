using CpdPortal.Application.Common;
using CpdPortal.Application.Notifications;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Notifications;

/// <summary>My in-app notifications, newest first. Reading the list changes nothing; "Mark all as read" is a POST.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("notifications")]
public sealed class NotificationsController(NotificationService notifications, ICurrentUser user) : Controller
{
    public const string UnreadCountKey = "UnreadCount";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct)
    {
        ViewData[UnreadCountKey] = await notifications.UnreadCountAsync(user.StaffId, ct);
        return View(await notifications.PageAsync(user.StaffId, page, ct));
    }

    [HttpPost("mark-all-read")]
    public async Task<IActionResult> MarkAllRead(CancellationToken ct)
    {
        await notifications.MarkAllReadAsync(user.StaffId, ct);
        TempData.Success("All your notifications are marked as read");
        return RedirectToAction(nameof(Index));
    }
}
