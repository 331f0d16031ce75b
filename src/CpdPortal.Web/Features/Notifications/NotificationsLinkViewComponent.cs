using CpdPortal.Application.Notifications;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Notifications;

/// <summary>What the header's notifications link shows.</summary>
public sealed record NotificationsLinkModel(int Unread, bool IsCurrent);

/// <summary>
/// The "Notifications (2 unread)" link in the service navigation, for users with a staff record: one COUNT query
/// per page. Renders nothing on the error page of an unhandled exception, which must not depend on the database.
/// </summary>
public sealed class NotificationsLinkViewComponent(NotificationService notifications) : ViewComponent
{
    public const string Name = "NotificationsLink";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.StaffMemberId() is not { } me || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return Content(string.Empty);
        }

        var unread = await notifications.UnreadCountAsync(me, HttpContext.RequestAborted);
        var current = HttpContext.Request.Path.StartsWithSegments("/notifications", StringComparison.OrdinalIgnoreCase);
        return View(new NotificationsLinkModel(unread, current));
    }
}
