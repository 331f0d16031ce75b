namespace CpdPortal.Domain.Planning;

public enum PlanStatus
{
    Draft = 0,
    Submitted = 1,
    Approved = 2,
    ChangesRequested = 3,
}

public enum GoalStatus
{
    NotStarted = 0,
    InProgress = 1,
    Achieved = 2,
}
