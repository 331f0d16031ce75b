namespace CpdPortal.Domain.Planning;

/// <summary>One step in a plan's review: who moved it, when, from what to what, and their comment.</summary>
public sealed class PlanTransition
{
    private PlanTransition()
    {
    }

    internal PlanTransition(PlanStatus from, PlanStatus to, int byStaffId, string? comment, DateTimeOffset at)
    {
        From = from;
        To = to;
        ByStaffId = byStaffId;
        Comment = comment;
        At = at;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public PlanStatus From { get; private set; }

    public PlanStatus To { get; private set; }

    public int ByStaffId { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset At { get; private set; }
}
