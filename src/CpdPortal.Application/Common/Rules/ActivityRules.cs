using System.Linq.Expressions;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Common.Rules;

/// <summary>
/// The entitlement's counting rule as a query expression: the SQL form of <see cref="Entitlement.Calculate"/>'s filter
/// (a completed entry, dated in the learning year, whose method counts towards the entitlement), tested to agree with
/// it and to translate on every provider. A query that sums or counts entitlement days uses this.
/// </summary>
public static class ActivityRules
{
    /// <summary>
    /// Counts towards the entitlement of <paramref name="year"/>. The activity's <c>Method</c> is read through its
    /// navigation, so a query needs no include.
    /// </summary>
    public static Expression<Func<CpdActivity, bool>> CountsTowardsEntitlementIn(DatePeriod year)
    {
        var start = year.Start;
        var end = year.End;
        return a => a.Status == ActivityStatus.Complete && a.Method!.CountsTowardsEntitlement && a.Date >= start && a.Date <= end;
    }

    /// <summary>The activities that count towards the entitlement of <paramref name="year"/>.</summary>
    public static IQueryable<CpdActivity> CountingTowardsEntitlementIn(this IQueryable<CpdActivity> activities, DatePeriod year) =>
        activities.Where(CountsTowardsEntitlementIn(year));
}
