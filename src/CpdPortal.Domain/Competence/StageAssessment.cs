using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Competence;

/// <summary>
/// One judgement of a person's stage in one competence area. Assessments are never changed: a new one is added,
/// so the history is kept.
/// </summary>
public sealed class StageAssessment
{
    public const int EvidenceMaxLength = 1000;

    private StageAssessment()
    {
    }

    private StageAssessment(int staffMemberId, int areaId, DreyfusStage stage, AssessmentKind kind, int assessedByStaffId, string? note, DateTimeOffset at)
    {
        StaffMemberId = staffMemberId;
        AreaId = areaId;
        Stage = stage;
        Kind = kind;
        AssessedByStaffId = assessedByStaffId;
        Note = note;
        AssessedAt = at;
    }

    public int Id { get; private set; }

    public int StaffMemberId { get; private set; }

    public int AreaId { get; private set; }

    public DreyfusStage Stage { get; private set; }

    public AssessmentKind Kind { get; private set; }

    public int AssessedByStaffId { get; private set; }

    /// <summary>The evidence (self-assessment) or the reason for a different stage (validation).</summary>
    public string? Note { get; private set; }

    public DateTimeOffset AssessedAt { get; private set; }

    public static StageAssessment SelfAssess(int staffMemberId, int areaId, DreyfusStage stage, string? evidence, DateTimeOffset at)
    {
        var errors = new List<FieldError>();
        if (!DreyfusStages.IsDefined(stage))
        {
            errors.Add(new("Stage", "Select the stage that best describes your practice"));
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            errors.Add(new("Evidence", "Enter a short note of the evidence for this stage"));
        }
        else if (evidence.Trim().Length > EvidenceMaxLength)
        {
            errors.Add(new("Evidence", $"The evidence must be {EvidenceMaxLength} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new StageAssessment(staffMemberId, areaId, stage, AssessmentKind.SelfAssessment, staffMemberId, evidence!.Trim(), at);
    }

    /// <summary>A supervisor's validation: agreeing needs no reason; a different stage does.</summary>
    public static StageAssessment Validate(StageAssessment selfAssessment, int supervisorStaffId, DreyfusStage stage, string? reason, DateTimeOffset at)
    {
        if (selfAssessment.Kind != AssessmentKind.SelfAssessment)
        {
            throw new DomainRuleException("assessment.validate", "Only a self-assessment can be validated");
        }

        if (supervisorStaffId == selfAssessment.StaffMemberId)
        {
            throw new DomainRuleException("assessment.self", "You cannot validate your own assessment");
        }

        var errors = new List<FieldError>();
        if (!DreyfusStages.IsDefined(stage))
        {
            errors.Add(new("Stage", "Select the stage you agree with"));
        }
        else if (stage != selfAssessment.Stage && string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new("Reason", "Enter why you have set a different stage"));
        }

        if (reason?.Trim().Length > EvidenceMaxLength)
        {
            errors.Add(new("Reason", $"The reason must be {EvidenceMaxLength} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new StageAssessment(
            selfAssessment.StaffMemberId,
            selfAssessment.AreaId,
            stage,
            AssessmentKind.Validation,
            supervisorStaffId,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            at);
    }
}
