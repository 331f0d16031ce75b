using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Pathways;

/// <summary>The stage a pathway role expects in one competence area.</summary>
public sealed class RoleExpectation
{
    private RoleExpectation()
    {
    }

    internal RoleExpectation(CompetenceArea area, DreyfusStage stage)
    {
        Area = area;
        AreaId = area.Id;
        Stage = stage;
    }

    public int Id { get; private set; }

    public int RoleId { get; private set; }

    public int AreaId { get; private set; }

    public CompetenceArea? Area { get; private set; }

    public DreyfusStage Stage { get; private set; }

    internal void Change(DreyfusStage stage) => Stage = stage;
}
