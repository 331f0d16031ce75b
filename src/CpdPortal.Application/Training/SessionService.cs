using CpdPortal.Application.Certifications;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Training;

/// <summary>Sessions as the L&amp;D team runs them (/learning/sessions): schedule, list, bookings, attendance.</summary>
public sealed class SessionService(ICpdPortalDbContext db, TimeProvider clock, CertificationGrants certifications)
{
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>The CPD methods a completion is recorded under (seeded names).</summary>
    public const string WorkshopMethod = "Workshop or course";
    public const string ELearningMethod = "E-learning";

    private const int Attempts = 5;

    /// <summary>Upcoming sessions first (soonest first), then past ones (most recent first).</summary>
    public async Task<PagedResult<SessionRow>> ListAsync(int? page, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var total = await db.CourseSessions.CountAsync(ct);
        var upcoming = await db.CourseSessions.CountAsync(s => s.StartsAt > now, ct);
        var p = Paging.PageToShow(page, total, PageSize);
        var skip = (p - 1) * PageSize;
        var rows = new List<SessionRow>();
        if (skip < upcoming)
        {
            rows.AddRange(await Rows(now, db.CourseSessions.Where(s => s.StartsAt > now).OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Skip(skip).Take(PageSize)).ToListAsync(ct));
        }

        if (rows.Count < PageSize)
        {
            var pastSkip = Math.Max(0, skip - upcoming);
            rows.AddRange(await Rows(now, db.CourseSessions.Where(s => s.StartsAt <= now).OrderByDescending(s => s.StartsAt).ThenBy(s => s.Id).Skip(pastSkip).Take(PageSize - rows.Count)).ToListAsync(ct));
        }

        return new PagedResult<SessionRow>(rows, p, PageSize, total);
    }

    /// <summary>The courses a session can be scheduled for: every course not retired, by title.</summary>
    public Task<List<Choice>> SchedulableCoursesAsync(CancellationToken ct = default) =>
        CourseQueries.OfferedChoicesAsync(db, clock.UkToday(), ct);

    /// <summary>
    /// Every rule the details break, judged as scheduling them now would judge them (for a form where some fields could
    /// not even be read, so every problem shows at once). Saves nothing.
    /// </summary>
    public IReadOnlyList<FieldError> Check(SessionDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details.Validate(clock.GetUtcNow());
    }

    /// <summary>Schedules a session. Null when there is no such course; broken rules throw domain errors.</summary>
    public async Task<int?> ScheduleAsync(int courseId, SessionDetails details, CancellationToken ct = default)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return null;
        }

        var session = new CourseSession(course, details, clock.UkToday(), clock.GetUtcNow());
        db.CourseSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public async Task<SessionForLearning?> GetAsync(int id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var session = await db.CourseSessions
            .Where(s => s.Id == id)
            .Select(s => new { s.Id, s.CourseId, CourseTitle = s.Course!.Title, s.StartsAt, s.EndsAt, s.Venue, s.OnlineLink, s.Facilitator, s.Capacity })
            .SingleOrDefaultAsync(ct);
        if (session is null)
        {
            return null;
        }

        var bookings = await db.Bookings
            .Where(b => b.SessionId == id && b.Status != BookingStatus.Cancelled)
            .Join(db.StaffMembers, b => b.StaffMemberId, s => s.Id, (b, s) => new
            {
                b.Id,
                b.Status,
                Name = s.GivenName + " " + s.FamilyName,
                s.JobTitle,
                b.BookedAt,
                b.Attendance,
                b.CertificateCode,
            })
            .ToListAsync(ct);
        var ordered = bookings.OrderBy(b => b.BookedAt).ThenBy(b => b.Id).ToList();
        return new SessionForLearning(
            session.Id,
            session.CourseId,
            session.CourseTitle,
            session.StartsAt,
            session.EndsAt,
            session.Venue,
            session.OnlineLink,
            session.Facilitator,
            session.Capacity,
            session.StartsAt <= now,
            ordered.Where(b => b.Status == BookingStatus.Booked).Select(b => new SessionBookingRow(b.Id, b.Name, b.JobTitle, b.BookedAt, b.Attendance, b.CertificateCode)).ToList(),
            ordered.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => new SessionBookingRow(b.Id, b.Name, b.JobTitle, b.BookedAt, b.Attendance, b.CertificateCode)).ToList());
    }

    /// <summary>
    /// Marks a booked person as attended or not. Attended completes the course for them (a CPD activity and a
    /// certificate) the first time only. Null when there is no such session; a broken rule throws.
    /// </summary>
    public async Task<AttendanceOutcome?> MarkAttendanceAsync(int sessionId, int bookingId, bool attended, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var today = clock.UkToday();
            var session = await db.CourseSessions
                .Include(s => s.Bookings)
                .Include(s => s.Course!)
                .ThenInclude(c => c.Mappings)
                .SingleOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null)
            {
                return null;
            }

            if (!session.Bookings.Any(b => b.Id == bookingId && b.Status == BookingStatus.Booked))
            {
                return AttendanceOutcome.NoSuchBooking;
            }

            var completes = session.MarkAttendance(bookingId, attended, now);
            if (completes)
            {
                var methodName = session.Course!.Delivery == CourseDelivery.ELearning ? ELearningMethod : WorkshopMethod;
                var methodId = await db.CpdMethods.Where(m => m.Name == methodName).Select(m => m.Id).FirstOrDefaultAsync(ct);
                var activity = session.Complete(bookingId, methodId, UkDay(session.StartsAt), UkDay(session.EndsAt), CertificateCodes.New(), today, now);
                db.CpdActivities.Add(activity);
                var completedOn = session.Bookings.Single(b => b.Id == bookingId).CompletedOn!.Value;
                await certifications.AddAsync([new CourseCompletion(activity.StaffMemberId, session.CourseId, completedOn, CertificationSource.Attendance, activity)], ct);
                db.Notifications.Add(new Notification(
                    activity.StaffMemberId,
                    "Your course is in your CPD record and your certificate is ready. Tell us how the course went.",
                    $"/courses/bookings/{bookingId}/feedback",
                    now,
                    NotificationKind.CourseCompleted));
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return completes ? AttendanceOutcome.Completed : AttendanceOutcome.Marked;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException ex) when (attempt < Attempts && db.IsUniqueViolation(ex))
            {
                // Another mark for the same person saved the same certification award (same course or certification,
                // same day) between our read and our save: read again, and the award is already there.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static DateOnly UkDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeProviderExtensions.UkTimeZone).DateTime);

    private static IQueryable<SessionRow> Rows(DateTimeOffset now, IQueryable<CourseSession> sessions) =>
        sessions.Select(s => new SessionRow(
            s.Id,
            s.CourseId,
            s.Course!.Title,
            s.StartsAt,
            s.EndsAt,
            s.Venue,
            s.Capacity,
            s.Bookings.Count(b => b.Status == BookingStatus.Booked),
            s.Bookings.Count(b => b.Status == BookingStatus.Waitlisted),
            s.StartsAt <= now));
}
