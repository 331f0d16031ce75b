using CpdPortal.Application.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>The staff counted and how many of them have at least one stage validated by a supervisor.</summary>
public sealed record StagesHeadline(int Validated, int Population);

public sealed record StageCount(DreyfusStage Stage, int Count);

/// <summary>An area (by the newest published version's name) and how many people stand validated at each stage, in stage order.</summary>
public sealed record StageAreaRow(string Area, string Framework, IReadOnlyList<int> ByStage);

public sealed record StagesReport(ReportScope Scope, StagesHeadline Headline, IReadOnlyList<StageCount> Totals, IReadOnlyList<StageAreaRow> ByArea);

/// <summary>
/// How validated stages are distributed in each competence area: the latest validation per person and area on or
/// before the reference day. Three queries: the head counts (<see cref="ReportHeadcount"/>), the count per area key and stage (grouped in
/// the database), and the names of the published areas.
/// </summary>
public sealed class StagesReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<StagesReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var headcount = await ReportHeadcounts.ForAsync(db, scope, filter, ct);
        var people = ReportPopulation.InPost(db, filter, scope.ReferenceDay).Select(s => s.Id);
        var dayEnd = EndOf(scope.ReferenceDay);
        // An area keeps its key across framework versions (ADR 0013): a person counts once per area key, at their
        // latest validation under any version, and the row is named as the newest published version names it.
        var latest =
            from a in db.StageAssessments
            where a.Kind == AssessmentKind.Validation && a.AssessedAt <= dayEnd && people.Contains(a.StaffMemberId)
            join area in db.CompetenceAreas on a.AreaId equals area.Id
            group a by new { a.StaffMemberId, area.Key } into g
            select g.Max(a => a.Id);
        var counts = await (
                from a in db.StageAssessments
                where latest.Contains(a.Id)
                join area in db.CompetenceAreas on a.AreaId equals area.Id
                group a by new { area.Key, a.Stage } into g
                select new { g.Key.Key, g.Key.Stage, Count = g.Count() })
            .ToListAsync(ct);
        var keys = counts.Select(c => c.Key).Distinct().ToList();
        var names = (await db.CompetenceAreas
                .Where(x => x.Framework!.PublishedOn != null && keys.Contains(x.Key))
                .Select(x => new { x.Key, x.Name, Framework = x.Framework!.Name, x.Order, x.Framework.Version })
                .ToListAsync(ct))
            .GroupBy(x => x.Key)
            .Select(g => g.OrderByDescending(x => x.Version).First())
            .ToList();
        var stages = DreyfusStages.All.Select(s => s.Stage).ToList();
        var byArea = names
            .OrderBy(a => a.Framework, StringComparer.Ordinal)
            .ThenBy(a => a.Order)
            .Select(a => new StageAreaRow(a.Name, a.Framework, stages.Select(s => counts.Where(c => c.Key == a.Key && c.Stage == s).Sum(c => c.Count)).ToList()))
            .ToList();
        var totals = stages.Select(s => new StageCount(s, counts.Where(c => c.Stage == s).Sum(c => c.Count))).ToList();
        return new StagesReport(scope, Headline(headcount), totals, byArea);
    }

    internal static StagesHeadline Headline(ReportHeadcount headcount) => new(headcount.Validated, headcount.InPost);

    private static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
}
