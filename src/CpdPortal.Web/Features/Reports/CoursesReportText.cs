using CpdPortal.Application.Reports;
using CpdPortal.Domain.Reporting;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the courses report (figures: <see cref="CoursesReportQuery"/>).</summary>
public static class CoursesReportText
{
    private const int CoursesCharted = 15;

    private static readonly string[] OutcomeColumns =
        ["Places booked", "Attended", "Did not attend", "Attendance rate", "Completions", "Feedback answers", "Relevance (1–5)", "Quality (1–5)", "Confidence shift", "Follow-ups answered", "Practice changed (yes or partly)"];

    public static Report Format(CoursesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var charted = report.ByCourse.Take(CoursesCharted).ToList();
        return new Report(
            ReportKind.Courses,
            Title(ReportKind.Courses),
            Headline(report.Headline),
            report.Scope.Year,
            report.Scope.ReferenceDay,
            report.Population,
            CountChart($"Completions by course (the {charted.Count} with most)", "completions", charted.Select(c => (c.Title, c.Outcomes.Completions))),
            [
                new ReportTable("By course", ["Course", "Sessions", .. OutcomeColumns], report.ByCourse.Select(c => OutcomeRow(c.Title, c.Outcomes)).ToList(), Numeric(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
                new ReportTable(
                    "By practice framework",
                    ["Practice framework", "Courses", .. OutcomeColumns],
                    report.ByFramework.Select(t => OutcomeRow(t.Tag ?? "No practice framework", t.Outcomes, Count(t.Courses))).ToList(),
                    Numeric(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
            ],
            [
                "Counts sessions that started in the learning year and the places of the staff the filters match (whether or not they are still in post); cancelled places are not counted, waiting-list places are not counted as booked.",
                "Attendance rate is attended out of those whose attendance was marked. Feedback means and the confidence shift (after minus before) are over the attendees who answered; a course with few answers says little.",
                "Practice changed is the share of supervisors' follow-ups, three months after the course, answered yes or partly. It is an association seen in supervision, not proof the course caused it; service results are reported separately.",
                "A course with several practice frameworks counts under each of them.",
            ]);
    }

    public static string Headline(CoursesHeadline figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var all = figures.All;
        return figures.Courses == 0
            ? "No course sessions for these staff in this learning year yet."
            : $"{Count(all.Completions)} completions of {Count(figures.Courses)} courses; attendance {Rate(all.AttendanceRate)}; "
              + $"attendees rate quality {MeanText(all.MeanQuality)} and their confidence moved {ShiftText(all.ConfidenceShift)}; supervisors saw practice change after {Rate(all.ChangedRate)} of the answered follow-ups.";
    }

    private static IReadOnlyList<string> OutcomeRow(string name, CourseOutcomes o, string? second = null) =>
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
}
