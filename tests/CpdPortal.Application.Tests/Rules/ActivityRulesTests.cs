using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Tests.Rules;

public class ActivityRulesTests
{
    private static readonly DatePeriod Year = new(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31));
    private static readonly DateOnly Today = new(2030, 1, 1);
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Every status and method kind, dated on each day around the learning year's first and last day.</summary>
    private static List<CpdActivity> Activities()
    {
        var counting = new CpdMethod("Course", countsTowardsEntitlement: true, order: 1);
        var notCounting = new CpdMethod("Reading", countsTowardsEntitlement: false, order: 2);
        var id = 0;
        return [.. from date in RuleCases.Around(Year.Start, Year.End)
                   from status in Enum.GetValues<ActivityStatus>()
                   from method in new[] { counting, notCounting }
                   select CpdActivity.Record(7, Details(date, status), Today, Now).With(nameof(CpdActivity.Id), ++id).With(nameof(CpdActivity.Method), method)];
    }

    private static ActivityDetails Details(DateOnly date, ActivityStatus status) => new(
        MethodId: 1,
        Title: "Signs of Safety refresher",
        Date: date,
        EndDate: null,
        Hours: 3m,
        Description: "Workshop on safety mapping.",
        WhatLearnt: "How to separate harm from complicating factors.",
        Impact: "My assessments state danger plainly.",
        PeerName: null,
        PeerReflection: null,
        Certificated: false,
        Status: status,
        AreaIds: []);

    [Fact]
    public void CountsTowardsEntitlementIn_SelectsExactlyWhatEntitlementCalculateCounts()
    {
        var activities = Activities();
        var entries = activities.Select(a => new EntitlementEntry(a.Id, a.Title, a.Date, a.Hours, a.Certificated, a.Status, a.Method!.CountsTowardsEntitlement));

        var byDomain = Entitlement.Calculate(entries, Year, 15m, 7.4m).Counted.Select(e => e.ActivityId).Order().ToList();
        var byExpression = activities.Where(ActivityRules.CountsTowardsEntitlementIn(Year).Compile()).Select(a => a.Id).Order().ToList();

        Assert.NotEmpty(byDomain);
        Assert.Equal(byDomain, byExpression);
    }

    [Fact]
    public void CountsTowardsEntitlementIn_TheYearsFirstAndLastDayCount_TheDaysOutsideDoNot()
    {
        var counted = Activities()
            .Where(ActivityRules.CountsTowardsEntitlementIn(Year).Compile())
            .Select(a => a.Date)
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal([Year.Start, Year.Start.AddDays(1), Year.End.AddDays(-1), Year.End], counted);
    }
}
