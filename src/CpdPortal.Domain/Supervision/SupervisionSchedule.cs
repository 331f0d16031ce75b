namespace CpdPortal.Domain.Supervision;

public enum SupervisionFrequency
{
    Weekly = 0,
    Fortnightly = 1,
    Monthly = 2,
}

public enum SupervisionDueStatus
{
    OnTime = 0,
    DueSoon = 1,
    Overdue = 2,
}

/// <summary>
/// How often a role is supervised. The ASYE schedule (weekly for the first 6 weeks, at least fortnightly to 6
/// months, then at least monthly) runs from the person's start date; other roles have a fixed frequency
/// (monthly by default; councils vary, so this is per-role data).
/// </summary>
public sealed record SupervisionPolicy(bool FollowsAsyeSchedule, SupervisionFrequency Standard = SupervisionFrequency.Monthly)
{
    public static readonly SupervisionPolicy Asye = new(true);

    public static readonly SupervisionPolicy MonthlyPolicy = new(false);
}

/// <summary>When supervision is next due, and whether it is late. Pure rules; the clock is passed in.</summary>
public static class SupervisionSchedule
{
    public const int DueSoonDays = 7;

    /// <summary>The frequency that applies on <paramref name="day"/> for someone who started on <paramref name="start"/>.</summary>
    public static SupervisionFrequency FrequencyOn(SupervisionPolicy policy, DateOnly start, DateOnly day)
    {
        if (!policy.FollowsAsyeSchedule)
        {
            return policy.Standard;
        }

        if (day < start.AddDays(42))
        {
            return SupervisionFrequency.Weekly;
        }

        return day < start.AddMonths(6) ? SupervisionFrequency.Fortnightly : SupervisionFrequency.Monthly;
    }

    /// <summary>
    /// The date the next session is due: one interval after the last session, or after the start date when there
    /// has been none. The interval is the one that applies on the day counted from.
    /// </summary>
    public static DateOnly NextDue(SupervisionPolicy policy, DateOnly start, DateOnly? lastSession)
    {
        var from = lastSession is { } last && last >= start ? last : start;
        return FrequencyOn(policy, start, from) switch
        {
            SupervisionFrequency.Weekly => from.AddDays(7),
            SupervisionFrequency.Fortnightly => from.AddDays(14),
            _ => from.AddMonths(1),
        };
    }

    public static SupervisionDueStatus StatusOn(DateOnly due, DateOnly today) =>
        today > due ? SupervisionDueStatus.Overdue
        : due.DayNumber - today.DayNumber <= DueSoonDays ? SupervisionDueStatus.DueSoon
        : SupervisionDueStatus.OnTime;
}
