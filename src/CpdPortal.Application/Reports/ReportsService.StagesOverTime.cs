using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;
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
        var (dates, counts, all) = await StageCountsOverTimeAsync(settings, filter, today, ct);
        var frameworks = ReportedFrameworks.Current(db);
        var areas = await db.CompetenceAreas
            .Where(a => frameworks.Any(f => f.Id == a.FrameworkId))
            .Select(a => new { a.Id, a.Name, a.Order, Framework = a.Framework!.Name })
            .ToListAsync(ct);
        var population = await ReportPopulation.InPost(db, filter, day).CountAsync(ct);
        var shown = areas
            .Where(a => counts.ContainsKey(a.Id))
            .OrderBy(a => a.Framework, StringComparer.Ordinal)
            .ThenBy(a => a.Order)
            .ToList();
        return new Report(
            ReportKind.StagesOverTime,
            Title(ReportKind.StagesOverTime),
            StagesOverTimeHeadline(dates, all),
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

    /// <summary>
    /// The dates of the report, and per area (only areas where someone counted) and in total, on each date, how many
    /// people in post that day stood at each stage. One query over the stage history (docs/adr/0036): the periods
    /// standing on any of the dates, of the staff concerned, counted in the database per area and stage for each date,
    /// so what comes back is a row per area and stage whatever the size of the council.
    /// </summary>
    private async Task<(List<DateOnly> Dates, Dictionary<int, int[][]> Areas, int[][] All)> StageCountsOverTimeAsync(
        PortalSettings settings, ReportFilter filter, DateOnly today, CancellationToken ct)
    {
        var (year, day) = ReportPopulation.Period(settings, filter, today);
        var dates = Enumerable.Range(-QuartersBack, 2 * QuartersBack + 1)
            .Select(k => year.Start.AddMonths(3 * k).AddDays(-1))
            .Where(d => d < day)
            .OrderDescending()
            .Take(QuartersBack)
            .Order()
            .Append(day)
            .ToList();
        if (dates.Count != QuartersBack + 1)
        {
            // The reference day is in the learning year, so at least QuartersBack quarter ends precede it.
            throw new InvalidOperationException("The stages-over-time report needs " + (QuartersBack + 1) + " dates.");
        }

        var (d0, d1, d2, d3, d4) = (dates[0], dates[1], dates[2], dates[3], dates[4]);
        var staff = ReportPopulation.Matching(db, filter).InPostDuring(d0, day);
        var frameworks = ReportedFrameworks.Current(db);
        var reportedAreas = db.CompetenceAreas.Where(a => frameworks.Any(f => f.Id == a.FrameworkId)).Select(a => a.Id);
        var rows = await (
                from p in db.StagePeriods
                join s in staff on p.StaffMemberId equals s.Id
                where p.Until > d0 && p.From <= day && reportedAreas.Contains(p.AreaId)
                select new { p.AreaId, p.Stage, p.From, p.Until, s.StartDate, s.LeaveDate })
            .GroupBy(x => new { x.AreaId, x.Stage })
            .Select(g => new
            {
                g.Key.AreaId,
                g.Key.Stage,
                On0 = g.Count(x => x.From <= d0 && x.Until > d0 && x.StartDate <= d0 && (x.LeaveDate == null || x.LeaveDate >= d0)),
                On1 = g.Count(x => x.From <= d1 && x.Until > d1 && x.StartDate <= d1 && (x.LeaveDate == null || x.LeaveDate >= d1)),
                On2 = g.Count(x => x.From <= d2 && x.Until > d2 && x.StartDate <= d2 && (x.LeaveDate == null || x.LeaveDate >= d2)),
                On3 = g.Count(x => x.From <= d3 && x.Until > d3 && x.StartDate <= d3 && (x.LeaveDate == null || x.LeaveDate >= d3)),
                On4 = g.Count(x => x.From <= d4 && x.Until > d4 && x.StartDate <= d4 && (x.LeaveDate == null || x.LeaveDate >= d4)),
            })
            .ToListAsync(ct);

        var areas = new Dictionary<int, int[][]>();
        var all = dates.Select(_ => new int[5]).ToArray();
        foreach (var row in rows)
        {
            int[] onDates = [row.On0, row.On1, row.On2, row.On3, row.On4];
            if (onDates.All(n => n == 0))
            {
                continue;
            }

            if (!areas.TryGetValue(row.AreaId, out var counts))
            {
                counts = dates.Select(_ => new int[5]).ToArray();
                areas[row.AreaId] = counts;
            }

            for (var i = 0; i < dates.Count; i++)
            {
                counts[i][(int)row.Stage - 1] += onDates[i];
                all[i][(int)row.Stage - 1] += onDates[i];
            }
        }

        return (dates, areas, all);
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
