using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>
/// The dates of the report and, on each, how many people stood at each stage (an array of 5, stage 1 first): per area
/// (only areas where someone counted) and all areas together.
/// </summary>
public sealed record StagesOverTimeCounts(IReadOnlyList<DateOnly> Dates, IReadOnlyDictionary<int, int[][]> Areas, int[][] All);

/// <summary>A reported area with someone counted on one of the dates, in framework and area order.</summary>
public sealed record OverTimeArea(string Area, string Framework, int[][] Counts);

public sealed record StagesOverTimeReport(ReportScope Scope, int Population, StagesOverTimeCounts Counts, IReadOnlyList<OverTimeArea> Areas);

/// <summary>
/// The spread of current stages (validated where a supervisor has validated, else self-assessed: the rule of
/// <see cref="CurrentStages"/>) in each area, on the last <see cref="QuartersBack"/> quarter ends and the reference
/// day, read from the stage history (docs/adr/0036) and counted in the database.
/// </summary>
public sealed class StagesOverTimeReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>How many quarter ends before the reference day the report looks back.</summary>
    public const int QuartersBack = 4;

    public async Task<StagesOverTimeReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var counts = await CountsAsync(db, scope, filter, ct);
        var frameworks = ReportedFrameworks.Current(db);
        var areas = await db.CompetenceAreas
            .Where(a => frameworks.Any(f => f.Id == a.FrameworkId))
            .Select(a => new { a.Id, a.Name, a.Order, Framework = a.Framework!.Name })
            .ToListAsync(ct);
        var population = await ReportPopulation.InPost(db, filter, scope.ReferenceDay).CountAsync(ct);
        var shown = areas
            .Where(a => counts.Areas.ContainsKey(a.Id))
            .OrderBy(a => a.Framework, StringComparer.Ordinal)
            .ThenBy(a => a.Order)
            .Select(a => new OverTimeArea(a.Name, a.Framework, counts.Areas[a.Id]))
            .ToList();
        return new StagesOverTimeReport(scope, population, counts, shown);
    }

    /// <summary>
    /// The dates of the report, and per area (only areas where someone counted) and in total, on each date, how many
    /// people in post that day stood at each stage. One query over the stage history (docs/adr/0036): the periods
    /// standing on any of the dates, of the staff concerned, counted in the database per area and stage for each date,
    /// so what comes back is a row per area and stage whatever the size of the council.
    /// </summary>
    internal static async Task<StagesOverTimeCounts> CountsAsync(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        var (year, day) = (scope.Year, scope.ReferenceDay);
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
        var periods = db.StagePeriods.Where(p => p.From <= day && reportedAreas.Contains(p.AreaId));
        if (filter.TeamId is null)
        {
            // The council (or a large part of it): the periods standing on a date, from the (Until, From, …) index.
            periods = periods.Where(p => p.Until > d0);
        }
        else
        {
            // One team: from its few staff (IX_StaffMembers_TeamId_LeaveDate) to their periods by the key
            // (StaffMemberId, AreaId, From), never the whole council's periods standing on the first date. The "Until"
            // bound is left to the counts below (a period that ended before the first date counts on no date), so that
            // the (Until, …) index offers no range the planner could prefer with out-of-date statistics (docs/adr/0038).
            var teamStaff = staff.Select(s => s.Id);
            periods = periods.Where(p => teamStaff.Contains(p.StaffMemberId));
        }

        var rows = await (
                from p in periods
                join s in staff on p.StaffMemberId equals s.Id
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

        return new StagesOverTimeCounts(dates, areas, all);
    }

}
