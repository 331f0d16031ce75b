using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Planning;

/// <summary>One goal of a plan: reach a stage in an area by a date, through planned activities or courses.</summary>
public sealed class PlanGoal
{
    private PlanGoal()
    {
        PlannedActivities = string.Empty;
    }

    internal PlanGoal(GoalDetails details)
    {
        PlannedActivities = string.Empty;
        Change(details);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int AreaId { get; private set; }

    public DreyfusStage TargetStage { get; private set; }

    public DateOnly TargetDate { get; private set; }

    public string PlannedActivities { get; private set; }

    public GoalStatus Status { get; private set; }

    internal void Change(GoalDetails details)
    {
        AreaId = details.AreaId;
        TargetStage = details.TargetStage!.Value;
        TargetDate = details.TargetDate!.Value;
        PlannedActivities = details.PlannedActivities!.Trim();
    }

    internal void Progress(GoalStatus status) => Status = status;
}
