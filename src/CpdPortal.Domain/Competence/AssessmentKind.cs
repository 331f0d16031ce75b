namespace CpdPortal.Domain.Competence;

public enum AssessmentKind
{
    /// <summary>The practitioner's own judgement, with evidence.</summary>
    SelfAssessment = 0,

    /// <summary>The supervisor agreeing, or setting a different stage with a reason.</summary>
    Validation = 1,
}
