namespace CpdPortal.Domain.Supervision;

/// <summary>
/// How often holders of one pathway role are supervised (settings data; councils vary). A role without a row is
/// supervised monthly.
/// </summary>
public sealed class RoleSupervisionPolicy
{
    private RoleSupervisionPolicy()
    {
    }

    public RoleSupervisionPolicy(int pathwayRoleId, SupervisionPolicy policy)
    {
        PathwayRoleId = pathwayRoleId;
        Change(policy);
    }

    public int Id { get; private set; }

    public int PathwayRoleId { get; private set; }

    public bool FollowsAsyeSchedule { get; private set; }

    public SupervisionFrequency Frequency { get; private set; }

    public SupervisionPolicy Policy => new(FollowsAsyeSchedule, Frequency);

    public void Change(SupervisionPolicy policy)
    {
        FollowsAsyeSchedule = policy.FollowsAsyeSchedule;
        Frequency = policy.Standard;
    }
}
