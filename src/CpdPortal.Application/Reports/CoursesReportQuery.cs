using CpdPortal.Application.Common;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>One course's outcomes and its practice frameworks.</summary>
public sealed record CourseFigures(string Title, IReadOnlyList<string> Tags, CourseOutcomes Outcomes);

/// <summary>The courses of one practice framework added up (<see cref="Tag"/> null: the courses with none).</summary>
public sealed record PracticeFrameworkFigures(string? Tag, int Courses, CourseOutcomes Outcomes);

/// <summary>How many courses had sessions for these staff in the year, and their outcomes added up.</summary>
public sealed record CoursesHeadline(int Courses, CourseOutcomes All);

public sealed record CoursesReport(
    ReportScope Scope,
    int Population,
    CoursesHeadline Headline,
    IReadOnlyList<CourseFigures> ByCourse,
    IReadOnlyList<PracticeFrameworkFigures> ByFramework);

/// <summary>
/// Uptake and impact per course and per practice framework for sessions that started in the learning year, by the
/// staff the filter matches: places booked, attendance, completions, the attendees' feedback means and confidence
/// shift (Kirkpatrick 1–2) and the supervisors' follow-ups (3). Sums come from SQL, grouped by course; rates and
/// means are taken after adding up (<see cref="CourseOutcomes"/>).
/// </summary>
public sealed class CoursesReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<CoursesReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var outcomes = await OutcomesByCourseAsync(db, filter, scope.Year, ct);
        // The courses with a session in the year (a superset of those above, bounded by the catalogue): the year is the
        // query's only parameter, so EF makes its SQL once (a list of course ids made it write the command every time).
        var (from, to) = (UkMidnight(scope.Year.Start), UkMidnight(scope.Year.End.AddDays(1)));
        var courses = await db.Courses
            .Where(c => db.CourseSessions.Any(s => s.CourseId == c.Id && s.StartsAt >= from && s.StartsAt < to))
            .Select(c => new { c.Id, c.Title, Tags = c.Tags.Join(db.PracticeTags, t => t.TagId, p => p.Id, (t, p) => p.Name).ToList() })
            .ToDictionaryAsync(c => c.Id, ct);
        var perCourse = outcomes
            .Select(o => new CourseFigures(courses[o.Key].Title, courses[o.Key].Tags, o.Value))
            .OrderByDescending(c => c.Outcomes.Completions)
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .ToList();
        var byTag = perCourse
            .SelectMany(c => c.Tags.Select(t => (Tag: (string?)t, c.Outcomes)))
            .Concat(perCourse.Where(c => c.Tags.Count == 0).Select(c => (Tag: (string?)null, c.Outcomes)))
            .GroupBy(x => x.Tag)
            .Select(g => new PracticeFrameworkFigures(g.Key, g.Count(), g.Aggregate(CourseOutcomes.None, (sum, x) => sum.Add(x.Outcomes))))
            .OrderBy(g => g.Tag is null)
            .ThenBy(g => g.Tag, StringComparer.Ordinal)
            .ToList();
        var population = await ReportPopulation.InPost(db, filter, scope.ReferenceDay).CountAsync(ct);
        return new CoursesReport(scope, population, Headline(outcomes.Values), perCourse, byTag);
    }

    internal static CoursesHeadline Headline(IReadOnlyCollection<CourseOutcomes> perCourse) =>
        new(perCourse.Count, perCourse.Aggregate(CourseOutcomes.None, (sum, c) => sum.Add(c)));

    /// <summary>
    /// Each course's outcomes for sessions that started in the year, by the staff the filter matches: one aggregate
    /// query grouped by course.
    /// </summary>
    internal static async Task<Dictionary<int, CourseOutcomes>> OutcomesByCourseAsync(ICpdPortalDbContext db, ReportFilter filter, DatePeriod year, CancellationToken ct)
    {
        var from = UkMidnight(year.Start);
        var to = UkMidnight(year.End.AddDays(1));
        var staff = ReportPopulation.Matching(db, filter).Select(s => s.Id);
        var sessions = db.CourseSessions.Where(s => s.StartsAt >= from && s.StartsAt < to);
        var bookings = db.Bookings
            .Where(b => b.Status != BookingStatus.Cancelled && staff.Contains(b.StaffMemberId))
            .Join(sessions, b => b.SessionId, s => s.Id, (b, s) => new { b.Id, b.SessionId, s.CourseId, b.Status, b.Attendance, b.CompletedOn });

        // One row per course: each booking meets at most one feedback and one follow-up (unique per booking).
        var places = await (
                from b in bookings
                join f in db.CourseFeedback on b.Id equals f.BookingId into fs
                from f in fs.DefaultIfEmpty()
                join u in db.PracticeFollowUps.Where(u => u.AnsweredAt != null) on b.Id equals u.BookingId into us
                from u in us.DefaultIfEmpty()
                group new { b, f, u } by b.CourseId into g
                select new
                {
                    CourseId = g.Key,
                    Sessions = g.Select(x => x.b.SessionId).Distinct().Count(),
                    Booked = g.Count(x => x.b.Status == BookingStatus.Booked),
                    Attended = g.Count(x => x.b.Attendance == Attendance.Attended),
                    DidNotAttend = g.Count(x => x.b.Attendance == Attendance.DidNotAttend),
                    Completions = g.Count(x => x.b.CompletedOn != null),
                    Responses = g.Count(x => x.f != null),
                    Relevance = g.Sum(x => x.f != null ? x.f.Relevance : 0),
                    Quality = g.Sum(x => x.f != null ? x.f.Quality : 0),
                    Before = g.Sum(x => x.f != null ? x.f.ConfidenceBefore : 0),
                    After = g.Sum(x => x.f != null ? x.f.ConfidenceAfter : 0),
                    Answered = g.Count(x => x.u != null),
                    Yes = g.Count(x => x.u != null && x.u.Outcome == PracticeChange.Yes),
                    Partly = g.Count(x => x.u != null && x.u.Outcome == PracticeChange.Partly),
                    No = g.Count(x => x.u != null && x.u.Outcome == PracticeChange.No),
                })
            .ToListAsync(ct);
        return places.ToDictionary(
            p => p.CourseId,
            p => new CourseOutcomes(p.Sessions, p.Booked, p.Attended, p.DidNotAttend, p.Completions, p.Responses, p.Relevance, p.Quality, p.Before, p.After, p.Answered, p.Yes, p.Partly, p.No));
    }

    private static DateTimeOffset UkMidnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeProviderExtensions.UkTimeZone.GetUtcOffset(local));
    }
}
