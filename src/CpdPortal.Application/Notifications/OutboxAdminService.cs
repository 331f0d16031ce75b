using CpdPortal.Application.Common;
using CpdPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Notifications;

/// <summary>One outbox row as the administrator's page shows it: never the body, never the calendar.</summary>
public sealed record OutboxRow(
    long Id,
    DateTimeOffset CreatedAt,
    string Recipient,
    NotificationKind Kind,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset? SentAt,
    DateTimeOffset NextAttemptAt,
    string? LastError);

/// <summary>Counts per status for the page's summary.</summary>
public sealed record OutboxCounts(int Pending, int Sent, int Failed, int Held);

/// <summary>The outbox for administrators (/admin/email): paged, filtered by status, newest first.</summary>
public sealed class OutboxAdminService(ICpdPortalDbContext db)
{
    public const int PageSize = Paging.DefaultPageSize;

    public async Task<PagedResult<OutboxRow>> PageAsync(OutboxStatus? status, int page, CancellationToken ct = default)
    {
        var rows = db.OutboxEmails.AsQueryable();
        if (status is { } s)
        {
            rows = rows.Where(e => e.Status == s);
        }

        // The last (oldest) page costs what the first does: read from whichever end is nearer (docs/adr/0031), on the
        // indexes on CreatedAt and (Status, CreatedAt).
        var total = await rows.CountAsync(ct);
        return await EitherEndPaging.PageAsync(
            Project(rows.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)),
            Project(rows.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)),
            total,
            Paging.Normalise(page),
            PageSize,
            ct);
    }

    private IQueryable<OutboxRow> Project(IOrderedQueryable<OutboxEmail> ordered) =>
        ordered.Select(e => new OutboxRow(
            e.Id,
            e.CreatedAt,
            db.StaffMembers.Where(m => m.Id == e.RecipientStaffId).Select(m => m.GivenName + " " + m.FamilyName).First(),
            e.Kind,
            e.Status,
            e.Attempts,
            e.SentAt,
            e.NextAttemptAt,
            e.LastError));

    public async Task<OutboxCounts> CountsAsync(CancellationToken ct = default)
    {
        var counts = await db.OutboxEmails.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new OutboxCounts(
            counts.GetValueOrDefault(OutboxStatus.Pending),
            counts.GetValueOrDefault(OutboxStatus.Sent),
            counts.GetValueOrDefault(OutboxStatus.Failed),
            counts.GetValueOrDefault(OutboxStatus.Held));
    }
}
