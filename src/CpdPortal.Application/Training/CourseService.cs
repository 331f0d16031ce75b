using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Training;

/// <summary>
/// The catalogue as every member of staff sees it (/courses), and their own bookings: book, join the waiting
/// list, cancel. Booking rules are the session's (CourseSession); this class loads, saves and retries.
/// </summary>
public sealed class CourseService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const int PageSize = Paging.DefaultPageSize;
    public const int MyBookingsShown = 5;

    /// <summary>How many times a booking is tried again after someone else changed the same session.</summary>
    private const int Attempts = 5;

    /// <summary>The notification's words: written by the portal, never copied from free text.</summary>
    public const string PromotedMessage = "A place has come up for you on a course session you were waiting for";

    public async Task<PagedResult<BrowseRow>> ListAsync(BrowseQuery query, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var now = clock.GetUtcNow();
        var courses = db.Courses.Offered(today).Matching(query.Search);
        if (query.Delivery is { } delivery)
        {
            courses = courses.Where(c => c.Delivery == delivery);
        }

        if (query.AreaId is { } areaId)
        {
            courses = courses.Where(c => c.Mappings.Any(m => m.AreaId == areaId));
        }

        return await courses
            .OrderBy(c => c.Title)
            .ThenBy(c => c.Id)
            .ToPageAsync(query.Page, PageSize, c => new BrowseRow(
                c.Id,
                c.Title,
                c.Provider,
                c.Delivery,
                c.Hours,
                c.Certificated,
                db.CourseSessions.Where(s => s.CourseId == c.Id && s.StartsAt > now).OrderBy(s => s.StartsAt).Select(s => (DateTimeOffset?)s.StartsAt).FirstOrDefault()),
                ct);
    }

    public async Task<CourseForStaff?> GetAsync(int staffMemberId, int courseId, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var now = clock.GetUtcNow();
        var course = await db.Courses
            .Where(c => c.Id == courseId)
            .Select(c => new
            {
                c.Id,
                c.Title,
                c.Summary,
                c.Provider,
                c.Delivery,
                c.VleLink,
                c.Hours,
                c.Certificated,
                c.CreditsDescription,
                c.Credits,
                c.RetiredOn,
                TagIds = c.Tags.Select(t => t.TagId).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (course is null)
        {
            return null;
        }

        var tags = await db.PracticeTags.Where(t => course.TagIds.Contains(t.Id)).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(ct);
        var cells = await CourseQueries.CellsAsync(db, courseId, ct);
        var sessions = await db.CourseSessions
            .Where(s => s.CourseId == courseId && s.StartsAt > now)
            .OrderBy(s => s.StartsAt)
            .Take(PageSize)
            .Select(s => new
            {
                s.Id,
                s.StartsAt,
                s.EndsAt,
                s.Venue,
                s.OnlineLink,
                s.Facilitator,
                s.Capacity,
                Taken = s.Bookings.Count(b => b.Status == BookingStatus.Booked),
                Waiting = s.Bookings.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => new { b.StaffMemberId, b.BookedAt, b.Id }).ToList(),
                Mine = s.Bookings.Where(b => b.StaffMemberId == staffMemberId && b.Status != BookingStatus.Cancelled).Select(b => (BookingStatus?)b.Status).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return new CourseForStaff(
            course.Id,
            course.Title,
            course.Summary,
            course.Provider,
            course.Delivery,
            course.VleLink,
            course.Hours,
            course.Certificated,
            course.CreditsDescription,
            course.Credits,
            course.RetiredOn is { } r && r <= today,
            tags,
            cells,
            sessions.Select(s =>
            {
                var order = s.Waiting.OrderBy(w => w.BookedAt).ThenBy(w => w.Id).Select(w => w.StaffMemberId).ToList();
                var position = order.IndexOf(staffMemberId);
                return new UpcomingSession(
                    s.Id,
                    s.StartsAt,
                    s.EndsAt,
                    s.Venue,
                    s.OnlineLink,
                    s.Facilitator,
                    s.Capacity,
                    Math.Max(0, s.Capacity - s.Taken),
                    s.Waiting.Count,
                    s.Mine,
                    position < 0 ? null : position + 1);
            }).ToList());
    }

    /// <summary>The course a session belongs to, or null when there is no such session.</summary>
    public Task<int?> CourseOfSessionAsync(int sessionId, CancellationToken ct = default) =>
        db.CourseSessions.Where(s => s.Id == sessionId).Select(s => (int?)s.CourseId).SingleOrDefaultAsync(ct);

    /// <summary>
    /// Books me a place, or a waiting-list place when the session is full. Null when there is no such session. A
    /// broken rule (retired course, started session, twice, overlapping) throws <see cref="DomainRuleException"/>.
    /// When someone else changes the session at the same moment, it is loaded again and the rules applied afresh.
    /// The same booking form sent again answers with what its first post booked, and null when the form instance is
    /// not this person's booking of this session (docs/adr/0017-one-record-per-form-submission.md).
    /// </summary>
    public async Task<BookingOutcome?> BookAsync(int staffMemberId, int sessionId, FormInstance? form = null, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await OncePerForm.EarlierAsync(db, form, SubmittedRecords.Booking, ct) is { } earlier)
            {
                return await OutcomeOfAsync(earlier, staffMemberId, sessionId, ct);
            }

            var now = clock.GetUtcNow();
            var session = await db.CourseSessions.Include(s => s.Bookings).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null)
            {
                return null;
            }

            var today = clock.UkToday();
            var retired = await db.Courses.AnyAsync(c => c.Id == session.CourseId && c.RetiredOn != null && c.RetiredOn <= today, ct);
            var mine = await db.CourseSessions
                .Where(s => s.Id != sessionId && s.Bookings.Any(b => b.StaffMemberId == staffMemberId && b.Status != BookingStatus.Cancelled))
                .Select(s => new { s.StartsAt, s.EndsAt })
                .ToListAsync(ct);

            var booking = session.Book(staffMemberId, retired, mine.Select(m => (m.StartsAt, m.EndsAt)), now);
            db.Notifications.Add(await BookingNoticeAsync(
                staffMemberId,
                session,
                booking.Status == BookingStatus.Booked ? NotificationKind.BookingConfirmed : NotificationKind.BookingWaitlisted,
                now,
                ct));
            try
            {
                var saved = await OncePerForm.SaveAsync(db, form, SubmittedRecords.Booking, () => booking.Id, now, ct);
                return saved.Outcome == SubmissionOutcome.Created
                    ? booking.Status == BookingStatus.Booked ? BookingOutcome.Booked : BookingOutcome.Waitlisted
                    : await OutcomeOfAsync(saved, staffMemberId, sessionId, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>What became of the booking an earlier post of the same form made; null unless it is mine, on this session.</summary>
    private async Task<BookingOutcome?> OutcomeOfAsync(Submission earlier, int staffMemberId, int sessionId, CancellationToken ct)
    {
        if (earlier.Outcome == SubmissionOutcome.NotYours)
        {
            return null;
        }

        var status = await db.Bookings
            .Where(b => b.Id == earlier.RecordId && b.StaffMemberId == staffMemberId && b.SessionId == sessionId)
            .Select(b => (BookingStatus?)b.Status)
            .SingleOrDefaultAsync(ct);
        return status switch
        {
            BookingStatus.Booked => BookingOutcome.Booked,
            BookingStatus.Waitlisted => BookingOutcome.Waitlisted,
            BookingStatus.Cancelled => BookingOutcome.Cancelled,
            _ => null,
        };
    }

    /// <summary>
    /// Cancels my place or waiting-list place; the first on the waiting list then takes the place and is notified.
    /// False when I have nothing on this session (or there is no such session).
    /// </summary>
    public async Task<bool> CancelAsync(int staffMemberId, int sessionId, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var session = await db.CourseSessions.Include(s => s.Bookings).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null || !session.Bookings.Any(b => b.StaffMemberId == staffMemberId && b.Status != BookingStatus.Cancelled))
            {
                return false;
            }

            var wasBooked = session.Bookings.Any(b => b.StaffMemberId == staffMemberId && b.Status == BookingStatus.Booked);
            var promoted = session.Cancel(staffMemberId, now);
            db.Notifications.Add(await BookingNoticeAsync(staffMemberId, session, NotificationKind.BookingCancelled, now, ct, wasBooked));
            if (promoted is not null)
            {
                db.Notifications.Add(new Notification(promoted.StaffMemberId, PromotedMessage, $"/courses/{session.CourseId}", now, NotificationKind.BookingPromoted, session.Id));
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// The notice of my own booking, waiting-list place or cancellation (its email carries the calendar invitation; a
    /// cancelled waiting-list place has no event to cancel, so it gets none). Names the course and the day only.
    /// </summary>
    private async Task<Notification> BookingNoticeAsync(int staffMemberId, CourseSession session, NotificationKind kind, DateTimeOffset now, CancellationToken ct, bool hadPlace = true)
    {
        var title = await db.Courses.Where(c => c.Id == session.CourseId).Select(c => c.Title).SingleAsync(ct);
        var day = TimeZoneInfo.ConvertTime(session.StartsAt, TimeProviderExtensions.UkTimeZone).ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
        var message = kind switch
        {
            NotificationKind.BookingConfirmed => $"Your place on {title} on {day} is booked",
            NotificationKind.BookingWaitlisted => $"You are on the waiting list for {title} on {day}",
            _ => hadPlace ? $"Your place on {title} on {day} is cancelled" : $"You have left the waiting list for {title} on {day}",
        };
        message = message.Length <= Notification.MessageMaxLength ? message : message[..(Notification.MessageMaxLength - 1)] + "…";
        var calendar = kind == NotificationKind.BookingWaitlisted || !hadPlace ? null : (int?)session.Id;
        return new Notification(staffMemberId, message, $"/courses/{session.CourseId}", now, kind, calendar);
    }

    /// <summary>My places and waiting-list places on sessions that have not started, soonest first.</summary>
    public async Task<IReadOnlyList<MyBooking>> MyUpcomingAsync(int staffMemberId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return await db.CourseSessions
            .Where(s => s.StartsAt > now)
            .SelectMany(s => s.Bookings.Where(b => b.StaffMemberId == staffMemberId && b.Status != BookingStatus.Cancelled), (s, b) => new { s, b })
            .OrderBy(x => x.s.StartsAt)
            .Take(MyBookingsShown)
            .Select(x => new MyBooking(x.s.Id, x.s.CourseId, x.s.Course!.Title, x.s.StartsAt, x.b.Status))
            .ToListAsync(ct);
    }
}
