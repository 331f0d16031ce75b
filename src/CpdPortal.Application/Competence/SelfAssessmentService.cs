using CpdPortal.Application.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Competence;

/// <summary>
/// Self-assessment of Dreyfus stages (/my/assessment). Assessments are only ever added, so the history is kept.
/// Every lookup is scoped to the signed-in staff member's own frameworks: an area outside them is "not found".
/// </summary>
public sealed class SelfAssessmentService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const int HistoryPageSize = 10;

    public async Task<AssessmentOverview> GetOverviewAsync(int staffMemberId, CancellationToken ct = default)
    {
        var registered = await MyCompetence.IsRegisteredAsync(db, staffMemberId, ct) ?? false;
        var areas = await MyCompetence.AreasAsync(db, registered, ct);
        var current = await MyCompetence.CurrentStagesAsync(db, staffMemberId, ct);
        var carriedFrom = current.Values.Where(c => c.CarriedFromAreaId is not null).Select(c => c.CarriedFromAreaId!.Value).ToList();
        var versions = carriedFrom.Count == 0
            ? []
            : await db.CompetenceAreas.Where(a => carriedFrom.Contains(a.Id)).Select(a => new { a.Id, a.Framework!.Version }).ToDictionaryAsync(a => a.Id, a => a.Version, ct);

        var frameworks = areas
            .GroupBy(a => (a.FrameworkId, a.FrameworkName, a.FrameworkVersion))
            .Select(g => new FrameworkAreas(
                g.Key.FrameworkId,
                g.Key.FrameworkName,
                g.Key.FrameworkVersion,
                g.Select(a =>
                {
                    var stage = current.GetValueOrDefault(a.AreaId);
                    return new AreaCurrentStage(a.AreaId, a.Name, stage, stage?.CarriedFromAreaId is { } from ? versions.GetValueOrDefault(from) : null);
                }).ToList()))
            .ToList();
        return new AssessmentOverview(frameworks);
    }

    /// <summary>The area's page, or null when the area is not in one of my frameworks.</summary>
    public async Task<AreaAssessment?> GetAreaAsync(int staffMemberId, int areaId, int page, CancellationToken ct = default)
    {
        var registered = await MyCompetence.IsRegisteredAsync(db, staffMemberId, ct);
        if (registered is null)
        {
            return null;
        }

        var area = await db.CompetenceAreas
            .AsNoTracking()
            .Include(a => a.StageDescriptors)
            .Include(a => a.Framework)
            .SingleOrDefaultAsync(a => a.Id == areaId, ct);
        if (area?.Framework is not { Status: FrameworkStatus.Published } framework || !framework.AppliesTo(registered.Value))
        {
            return null;
        }

        // The area's history across framework versions: every version of the area shares its key.
        var key = area.Key;
        var mine = db.StageAssessments.Where(a => a.StaffMemberId == staffMemberId && db.CompetenceAreas.Any(x => x.Id == a.AreaId && x.Key == key));
        var total = await mine.CountAsync(ct);
        page = Paging.PageToShow(page, total, HistoryPageSize);
        var history = await (
                from a in mine
                join s in db.StaffMembers on a.AssessedByStaffId equals s.Id
                join x in db.CompetenceAreas on a.AreaId equals x.Id
                orderby a.AssessedAt descending, a.Id descending
                select new AssessmentHistoryItem(
                    a.AssessedAt,
                    a.Stage,
                    a.Kind,
                    s.GivenName + " " + s.FamilyName,
                    a.Note,
                    a.AreaId == areaId ? null : x.Framework!.Version,
                    a.AreaId == areaId ? null : x.Name))
            .Skip((page - 1) * HistoryPageSize)
            .Take(HistoryPageSize)
            .ToListAsync(ct);

        var stages = DreyfusStages.All
            .Select(d => new StageWording(d.Stage, d.Name, area.WordingFor(d.Stage)))
            .ToList();
        return new AreaAssessment(
            area.Id,
            area.Name,
            area.Description,
            framework.Name,
            stages,
            new PagedResult<AssessmentHistoryItem>(history, page, HistoryPageSize, total));
    }

    /// <summary>
    /// Adds a self-assessment. False when the area is not in one of my frameworks (nothing saved). A broken rule
    /// (no stage, no evidence, evidence too long) throws the domain's validation error and saves nothing.
    /// </summary>
    public async Task<bool> SelfAssessAsync(int staffMemberId, SelfAssessmentInput input, CancellationToken ct = default)
    {
        if (!await MyCompetence.IsMyAreaAsync(db, staffMemberId, input.AreaId, ct))
        {
            return false;
        }

        var assessment = StageAssessment.SelfAssess(staffMemberId, input.AreaId, input.Stage, input.Evidence, clock.GetUtcNow());
        db.StageAssessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
