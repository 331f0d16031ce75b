using CpdPortal.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Notifications;

/// <summary>One notification as the list shows it; <see cref="IsNew"/> is whether it was unread when the page opened.</summary>
public sealed record NotificationItem(int Id, string Message, string Link, DateTimeOffset CreatedAt, bool IsNew);

/// <summary>My in-app notifications (/notifications and the count in the header).</summary>
public sealed class NotificationService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>How many of my notifications are unread: one COUNT query.</summary>
    public Task<int> UnreadCountAsync(int staffMemberId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.RecipientStaffId == staffMemberId && n.ReadAt == null, ct);

    /// <summary>
    /// One page of my notifications, newest first, and whether each is unread. Reading the page changes nothing
    /// (issue 14): notifications are marked read only by <see cref="MarkAllReadAsync"/>, a POST.
    /// </summary>
    public async Task<PagedResult<NotificationItem>> PageAsync(int staffMemberId, int page, CancellationToken ct = default)
    {
        var mine = db.Notifications.Where(n => n.RecipientStaffId == staffMemberId);
        var total = await mine.CountAsync(ct);
        page = Paging.Normalise(page);
        var items = await mine
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(n => new NotificationItem(n.Id, n.Message, n.Link, n.CreatedAt, n.ReadAt == null))
            .ToListAsync(ct);
        return new PagedResult<NotificationItem>(items, page, PageSize, total);
    }

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
