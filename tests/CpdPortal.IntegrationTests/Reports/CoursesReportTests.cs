using System.Globalization;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>
/// The courses report on a hand-built team (clock 22 November 2026; learning year from 1 April 2026):
/// - Course A (Signs of Safety), a session 2 hours ago: Eve attended and rated relevance 5, quality 4, confidence
///   2 → 5; Fay did not attend; Gus booked, not marked yet; Hal cancelled before it started (not counted).
///   Sam Patel (another team) attended too and must not count under the team filter.
/// - Course B (no practice framework), a session 100 days ago: Eve and Fay attended; Fay rated 3, 3, 3 → 3;
///   follow-ups answered: Eve's yes, Fay's no.
/// - Course A's session of March 2026 (last learning year), which Gus attended: not counted.
/// </summary>
public sealed class CoursesReportTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private async Task<int> SeedAsync() => await factory.WithDbAsync(async db =>
    {
        var today = new DateOnly(2026, 11, 22);
        var team = new Team("Course Report Team");
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        StaffMember Person(string number, string given) =>
            new(number, given, "Tester", $"{given.ToLowerInvariant()}@courses.test", "Social worker", team, EmploymentType.Permanent, new DateOnly(2024, 1, 8));
        var (eve, fay, gus, hal) = (Person("CR1", "Eve"), Person("CR2", "Fay"), Person("CR3", "Gus"), Person("CR4", "Hal"));
        db.StaffMembers.AddRange(eve, fay, gus, hal);
        var sam = await db.StaffMembers.SingleAsync(s => s.Email == DemoAccounts.Sam.Email);
        var signsOfSafety = await db.PracticeTags.Where(t => t.Name == "Signs of Safety").Select(t => t.Id).SingleAsync();
        var courseA = new Course(new CourseDetails("Report course A", "A.", false, null, CourseDelivery.FaceToFace, null, 7m, true, null, null, [signsOfSafety], [], []));
        var courseB = new Course(new CourseDetails("Report course B", "B.", false, null, CourseDelivery.FaceToFace, null, 7m, true, null, null, [], [], []));
        db.Courses.AddRange(courseA, courseB);
        await db.SaveChangesAsync();

        CourseSession Session(Course course, DateTimeOffset starts, params StaffMember[] people)
        {
            var session = new CourseSession(course, new SessionDetails(starts, starts.AddHours(3), "Civic Centre", null, 10, "Lee Harris"), DateOnly.FromDateTime(starts.AddDays(-30).UtcDateTime), starts.AddDays(-30));
            foreach (var p in people)
            {
                session.Book(p.Id, false, [], starts.AddDays(-1));
            }

            db.CourseSessions.Add(session);
            return session;
        }

        var a = Session(courseA, Now.AddHours(-2), eve, fay, gus, hal, sam);
        a.Cancel(hal.Id, Now.AddDays(-1));
        var b = Session(courseB, Now.AddDays(-100), eve, fay);
        var old = Session(courseA, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), gus);
        await db.SaveChangesAsync();

        var method = await db.CpdMethods.Where(m => m.Name == CpdMethods.Workshop).Select(m => m.Id).SingleAsync();
        Booking Attend(CourseSession session, StaffMember person, bool attended)
        {
            var booking = session.Bookings.Single(x => x.StaffMemberId == person.Id);
            var at = session.StartsAt.AddHours(1);
            session.MarkAttendance(booking.Id, attended, at);
            if (attended)
            {
                var day = DateOnly.FromDateTime(session.StartsAt.UtcDateTime);
                db.CpdActivities.Add(session.Complete(booking.Id, method, day, day, CertificateCodes.New(), day, at));
            }

            return booking;
        }

        var eveA = Attend(a, eve, true);
        Attend(a, fay, false);
        Attend(a, sam, true);
        var eveB = Attend(b, eve, true);
        var fayB = Attend(b, fay, true);
        Attend(old, gus, true);
        await db.SaveChangesAsync();

        db.CourseFeedback.Add(CourseFeedback.Give(eveA, courseA.Id, eve.Id, new FeedbackRatings(5, 4, 2, 5, null), false, Now));
        db.CourseFeedback.Add(CourseFeedback.Give(fayB, courseB.Id, fay.Id, new FeedbackRatings(3, 3, 3, 3, null), false, Now));
        var samA = a.Bookings.Single(x => x.StaffMemberId == sam.Id);
        db.CourseFeedback.Add(CourseFeedback.Give(samA, courseA.Id, sam.Id, new FeedbackRatings(1, 1, 5, 1, null), false, Now));
        var yes = PracticeFollowUp.Request(eveB, courseB.Id, today, Now);
        yes.Answer(PracticeChange.Yes, null, sam.Id, Now);
        var no = PracticeFollowUp.Request(fayB, courseB.Id, today, Now);
        no.Answer(PracticeChange.No, null, sam.Id, Now);
        db.PracticeFollowUps.AddRange(yes, no);
        await db.SaveChangesAsync();
        return team.Id;
    });

    [Fact]
    public async Task Courses_HandCountedTeam_MatchesTheHandCalculation()
    {
        // Arrange
        var team = await SeedAsync();
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await lee.GetDocumentAsync("/reports/courses?year=2026&team=" + team.ToString(CultureInfo.InvariantCulture));

        // Assert: 3 completions (A: Eve; B: Eve, Fay); attended 3 of 4 marked; quality (4 + 3) / 2; shift (8 − 5) / 2.
        var tables = document.QuerySelectorAll("[data-testid=report-table]")
            .Select(t => t.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.NormalisedText()))).ToList())
            .ToList();
        Assert.Equal(
            "3 completions of 2 courses; attendance 75%; attendees rate quality 3.5 and their confidence moved +1.5; supervisors saw practice change after 50% of the answered follow-ups.",
            document.GetSingle("[data-testid=headline]").NormalisedText());
        Assert.Equal(
            [
                "Report course B | 1 | 2 | 2 | 0 | 100% | 2 | 1 | 3.0 | 3.0 | 0.0 | 2 | 50%",
                "Report course A | 1 | 3 | 1 | 1 | 50% | 1 | 1 | 5.0 | 4.0 | +3.0 | 0 | –",
            ],
            tables[0]);
        Assert.Equal(
            [
                "Signs of Safety | 1 | 3 | 1 | 1 | 50% | 1 | 1 | 5.0 | 4.0 | +3.0 | 0 | –",
                "No practice framework | 1 | 2 | 2 | 0 | 100% | 2 | 1 | 3.0 | 3.0 | 0.0 | 2 | 50%",
            ],
            tables[1]);
    }
}
