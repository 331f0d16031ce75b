using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Workforce;
using CpdPortal.TestCommon;

namespace CpdPortal.Application.Tests.Rules;

public class StaffRulesTests
{
    private static readonly DateOnly Start = new(2025, 4, 1);
    private static readonly DateOnly Left = new(2026, 3, 31);

    /// <summary>People who started on <see cref="Start"/>: still in post, and leaving on each day around <see cref="Left"/> (and on their first day).</summary>
    private static IEnumerable<StaffMember> People() =>
        new DateOnly?[] { null, Start, Left.AddDays(-1), Left, Left.AddDays(1) }
            .Select(leave => leave is { } day
                ? StaffMemberBuilder.AStaffMember().StartedOn(Start).LeftOn(day).Build()
                : StaffMemberBuilder.AStaffMember().StartedOn(Start).Build());

    public static TheoryData<DateOnly> Days() => new(RuleCases.Around(Start, Left, new DateOnly(2025, 10, 1)));

    [Theory]
    [MemberData(nameof(Days))]
    public void InPostOn_AgreesWithIsCurrentOn_ForEveryStartAndLeavingDayAroundTheBoundaries(DateOnly day)
    {
        var rule = StaffRules.InPostOn(day).Compile();

        foreach (var person in People())
        {
            Assert.True(person.IsCurrentOn(day) == rule(person), $"start {person.StartDate}, left {person.LeaveDate}, on {day}");
        }
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void NotLeftBefore_AgreesWithIsCurrentOnIgnoringTheStartDate(DateOnly day)
    {
        var rule = StaffRules.NotLeftBefore(day).Compile();

        foreach (var person in People())
        {
            // IsCurrentOn on a day after the start: only the leaving date decides.
            var startedLongAgo = StaffMemberBuilder.AStaffMember().StartedOn(DateOnly.MinValue).Build();
            if (person.LeaveDate is { } leave)
            {
                startedLongAgo.MarkAsLeaver(leave);
            }

            Assert.True(startedLongAgo.IsCurrentOn(day) == rule(person), $"left {person.LeaveDate}, on {day}");
        }
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void InPostDuring_AgreesWithIsCurrentOnOnSomeDayOfThePeriod(DateOnly first)
    {
        foreach (var length in new[] { 0, 1, 30 })
        {
            var last = first.AddDays(length);
            var rule = StaffRules.InPostDuring(first, last).Compile();

            foreach (var person in People())
            {
                var onSomeDay = Enumerable.Range(0, length + 1).Any(i => person.IsCurrentOn(first.AddDays(i)));
                Assert.True(onSomeDay == rule(person), $"start {person.StartDate}, left {person.LeaveDate}, from {first} to {last}");
            }
        }
    }

    [Fact]
    public void InPostOn_LeavingToday_IsStillInPostButNotTomorrow()
    {
        var person = StaffMemberBuilder.AStaffMember().StartedOn(Start).LeftOn(Left).Build();

        Assert.True(StaffRules.InPostOn(Left).Compile()(person));
        Assert.False(StaffRules.InPostOn(Left.AddDays(1)).Compile()(person));
    }
}
