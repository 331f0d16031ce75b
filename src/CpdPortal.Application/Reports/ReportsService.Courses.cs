using CpdPortal.Application.Common;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

public sealed partial class ReportsService
{
    private const int CoursesCharted = 15;

    /// <summary>
    /// Uptake and impact per course and per practice framework for sessions that started in the learning year, by the
    /// staff the filter matches: places booked, attendance, completions, the attendees' feedback means and confidence
    /// shift (Kirkpatrick 1–2) and the supervisors' follow-ups (3). Sums come from SQL, grouped by course; rates and
    /// means are taken after adding up (<see cref="CourseOutcomes"/>).
    /// </summary>
    public async Task<Report> CoursesAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var (year, day) = ReportPopulation.Period(settings, filter, clock.UkToday());
        var perCourse = await CourseOutcomesAsync(filter, year, ct);
        var byTag = perCourse
            .SelectMany(c => c.Tags.Select(t => (Tag: t, c.Outcomes)))
            .Concat(perCourse.Where(c => c.Tags.Count == 0).Select(c => (Tag: "No practice framework", c.Outcomes)))
            .GroupBy(x => x.Tag)
            .Select(g => (Tag: g.Key, Courses: g.Count(), Outcomes: g.Aggregate(CourseOutcomes.None, (sum, x) => sum.Add(x.Outcomes))))
            .OrderBy(g => g.Tag == "No practice framework")
            .ThenBy(g => g.Tag, StringComparer.Ordinal)
            .ToList();

        var charted = perCourse.Take(CoursesCharted).ToList();
        return new Report(
            ReportKind.Courses,
            Title(ReportKind.Courses),
            CoursesHeadline(perCourse),
            year,
            day,
            await ReportPopulation.InPost(db, filter, day).CountAsync(ct),
            new ReportChart(
                $"Completions by course (the {charted.Count} with most)",
                "completions",
                charted.Select(c => new ChartBar(c.Title, c.Outcomes.Completions, Count(c.Outcomes.Completions))).ToList(),
                Math.Max(1, charted.Select(c => c.Outcomes.Completions).DefaultIfEmpty().Max())),
            [
                new ReportTable(
                    "By course",
                    ["Course", "Sessions", "Places booked", "Attended", "Did not attend", "Attendance rate", "Completions", "Feedback answers", "Relevance (1–5)", "Quality (1–5)", "Confidence shift", "Follow-ups answered", "Practice changed (yes or partly)"],
                    perCourse.Select(c => OutcomeRow(c.Title, c.Outcomes)).ToList(),
                    Numeric(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
                new ReportTable(
                    "By practice framework",
                    ["Practice framework", "Courses", "Places booked", "Attended", "Did not attend", "Attendance rate", "Completions", "Feedback answers", "Relevance (1–5)", "Quality (1–5)", "Confidence shift", "Follow-ups answered", "Practice changed (yes or partly)"],
                    byTag.Select(t => OutcomeRow(t.Tag, t.Outcomes, Count(t.Courses))).ToList(),
                    Numeric(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
            ],
            [
                "Counts sessions that started in the learning year and the places of the staff the filters match (whether or not they are still in post); cancelled places are not counted, waiting-list places are not counted as booked.",
                "Attendance rate is attended out of those whose attendance was marked. Feedback means and the confidence shift (after minus before) are over the attendees who answered; a course with few answers says little.",
                "Practice changed is the share of supervisors' follow-ups, three months after the course, answered yes or partly. It is an association seen in supervision, not proof the course caused it; service results are reported separately.",
                "A course with several practice frameworks counts under each of them.",
            ]);
    }

    /// <summary>
    /// Each course's outcomes for sessions that started in the year, by the staff the filter matches, most
    /// completions first: one aggregate query grouped by course, and one for the titles and practice frameworks.
    /// </summary>
    private async Task<List<(string Title, List<string> Tags, CourseOutcomes Outcomes)>> CourseOutcomesAsync(ReportFilter filter, DatePeriod year, CancellationToken ct)
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
        var courseIds = places.Select(p => p.CourseId).ToList();
        var courses = await db.Courses
            .Where(c => courseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, Tags = c.Tags.Join(db.PracticeTags, t => t.TagId, p => p.Id, (t, p) => p.Name).ToList() })
            .ToDictionaryAsync(c => c.Id, ct);

        var perCourse = places
            .Select(p =>
            {
                var course = courses[p.CourseId];
                var outcomes = new CourseOutcomes(
                    p.Sessions, p.Booked, p.Attended, p.DidNotAttend, p.Completions, p.Responses, p.Relevance, p.Quality, p.Before, p.After, p.Answered, p.Yes, p.Partly, p.No);
                return (course.Title, course.Tags, Outcomes: outcomes);
            })
            .OrderByDescending(c => c.Outcomes.Completions)
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .ToList();
        return perCourse;
    }

    private static string CoursesHeadline(List<(string Title, List<string> Tags, CourseOutcomes Outcomes)> perCourse)
    {
        var all = perCourse.Aggregate(CourseOutcomes.None, (sum, c) => sum.Add(c.Outcomes));
        return perCourse.Count == 0
            ? "No course sessions for these staff in this learning year yet."
            : $"{Count(all.Completions)} completions of {Count(perCourse.Count)} courses; attendance {Rate(all.AttendanceRate)}; "
              + $"attendees rate quality {MeanText(all.MeanQuality)} and their confidence moved {ShiftText(all.ConfidenceShift)}; supervisors saw practice change after {Rate(all.ChangedRate)} of the answered follow-ups.";
    }

    private static string[] OutcomeRow(string name, CourseOutcomes o, string? second = null) =>
    [
        name,
        second ?? Count(o.Sessions),
        Count(o.Booked),
        Count(o.Attended),
        Count(o.DidNotAttend),
        Rate(o.AttendanceRate),
        Count(o.Completions),
        Count(o.Responses),
        MeanText(o.MeanRelevance),
        MeanText(o.MeanQuality),
        ShiftText(o.ConfidenceShift),
        Count(o.FollowUpsAnswered),
        Rate(o.ChangedRate),
    ];

    private static string Rate(int? percent) => percent is { } p ? Percent(p) : "–";

    private static string MeanText(decimal? mean) => mean is { } m ? m.ToString("0.0", Uk) : "–";

    private static string ShiftText(decimal? shift) => shift switch
    {
        null => "–",
        > 0 => "+" + shift.Value.ToString("0.0", Uk),
        _ => shift.Value.ToString("0.0", Uk),
    };

    private static DateTimeOffset UkMidnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeProviderExtensions.UkTimeZone.GetUtcOffset(local));
    }
}
