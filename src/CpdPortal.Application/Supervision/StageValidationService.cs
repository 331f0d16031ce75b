using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>
/// Stage validation: the supervisor agrees with a current supervisee's latest self-assessment in an area or sets a
/// different stage with a reason. The validation is what the pathway gap then reads (CurrentStages).
/// </summary>
public sealed class StageValidationService(ICpdPortalDbContext db, TimeProvider clock, SelfAssessmentService assessments)
{
    public async Task<StageValidationPage?> GetAsync(int supervisorId, int staffMemberId, int areaId, int page, CancellationToken ct = default)
    {
        if (!await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, staffMemberId, clock.UkToday(), ct))
        {
            return null;
        }

        var area = await assessments.GetAreaAsync(staffMemberId, areaId, page, ct);
        if (area is null)
        {
            return null;
        }

        var header = (await SupervisionReads.HeaderAsync(db, staffMemberId, ct))!;
        return new StageValidationPage(header, area, await LatestSelfAsync(staffMemberId, areaId, ct));
    }

    /// <summary>
    /// Records the validation. False when the person is not a current supervisee or the area is not theirs. The
    /// assessment answered must be their latest self-assessment in the area (otherwise the person re-assessed while
    /// the supervisor was reading: a rule error asks them to look again); stage/reason errors come from the domain.
    /// </summary>
    public async Task<bool> ValidateAsync(int supervisorId, int staffMemberId, int areaId, StageValidationInput input, CancellationToken ct = default)
    {
        if (!await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, staffMemberId, clock.UkToday(), ct)
            || !await MyCompetence.IsMyAreaAsync(db, staffMemberId, areaId, ct))
        {
            return false;
        }

        var latest = await LatestSelfAsync(staffMemberId, areaId, ct)
            ?? throw new DomainRuleException("assessment.none", "There is no self-assessment in this area to validate yet");
        if (latest.AssessmentId != input.AssessmentId)
        {
            throw new DomainRuleException("assessment.changed", "A newer self-assessment arrived while you were reading. Read it before you validate.");
        }

        var self = await db.StageAssessments.AsNoTracking().SingleAsync(a => a.Id == latest.AssessmentId, ct);
        db.StageAssessments.Add(StageAssessment.Validate(self, supervisorId, input.Stage, input.Reason, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<SelfAssessed?> LatestSelfAsync(int staffMemberId, int areaId, CancellationToken ct)
    {
        var inArea = db.StageAssessments.Where(a => a.StaffMemberId == staffMemberId && a.AreaId == areaId);
        var latest = await inArea
            .Where(a => a.Kind == AssessmentKind.SelfAssessment)
            .OrderByDescending(a => a.AssessedAt)
            .ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Stage, a.Note, a.AssessedAt })
            .FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return null;
        }

        var answered = await inArea.AnyAsync(a => a.Kind == AssessmentKind.Validation && a.Id > latest.Id, ct);
        return new SelfAssessed(latest.Id, latest.Stage, latest.Note, latest.AssessedAt, !answered);
    }
}
