using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CpdPortal.Infrastructure.Email;

/// <summary>
/// The one place that turns notices into emails (docs/adr/0023): when a save adds <see cref="Notification"/>s, this
/// adds an <see cref="OutboxEmail"/> for each one the recipient wants (by their <see cref="EmailPreference"/>) to the
/// same save, so the notice and its email are committed together or not at all. Services only add the notice. The
/// email is rendered now from the kind's template; booking notices get a calendar invitation whose UID is stable per
/// person and session and whose SEQUENCE counts the invitations already written for it.
/// </summary>
public sealed class EmailOutboxInterceptor(IOptions<EmailOptions> email, IOptions<EmailSendingOptions> sending) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await AddOutboxRowsAsync(context, async: true, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            AddOutboxRowsAsync(context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task AddOutboxRowsAsync(DbContext context, bool async, CancellationToken ct)
    {
        var added = context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        if (added.Count == 0)
        {
            return;
        }

        var ids = added.Select(n => n.RecipientStaffId).Distinct().ToList();
        var people = (await ListAsync(context.Set<StaffMember>().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.GivenName, s.FamilyName, s.Email }), async, ct))
            .ToDictionary(s => s.Id);
        var preferences = (await ListAsync(context.Set<EmailPreference>().Where(p => ids.Contains(p.StaffMemberId)).Select(p => new { p.StaffMemberId, p.Frequency, p.StoppedKinds }), async, ct))
            .ToDictionary(p => p.StaffMemberId, p => (p.Frequency, Stopped: EmailPreference.ParseStopped(p.StoppedKinds)));

        var sessionIds = added.Where(n => NotificationKinds.CarriesCalendar(n.Kind) && n.SessionId is not null).Select(n => n.SessionId!.Value).Distinct().ToList();
        var sessions = sessionIds.Count == 0
            ? []
            : (await ListAsync(
                context.Set<CourseSession>().Where(s => sessionIds.Contains(s.Id))
                    .Select(s => new CalendarSession(s.Id, s.Course!.Title, s.StartsAt, s.EndsAt, s.Venue, s.OnlineLink)),
                async,
                ct)).ToDictionary(s => s.Id);
        var sequences = sessionIds.Count == 0
            ? []
            : (await ListAsync(
                context.Set<OutboxEmail>()
                    .Where(e => e.CalendarSessionId != null && sessionIds.Contains(e.CalendarSessionId.Value) && ids.Contains(e.RecipientStaffId))
                    .GroupBy(e => new { e.RecipientStaffId, e.CalendarSessionId })
                    .Select(g => new { g.Key.RecipientStaffId, g.Key.CalendarSessionId, Count = g.Count() }),
                async,
                ct)).ToDictionary(g => (g.RecipientStaffId, g.CalendarSessionId!.Value), g => g.Count);

        var settings = email.Value;
        foreach (var notice in added)
        {
            if (!people.TryGetValue(notice.RecipientStaffId, out var person))
            {
                continue;
            }

            var (frequency, stopped) = preferences.GetValueOrDefault(notice.RecipientStaffId, (EmailFrequency.Immediate, new HashSet<NotificationKind>()));
            if (!EmailPreference.Wants(notice.Kind, stopped))
            {
                continue;
            }

            var held = EmailPreference.WaitsForDigest(notice.Kind, frequency);
            var content = EmailTemplates.Render(notice.Kind, person.GivenName, notice.Message, sending.Value.PortalUrl, notice.Link, settings.ServiceName);
            string? calendar = null;
            if (!held && NotificationKinds.CarriesCalendar(notice.Kind) && notice.SessionId is { } sessionId && sessions.TryGetValue(sessionId, out var session))
            {
                var key = (notice.RecipientStaffId, sessionId);
                var sequence = sequences.GetValueOrDefault(key);
                sequences[key] = sequence + 1;
                calendar = CalendarInvitation.Write(
                    session,
                    notice.RecipientStaffId,
                    sequence,
                    cancelled: notice.Kind == NotificationKind.BookingCancelled,
                    organiser: (settings.FromAddress, settings.FromName),
                    attendee: (person.Email, $"{person.GivenName} {person.FamilyName}"),
                    EmailTemplates.Absolute(sending.Value.PortalUrl, notice.Link),
                    notice.CreatedAt);
            }

            var row = new OutboxEmail(notice.RecipientStaffId, notice.Kind, content.Subject, content.Body, notice.Link, calendar, held, notice.CreatedAt);
            if (calendar is not null)
            {
                row.ForSession(notice.SessionId!.Value);
            }

            context.Add(row);
        }
    }

    private static async Task<List<T>> ListAsync<T>(IQueryable<T> query, bool async, CancellationToken ct) =>
        async ? await query.ToListAsync(ct) : query.ToList();
}
