using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using static CpdPortal.TestCommon.StaffMemberBuilder;

namespace CpdPortal.Domain.Tests.Workforce;

/// <summary>Every change of a person's FTE is kept as history (issue 15, point 5; ADR 0032).</summary>
public class WorkingPatternChangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Change_NewFte_ChangesThePersonAndReturnsFromToWhenAndWho()
    {
        var person = AStaffMember().WithId(42).Build();

        var change = WorkingPatternChange.Change(person, 0.6m, "ade.admin@demo.test", Now);

        Assert.NotNull(change);
        Assert.Equal(0.6m, person.FullTimeEquivalent);
        Assert.Equal((42, 1m, 0.6m, Now, "ade.admin@demo.test"), (change.StaffMemberId, change.FromFte, change.ToFte, change.ChangedAt, change.ChangedBy));
    }

    [Fact]
    public void Change_SameFte_IsNoChangeAndKeepsNothing()
    {
        var person = AStaffMember().WithId(42).Build();
        person.ChangeWorkingPattern(0.8m);

        var change = WorkingPatternChange.Change(person, 0.8m, WorkingPatternChange.ImportActor, Now);

        Assert.Null(change);
        Assert.Equal(0.8m, person.FullTimeEquivalent);
    }

    [Fact]
    public void Change_PersonNotYetSaved_SetsTheFteWithoutHistory()
    {
        var person = AStaffMember().WithId(0).Build();

        var change = WorkingPatternChange.Change(person, 0.5m, WorkingPatternChange.ImportActor, Now);

        Assert.Null(change);
        Assert.Equal(0.5m, person.FullTimeEquivalent);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.01")]
    [InlineData("0.60001")]
    public void Change_FteOutsideTheRule_IsRefusedAndChangesNothing(string fte)
    {
        var person = AStaffMember().WithId(42).Build();

        var error = Assert.Throws<DomainRuleException>(() => WorkingPatternChange.Change(person, decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture), "ade.admin@demo.test", Now));

        Assert.Equal("staff.fte", error.Rule);
        Assert.Equal(1m, person.FullTimeEquivalent);
    }
}
