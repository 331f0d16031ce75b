namespace CpdPortal.Domain.Competence;

/// <summary>
/// The five Dreyfus stages, ordered. A stage describes competence in one area, never a person's grade.
/// </summary>
public enum DreyfusStage
{
    Novice = 1,
    AdvancedBeginner = 2,
    Competent = 3,
    Proficient = 4,
    Expert = 5,
}
