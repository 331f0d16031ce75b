using CpdPortal.Application.Reports;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;
using static CpdPortal.Web.Features.Reports.ReportText;

namespace CpdPortal.Web.Features.Reports;

/// <summary>The words and layout of the stages-over-time report (figures: <see cref="StagesOverTimeReportQuery"/>).</summary>
public static class StagesOverTimeReportText
{
    public static Report Format(StagesOverTimeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (dates, all, endsToday) = (report.Counts.Dates, report.Counts.All, report.Scope.EndsToday);
        return new Report(
            ReportKind.StagesOverTime,
            Title(ReportKind.StagesOverTime),
            Headline(report.Counts),
            report.Scope.Year,
            report.Scope.ReferenceDay,
            report.Population,
            Chart("Current stages at competent (stage 3) or above, all areas", dates, all, endsToday),
            [
                Table("All areas together", dates, all, endsToday),
                .. report.Areas.Select(a => Table($"{a.Area} ({a.Framework})", dates, a.Counts, endsToday) with
                {
                    Chart = Chart($"{a.Area} ({a.Framework}): at competent (stage 3) or above", dates, a.Counts, endsToday),
                }),
            ],
            [
                "Each person counts once in each area on each date, at their current stage that day: their latest validation by a supervisor on or before it, else their latest self-assessment. This is the rule the pathway and plan pages use.",
                $"The dates are the ends of the last {StagesOverTimeReportQuery.QuartersBack} quarters of the learning year before the reference day, and the reference day. On each date, only staff in post that day and matching the filters are counted, in the team and role they hold now.",
                "The totals of \"All areas together\" count stages, not people: someone assessed in 6 areas counts 6 times.",
                "Areas where nobody counted had a stage on any of the dates are not listed.",
            ]);
    }

    public static string Headline(StagesOverTimeCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var (dates, all) = (counts.Dates, counts.All);
        return $"{Measures.PercentOf(AtOrAbove(all[^1], DreyfusStage.Competent), all[^1].Sum())}% of current stages are competent (stage 3) or above on {Date(dates[^1])}"
               + (all[0].Sum() == 0
                   ? $"; none had been recorded on {Date(dates[0])}."
                   : $", against {Measures.PercentOf(AtOrAbove(all[0], DreyfusStage.Competent), all[0].Sum())}% on {Date(dates[0])}.");
    }

    private static int AtOrAbove(int[] stageCounts, DreyfusStage stage) => stageCounts.Skip((int)stage - 1).Sum();

    private static string DateLabel(DateOnly date, bool last, bool endsToday) => last && endsToday ? $"{Date(date)} (today)" : Date(date);

    private static ReportTable Table(string caption, IReadOnlyList<DateOnly> dates, int[][] counts, bool endsToday) => new(
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

    private static ReportChart Chart(string title, IReadOnlyList<DateOnly> dates, int[][] counts, bool endsToday) => new(
        title,
        "at competent or above",
        dates.Select((d, i) =>
        {
            var percent = Measures.PercentOf(AtOrAbove(counts[i], DreyfusStage.Competent), counts[i].Sum());
            return new ChartBar(DateLabel(d, i == dates.Count - 1, endsToday), percent, Percent(percent));
        }).ToList(),
        100);
}
