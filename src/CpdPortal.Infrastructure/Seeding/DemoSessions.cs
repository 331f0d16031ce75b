using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The demo academy's timetable, relative to the clock: sessions over the coming weeks (one of them full, with a
/// waiting list) and one that started an hour ago, so the L&amp;D team can mark attendance on a fresh clone. Only
/// synthetic staff book, so the named demo accounts start with no bookings.
/// </summary>
internal static class DemoSessions
{
    private static readonly (string Course, int DaysAhead, int StartHourUtc, int Hours, string? Venue, int Capacity, int Booked)[] Timetable =
    [
        ("Signs of Safety: two-day foundation", 9, 9, 7, "Civic Centre, training room 1", 16, 6),
        ("Court skills for social workers", 14, 9, 7, "Civic Centre, training room 2", 12, 4),
        ("Motivational interviewing", 21, 9, 7, "Riverside House, room 4", 4, 6),
        ("Trauma-informed practice", 6, 13, 3, null, 30, 8),
        ("Restorative practice in children's services", 28, 9, 7, "Civic Centre, training room 1", 20, 3),
        ("Anti-racist practice", 35, 13, 3, null, 40, 5),
        ("Analysis and decision-making in assessments", 0, -1, 7, "Civic Centre, training room 2", 10, 5),
    ];

    public static IEnumerable<CourseSession> Create(IReadOnlyList<Course> courses, IReadOnlyList<StaffMember> bookers, DateOnly today, DateTimeOffset now)
    {
        var next = 0;
        foreach (var t in Timetable)
        {
            var course = courses.Single(c => c.Title == t.Course);
            var starts = t.StartHourUtc < 0
                ? now.AddHours(-1)
                : new DateTimeOffset(today.AddDays(t.DaysAhead).ToDateTime(new TimeOnly(t.StartHourUtc, 0)), TimeSpan.Zero);
            var scheduledAt = starts.AddDays(-30);
            var online = t.Venue is null ? "https://meet.example.org/academy-" + (next + 1) : null;
            var session = new CourseSession(course, new SessionDetails(starts, starts.AddHours(t.Hours), t.Venue, online, t.Capacity, "Lee Harris"), today.AddDays(-30), scheduledAt);
            for (var i = 0; i < t.Booked && bookers.Count > 0; i++)
            {
                session.Book(bookers[next++ % bookers.Count].Id, false, [], scheduledAt.AddMinutes(i));
            }

            yield return session;
        }
    }
}
