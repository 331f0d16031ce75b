using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Pathways;

/// <summary>The distance, in one area, between the stage a role expects and a person's latest stage.</summary>
public sealed record AreaGap(int AreaId, DreyfusStage Expected, DreyfusStage? Current)
{
    /// <summary>Stages still to go; zero when met or exceeded.</summary>
    public int Stages => DreyfusStages.Gap(Expected, Current);

    public bool IsMet => Stages == 0;

    public bool IsAssessed => Current is not null;
}
