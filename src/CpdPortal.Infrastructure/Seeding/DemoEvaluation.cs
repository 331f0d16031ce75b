using Bogus;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// Past courses with their evaluation, so the L&amp;D team sees results on a fresh clone: three sessions run months
/// ago, attendance marked (completions in the attendees' CPD records with certificates), feedback from most
/// attendees, and supervisors' follow-ups for the completions three months old — Alex Morgan's still waiting for
/// him, the rest mostly answered. One of Alex's supervisees' follow-ups is left for the follow-up job to ask for at
/// start-up, so the in-app request can be seen too. Only synthetic staff attend.
/// </summary>
internal sealed class DemoEvaluation(CpdPortal.Application.Common.ICpdPortalDbContext db, Faker faker, DateOnly today)
{
    private static readonly (string Course, int DaysAgo, int Attendees, int OfAlexs)[] Timetable =
    [
        ("Signs of Safety: two-day foundation", 160, 10, 3),
        ("Court skills for social workers", 110, 8, 2),
        ("Trauma-informed practice", 30, 12, 2),
    ];

    private static readonly string[] AttendeeComments =
    [
        "The case studies were close to the work we do.",
        "Useful, but too much for one day.",
        "I will use the mapping tools in my next visits.",
        "Good trainer; the online part was harder to follow.",
        "More time for practice would help.",
    ];

    private static readonly string[] SupervisorComments =
    [
        "Uses the approach in case discussions and plans are clearer.",
        "Some change in how visits are written up.",
        "Not seen a difference yet; we will pick it up in supervision.",
    ];

    public async Task SeedAsync(IReadOnlyList<StaffMember> attendees, int alexId, CancellationToken ct)
    {
        var courses = await db.Courses.Include(c => c.Mappings).ToListAsync(ct);
        var methodId = await db.CpdMethods.Where(m => m.Name == SessionService.WorkshopMethod).Select(m => m.Id).SingleAsync(ct);
        var alexs = attendees.Where(p => p.SupervisorId == alexId).ToList();
        var others = attendees.Where(p => p.SupervisorId is not null && p.SupervisorId != alexId).ToList();

        var sessions = new List<(CourseSession Session, DateOnly Day)>();
        foreach (var t in Timetable)
        {
            var day = today.AddDays(-t.DaysAgo);
            var starts = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var course = courses.Single(c => c.Title == t.Course);
            var session = new CourseSession(course, new SessionDetails(starts, starts.AddHours(7), "Civic Centre, training room 1", null, t.Attendees + 2, "Lee Harris"), day.AddDays(-30), starts.AddDays(-30));
            foreach (var (person, i) in alexs.Take(t.OfAlexs).Concat(others).Distinct().Take(t.Attendees).Select((p, i) => (p, i)))
            {
                session.Book(person.Id, false, [], starts.AddDays(-30).AddMinutes(i));
            }

            sessions.Add((session, day));
        }

        db.CourseSessions.AddRange(sessions.Select(s => s.Session));
        await db.SaveChangesAsync(ct);

        var completed = new List<(Booking Booking, int CourseId)>();
        foreach (var (session, day) in sessions)
        {
            var marked = session.StartsAt.AddHours(8);
            foreach (var (booking, i) in session.Bookings.ToList().Select((b, i) => (b, i)))
            {
                var attended = i % 6 != 5;
                if (session.MarkAttendance(booking.Id, attended, marked))
                {
                    db.CpdActivities.Add(session.Complete(booking.Id, methodId, day, day, CertificateCodes.New(), day, marked));
                    completed.Add((booking, session.CourseId));
                }
            }
        }

        await db.SaveChangesAsync(ct);

        var leftForTheJob = completed.FirstOrDefault(c => PracticeFollowUp.DueFor(c.Booking.CompletedOn!.Value) <= today && alexs.Any(a => a.Id == c.Booking.StaffMemberId) && c.CourseId == courses.Single(x => x.Title == Timetable[1].Course).Id);
        foreach (var (booking, courseId) in completed)
        {
            var completedAt = new DateTimeOffset(booking.CompletedOn!.Value.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
            if (faker.Random.Bool(0.75f))
            {
                var before = faker.Random.Int(1, 3);
                var ratings = new FeedbackRatings(
                    faker.Random.Int(3, 5),
                    faker.Random.Int(2, 5),
                    before,
                    Math.Min(5, before + faker.Random.Int(0, 2)),
                    faker.Random.Bool(0.5f) ? faker.PickRandom(AttendeeComments) : null);
                db.CourseFeedback.Add(CourseFeedback.Give(booking, courseId, booking.StaffMemberId, ratings, alreadyGiven: false, completedAt.AddDays(1)));
            }

            var due = PracticeFollowUp.DueFor(booking.CompletedOn.Value);
            if (due > today || booking == leftForTheJob.Booking)
            {
                continue;
            }

            var requestedAt = new DateTimeOffset(due.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);
            var followUp = PracticeFollowUp.Request(booking, courseId, due, requestedAt);
            var supervisorId = attendees.Single(p => p.Id == booking.StaffMemberId).SupervisorId!.Value;
            if (supervisorId != alexId && faker.Random.Bool(0.7f))
            {
                followUp.Answer(faker.PickRandom<PracticeChange>(), faker.Random.Bool(0.6f) ? faker.PickRandom(SupervisorComments) : null, supervisorId, requestedAt.AddDays(faker.Random.Int(1, 10)));
            }

            db.PracticeFollowUps.Add(followUp);
        }

        await db.SaveChangesAsync(ct);
    }
}
