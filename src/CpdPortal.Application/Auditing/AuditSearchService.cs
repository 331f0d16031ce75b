using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Auditing;

/// <summary>What an administrator searches the audit log by; every part optional. Dates are UK days, inclusive.</summary>
public sealed record AuditQuery(string? Person, string? Action, DateOnly? From, DateOnly? To);

/// <summary>One line of the audit log as the page and the CSV show it.</summary>
public sealed record AuditRow(long Id, DateTimeOffset OccurredAt, string Actor, string Action, string? EntityType, string? EntityId, string? IpAddress);

/// <summary>Reads the audit log (/admin/audit). There is deliberately no way here, or anywhere, to change an entry.</summary>
public sealed class AuditSearchService(ICpdPortalDbContext db)
{
    /// <summary>The most rows one CSV export holds; narrow the search for more.</summary>
    public const int ExportLimit = 50_000;

    public async Task<PagedResult<AuditRow>> SearchAsync(AuditQuery query, int page, CancellationToken ct)
    {
        // The last (oldest) page costs what the first does: read from whichever end is nearer (docs/adr/0031), on the
        // index IX_AuditEntries_OccurredAt_Id.
        var filtered = Filter(query);
        var total = await filtered.CountAsync(ct);
        return await EitherEndPaging.PageAsync(
            Project(filtered),
            Select(filtered.OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)),
            total,
            Paging.Normalise(page),
            Paging.DefaultPageSize,
            ct);
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
