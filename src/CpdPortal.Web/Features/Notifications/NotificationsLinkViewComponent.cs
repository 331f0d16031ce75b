using CpdPortal.Application.Notifications;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Notifications;

/// <summary>What the header's notifications link shows.</summary>
public sealed record NotificationsLinkModel(int Unread, bool IsCurrent);

/// <summary>
/// The "Notifications (2 unread)" link in the service navigation, for users with a staff record: the unread
/// notifications grouped by the page they link to, remembered per person until one of theirs is written or read
/// (<see cref="UnreadNotificationsCache"/>, docs/adr/0040), so most pages run no query for it. When the page being
/// shown (a successful GET) is one that unread notifications link to, opening it reads them: one UPDATE, only then
/// (issue 14), after which the person's entry is forgotten. Renders nothing on the error page of an unhandled
/// exception, which must not depend on the database.
/// </summary>
public sealed class NotificationsLinkViewComponent(NotificationService notifications, UnreadNotificationsCache cache) : ViewComponent
{
    public const string Name = "NotificationsLink";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.StaffMemberId() is not { } me || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return Content(string.Empty);
        }

        var ct = HttpContext.RequestAborted;
        var links = await cache.GetAsync(me, () => notifications.UnreadLinksAsync(me, ct));
        var unread = links.Sum(l => l.Count);
        var request = HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) && HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            // Usually none; several links can differ only in case or a trailing slash, so mark each this page opens.
            var path = request.Path.Value ?? string.Empty;
            var opened = links.Where(l => NotificationService.Opens(l.Link, path)).ToList();
            foreach (var link in opened)
            {
                unread -= await notifications.MarkLinkReadAsync(me, link.Link, ct);
            }

            if (opened.Count > 0)
            {
                // An UPDATE, which the save interceptor does not see.
                cache.Invalidate(me);
            }
        }

        var current = HttpContext.Request.Path.StartsWithSegments("/notifications", StringComparison.OrdinalIgnoreCase);
        return View(new NotificationsLinkModel(unread, current));
    }
}
