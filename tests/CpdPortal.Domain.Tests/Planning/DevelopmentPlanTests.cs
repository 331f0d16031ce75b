using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;

namespace CpdPortal.Domain.Tests.Planning;

public class DevelopmentPlanTests
{
    private const int Owner = 10;
    private const int Supervisor = 20;
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static GoalDetails Goal() => new(3, DreyfusStage.Competent, Today.AddMonths(6), "Signs of Safety two-day course; shadow a senior practitioner.");

    private static DevelopmentPlan PlanWithGoal()
    {
        var plan = DevelopmentPlan.Start(Owner, new DateOnly(2026, 4, 1), Now);
        plan.AddGoal(Goal(), Today, Now);
        return plan;
    }

    [Fact]
    public void Start_IsAnEditableDraft()
    {
        var plan = DevelopmentPlan.Start(Owner, new DateOnly(2026, 4, 1), Now);

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.True(plan.IsEditable);
    }

    [Fact]
    public void Submit_WithoutGoals_IsRefused()
    {
        var plan = DevelopmentPlan.Start(Owner, new DateOnly(2026, 4, 1), Now);

        var error = Assert.Throws<DomainValidationException>(() => plan.Submit(Owner, Now));

        Assert.Equal("Goals", Assert.Single(error.Errors).Field);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void Submit_BySomeoneElse_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => PlanWithGoal().Submit(Supervisor, Now));
    }

    [Fact]
    public void Submit_LocksThePlanAndRecordsTheTransition()
    {
        var plan = PlanWithGoal();

        plan.Submit(Owner, Now);

        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.False(plan.IsEditable);
        Assert.Throws<DomainRuleException>(() => plan.AddGoal(Goal(), Today, Now));
        var step = Assert.Single(plan.Transitions);
        Assert.Equal((PlanStatus.Draft, PlanStatus.Submitted, Owner), (step.From, step.To, step.ByStaffId));
    }

    [Fact]
    public void Approve_SubmittedPlan_IsApprovedWithTheComment()
    {
        var plan = PlanWithGoal();
        plan.Submit(Owner, Now);

        plan.Approve(Supervisor, "  A good plan. ", Now.AddDays(1));

        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal("A good plan.", plan.Transitions.Last().Comment);
        Assert.Throws<DomainRuleException>(() => plan.Submit(Owner, Now));
    }

    [Fact]
    public void Approve_DraftOrOwnPlan_IsRefused()
    {
        var plan = PlanWithGoal();

        Assert.Throws<DomainRuleException>(() => plan.Approve(Supervisor, null, Now));
        plan.Submit(Owner, Now);
        Assert.Throws<DomainRuleException>(() => plan.Approve(Owner, null, Now));
    }

    [Fact]
    public void RequestChanges_NeedsACommentThenTheOwnerCanEditAndResubmit()
    {
        var plan = PlanWithGoal();
        plan.Submit(Owner, Now);

        Assert.Throws<DomainValidationException>(() => plan.RequestChanges(Supervisor, " ", Now));
        plan.RequestChanges(Supervisor, "Add a goal for critical reflection.", Now.AddDays(1));
        plan.AddGoal(Goal() with { AreaId = 6 }, Today, Now.AddDays(2));
        plan.Submit(Owner, Now.AddDays(2));

        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal(
            [PlanStatus.Submitted, PlanStatus.ChangesRequested, PlanStatus.Submitted],
            plan.Transitions.Select(t => t.To));
    }

    [Fact]
    public void AddGoal_BadDetails_NamesEachField()
    {
        var plan = DevelopmentPlan.Start(Owner, new DateOnly(2026, 4, 1), Now);

        var error = Assert.Throws<DomainValidationException>(() => plan.AddGoal(new GoalDetails(0, null, Today.AddDays(-1), " "), Today, Now));

        Assert.Equal(["AreaId", "TargetStage", "TargetDate", "PlannedActivities"], error.Errors.Select(e => e.Field));
        Assert.Empty(plan.Goals);
    }

    [Fact]
    public void RecordProgress_OnAnApprovedPlan_IsAllowed()
    {
        var plan = PlanWithGoal();
        plan.Submit(Owner, Now);
        plan.Approve(Supervisor, null, Now);
        var goal = plan.Goals.Single();

        plan.RecordProgress(goal.Id, GoalStatus.Achieved, Now);

        Assert.Equal(GoalStatus.Achieved, goal.Status);
    }
}
