using CpdPortal.Application.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

public sealed partial class ReportsService
{
    /// <summary>How many quarter ends before the reference day the stages-over-time report looks back.</summary>
    public const int QuartersBack = 4;

    /// <summary>
    /// The spread of current stages (validated where a supervisor has validated, else self-assessed: the rule of
    /// <see cref="CurrentStages"/>) in each area, on the last <see cref="QuartersBack"/> quarter ends and the
    /// reference day. One query loads the few columns of the assessments of the staff concerned up to the reference
    /// day; each date is then worked out in memory, so the query count does not grow with dates or areas.
    /// </summary>
    public async Task<Report> StagesOverTimeAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var today = clock.UkToday();
        var (year, day) = ReportPopulation.Period(settings, filter, today);
        var dates = Enumerable.Range(-QuartersBack, 2 * QuartersBack + 1)
            .Select(k => year.Start.AddMonths(3 * k).AddDays(-1))
            .Where(d => d < day)
            .OrderDescending()
            .Take(QuartersBack)
            .Order()
            .Append(day)
            .ToList();
        var staff = ReportPopulation.Matching(db, filter)
            .Where(s => s.StartDate <= day && (s.LeaveDate == null || s.LeaveDate >= dates[0]));
        var people = await staff.Select(s => new { s.Id, s.StartDate, s.LeaveDate }).ToListAsync(ct);
        var frameworks = ReportedFrameworks.Current(db);
        var areas = await db.CompetenceAreas
            .Where(a => frameworks.Any(f => f.Id == a.FrameworkId))
            .Select(a => new { a.Id, a.Name, a.Order, Framework = a.Framework!.Name })
            .ToListAsync(ct);
        var end = EndOf(day);
        var areaIds = areas.Select(a => a.Id).ToList();
        var history = (await db.StageAssessments
                .Where(a => a.AssessedAt <= end && staff.Any(s => s.Id == a.StaffMemberId) && areaIds.Contains(a.AreaId))
                .Select(a => new { a.StaffMemberId, a.AreaId, a.Kind, a.Stage, a.AssessedAt, a.Id })
                .ToListAsync(ct))
            .ToLookup(a => (a.StaffMemberId, a.AreaId), a => new AssessedStage(a.Kind, a.Stage, a.AssessedAt, a.Id));

        // counts[area][date][stage - 1]: people in post on the date at that stage in that area.
        var counts = areas.ToDictionary(a => a.Id, _ => dates.Select(_ => new int[5]).ToArray());
        foreach (var person in people)
        {
            foreach (var area in areas)
            {
                var assessments = history[(person.Id, area.Id)].ToList();
                if (assessments.Count == 0)
                {
                    continue;
                }

                for (var i = 0; i < dates.Count; i++)
                {
                    if (Measures.InPostOn(person.StartDate, person.LeaveDate, dates[i]) && StageHistory.StageOn(assessments, EndOf(dates[i])) is { } stage)
                    {
                        counts[area.Id][i][(int)stage - 1]++;
                    }
                }
            }
        }

        var shown = areas
            .Where(a => counts[a.Id].Any(d => d.Sum() > 0))
            .OrderBy(a => a.Framework, StringComparer.Ordinal)
            .ThenBy(a => a.Order)
            .ToList();
        var all = dates.Select((_, i) => Enumerable.Range(0, 5).Select(s => shown.Sum(a => counts[a.Id][i][s])).ToArray()).ToArray();
        var population = people.Count(p => Measures.InPostOn(p.StartDate, p.LeaveDate, day));
        var first = all[0];
        var last = all[^1];
        return new Report(
            ReportKind.StagesOverTime,
            Title(ReportKind.StagesOverTime),
            $"{Measures.PercentOf(AtOrAbove(last, DreyfusStage.Competent), last.Sum())}% of current stages are competent (stage 3) or above on {Date(day)}, against {Measures.PercentOf(AtOrAbove(first, DreyfusStage.Competent), first.Sum())}% on {Date(dates[0])}.",
            year,
            day,
            population,
            OverTimeChart("Current stages at competent (stage 3) or above, all areas", dates, all, day == today),
            [
                OverTimeTable("All areas together", dates, all, day == today),
                .. shown.Select(a => OverTimeTable($"{a.Name} ({a.Framework})", dates, counts[a.Id], day == today) with
                {
                    Chart = OverTimeChart($"{a.Name} ({a.Framework}): at competent (stage 3) or above", dates, counts[a.Id], day == today),
                }),
            ],
            [
                "Each person counts once in each area on each date, at their current stage that day: their latest validation by a supervisor on or before it, else their latest self-assessment. This is the rule the pathway and plan pages use.",
                $"The dates are the ends of the last {QuartersBack} quarters of the learning year before the reference day, and the reference day. On each date, only staff in post that day and matching the filters are counted, in the team and role they hold now.",
                "The totals of \"All areas together\" count stages, not people: someone assessed in 6 areas counts 6 times.",
                "Areas where nobody counted had a stage on any of the dates are not listed.",
            ]);
    }

    private static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    private static int AtOrAbove(int[] stageCounts, DreyfusStage stage) => stageCounts.Skip((int)stage - 1).Sum();

    private static string DateLabel(DateOnly date, bool last, bool isToday) => last && isToday ? $"{Date(date)} (today)" : Date(date);

    private static ReportTable OverTimeTable(string caption, List<DateOnly> dates, int[][] counts, bool endsToday) => new(
        caption,
        ["Date", .. DreyfusStages.All.Select(s => $"{(int)s.Stage} {s.Name}"), "Counted", "Competent (3) or above", "Proficient (4) or above"],
        dates.Select((d, i) => (IReadOnlyList<string>)
        [
            DateLabel(d, i == dates.Count - 1, endsToday),
            .. counts[i].Select(Count),
            Count(counts[i].Sum()),
            Percent(Measures.PercentOf(AtOrAbove(counts[i], DreyfusStage.Competent), counts[i].Sum())),
            Percent(Measures.PercentOf(AtOrAbove(counts[i], DreyfusStage.Proficient), counts[i].Sum())),
        ]).ToList(),
        Numeric(1, 2, 3, 4, 5, 6, 7, 8));

    private static ReportChart OverTimeChart(string title, List<DateOnly> dates, int[][] counts, bool endsToday) => new(
        title,
        "at competent or above",
        dates.Select((d, i) =>
        {
            var percent = Measures.PercentOf(AtOrAbove(counts[i], DreyfusStage.Competent), counts[i].Sum());
            return new ChartBar(DateLabel(d, i == dates.Count - 1, endsToday), percent, Percent(percent));
        }).ToList(),
        100);
}
