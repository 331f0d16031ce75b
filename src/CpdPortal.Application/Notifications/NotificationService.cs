using CpdPortal.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Notifications;

/// <summary>One notification as the list shows it; <see cref="IsNew"/> is whether it was unread when the page opened.</summary>
public sealed record NotificationItem(int Id, string Message, string Link, DateTimeOffset CreatedAt, bool IsNew);

/// <summary>My unread notifications that link to one page: the page (path, no query) and how many.</summary>
public sealed record UnreadLink(string Link, int Count);

/// <summary>My in-app notifications (/notifications and the count in the header).</summary>
public sealed class NotificationService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>How many of my notifications are unread: one COUNT query.</summary>
    public Task<int> UnreadCountAsync(int staffMemberId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.RecipientStaffId == staffMemberId && n.ReadAt == null, ct);

    /// <summary>
    /// My unread notifications grouped by the page they link to: one query, which the header uses both for the count
    /// and to see whether the page being shown is one a notification links to.
    /// </summary>
    public async Task<IReadOnlyList<UnreadLink>> UnreadLinksAsync(int staffMemberId, CancellationToken ct = default) =>
        await db.Notifications
            .Where(n => n.RecipientStaffId == staffMemberId && n.ReadAt == null)
            .GroupBy(n => n.Link)
            .Select(g => new UnreadLink(g.Key, g.Count()))
            .ToListAsync(ct);

    /// <summary>
    /// Marks my unread notifications that link to <paramref name="link"/> as read (opening the linked item reads
    /// them, issue 14): one UPDATE; returns how many.
    /// </summary>
    public Task<int> MarkLinkReadAsync(int staffMemberId, string link, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.Notifications
            .Where(n => n.RecipientStaffId == staffMemberId && n.ReadAt == null && n.Link == link)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    /// <summary>
    /// Whether a request for <paramref name="requestPath"/> opens the page <paramref name="link"/> points to: the same
    /// path (ignoring case and a trailing slash), whatever query or fragment the link carries.
    /// </summary>
    public static bool Opens(string link, string requestPath)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(requestPath);
        var end = link.IndexOfAny(['?', '#']);
        var linkPath = (end < 0 ? link : link[..end]).TrimEnd('/');
        return linkPath.Length > 0 && string.Equals(linkPath, requestPath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// One page of my notifications, newest first, and whether each is unread. Reading the page changes nothing
    /// (issue 14): notifications are marked read only by <see cref="MarkAllReadAsync"/>, a POST,
    /// or by opening the page one links to (<see cref="MarkLinkReadAsync"/>).
    /// </summary>
    public Task<PagedResult<NotificationItem>> PageAsync(int staffMemberId, int? page, CancellationToken ct = default) =>
        db.Notifications
            .Where(n => n.RecipientStaffId == staffMemberId)
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .ToPageAsync(page, PageSize, n => new NotificationItem(n.Id, n.Message, n.Link, n.CreatedAt, n.ReadAt == null), ct);

    /// <summary>Marks every unread notification of mine as read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(int staffMemberId, CancellationToken ct = default)
    {
        var unread = await db.Notifications.Where(n => n.RecipientStaffId == staffMemberId && n.ReadAt == null).ToListAsync(ct);
        if (unread.Count > 0)
        {
            var now = clock.GetUtcNow();
            unread.ForEach(n => n.MarkRead(now));
            await db.SaveChangesAsync(ct);
        }

        return unread.Count;
    }
}
