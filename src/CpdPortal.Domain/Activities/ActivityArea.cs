namespace CpdPortal.Domain.Activities;

/// <summary>A competence area an activity developed.</summary>
public sealed class ActivityArea
{
    private ActivityArea()
    {
    }

    internal ActivityArea(int areaId) => AreaId = areaId;

    public int ActivityId { get; private set; }

    public int AreaId { get; private set; }
}
