using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Auditing;

/// <summary>What an administrator searches the audit log by; every part optional. Dates are UK days, inclusive.</summary>
public sealed record AuditQuery(string? Person, string? Action, DateOnly? From, DateOnly? To);

/// <summary>One line of the audit log as the page and the CSV show it.</summary>
public sealed record AuditRow(long Id, DateTimeOffset OccurredAt, string Actor, string Action, string? EntityType, string? EntityId, string? IpAddress);

/// <summary>Where a page of the audit log starts.</summary>
public enum AuditPageFrom
{
    /// <summary>The newest entries (the first page).</summary>
    Newest,

    /// <summary>The entries just older than the key (the next page).</summary>
    OlderThan,

    /// <summary>The entries just newer than the key (the previous page).</summary>
    NewerThan,

    /// <summary>The oldest entries (the last page).</summary>
    Oldest,
}

/// <summary>An entry's place in the log's order (newest first: the later moment, then the higher id).</summary>
public readonly record struct AuditKey(DateTimeOffset OccurredAt, long Id)
{
    public static AuditKey Of(AuditRow row) => new(row.OccurredAt, row.Id);

    /// <summary>The key as a page link carries it: UTC ticks and the id.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{OccurredAt.UtcTicks}.{Id}");

    /// <summary>A key read back from a link; null for anything else (a tampered link shows the newest page).</summary>
    public static AuditKey? Parse(string? text)
    {
        var parts = text?.Split('.');
        return parts is [var ticks, var id]
               && long.TryParse(ticks, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t)
               && long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
               && t >= DateTimeOffset.MinValue.UtcTicks && t <= DateTimeOffset.MaxValue.UtcTicks
            ? new AuditKey(new DateTimeOffset(t, TimeSpan.Zero), i)
            : null;
    }
}

/// <summary>Where to read a page from: <c>Key</c> for the pages next to one already shown.</summary>
public sealed record AuditPosition(AuditPageFrom From, AuditKey? Key = null)
{
    public static readonly AuditPosition Newest = new(AuditPageFrom.Newest);

    public static readonly AuditPosition Oldest = new(AuditPageFrom.Oldest);
}

/// <summary>
/// One page of the log, newest first, with the keys of the pages either side: <c>Newer</c> is null on the
/// newest page and <c>Older</c> on the oldest.
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Items, AuditKey? Newer, AuditKey? Older);

/// <summary>Reads the audit log (/admin/audit). There is deliberately no way here, or anywhere, to change an entry.</summary>
public sealed class AuditSearchService(ICpdPortalDbContext db)
{
    /// <summary>The most rows one CSV export holds; narrow the search for more.</summary>
    public const int ExportLimit = 50_000;

    /// <summary>
    /// One page of the log, newest first, read by its key from where the reader is (docs/adr/0034): no total is
    /// counted (a COUNT over ten years of entries cost seconds on every page), and every page, the newest, the oldest
    /// or one next to a page already shown, reads at most one page and one row of the (OccurredAt, Id) index, so the
    /// last page costs what the first does. Filters walk the same index from the same place.
    /// </summary>
    public async Task<AuditPage> SearchAsync(AuditQuery query, AuditPosition position, CancellationToken ct)
    {
        var filtered = Filter(query);
        var size = Paging.DefaultPageSize;
        switch (position.From)
        {
            case AuditPageFrom.OlderThan when position.Key is { } key:
                {
                    // "At or before the key's moment" is the index range; the id only decides among equal moments.
                    var (at, id) = (key.OccurredAt, key.Id);
                    var rows = await Project(filtered.Where(a => a.OccurredAt <= at && (a.OccurredAt < at || a.Id < id))).Take(size + 1).ToListAsync(ct);
                    if (rows.Count == 0)
                    {
                        return await SearchAsync(query, AuditPosition.Oldest, ct);
                    }

                    var items = rows.Take(size).ToList();
                    return new AuditPage(items, AuditKey.Of(items[0]), rows.Count > size ? AuditKey.Of(items[^1]) : null);
                }

            case AuditPageFrom.NewerThan when position.Key is { } key:
                {
                    var (at, id) = (key.OccurredAt, key.Id);
                    var rows = await Select(filtered.Where(a => a.OccurredAt >= at && (a.OccurredAt > at || a.Id > id)).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)).Take(size + 1).ToListAsync(ct);
                    if (rows.Count <= size)
                    {
                        // Less than a page is newer: that is the newest page (so it stays full).
                        return await SearchAsync(query, AuditPosition.Newest, ct);
                    }

                    var items = rows.Take(size).Reverse().ToList();
                    return new AuditPage(items, AuditKey.Of(items[0]), AuditKey.Of(items[^1]));
                }

            case AuditPageFrom.Oldest:
                {
                    var rows = await Select(filtered.OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)).Take(size + 1).ToListAsync(ct);
                    var items = rows.Take(size).Reverse().ToList();
                    return new AuditPage(items, rows.Count > size ? AuditKey.Of(items[0]) : null, null);
                }

            default:
                {
                    var rows = await Project(filtered).Take(size + 1).ToListAsync(ct);
                    var items = rows.Take(size).ToList();
                    return new AuditPage(items, null, rows.Count > size ? AuditKey.Of(items[^1]) : null);
                }
        }
    }

    public async Task<IReadOnlyList<AuditRow>> ExportAsync(AuditQuery query, CancellationToken ct) =>
        await Project(Filter(query)).Take(ExportLimit).ToListAsync(ct);

    /// <summary>Start of a UK day as a UTC instant (midnight in London, whatever the season).</summary>
    public static DateTimeOffset StartOfUkDay(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), TimeProviderExtensions.UkTimeZone), TimeSpan.Zero);

    private IQueryable<AuditEntry> Filter(AuditQuery query)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            // Addresses are kept as typed at sign-in (Identity's) or in lower case (staff records): compare in lower case.
            var pattern = TextSearch.ContainsPattern(query.Person.Trim());
            entries = entries.Where(a => EF.Functions.Like(a.ActorEmail.ToLower(), pattern, TextSearch.Escape));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(a => a.Action == query.Action);
        }

        if (query.From is { } from)
        {
            var start = StartOfUkDay(from);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = StartOfUkDay(to.AddDays(1));
            entries = entries.Where(a => a.OccurredAt < end);
        }

        return entries;
    }

    private static IQueryable<AuditRow> Project(IQueryable<AuditEntry> entries) =>
        Select(entries.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id));

    private static IQueryable<AuditRow> Select(IOrderedQueryable<AuditEntry> ordered) =>
        ordered.Select(a => new AuditRow(a.Id, a.OccurredAt, a.ActorEmail, a.Action, a.EntityType, a.EntityId, a.IpAddress));

}
