namespace CpdPortal.Domain.Activities;

public enum ActivityStatus
{
    Draft = 0,
    Complete = 1,
}
