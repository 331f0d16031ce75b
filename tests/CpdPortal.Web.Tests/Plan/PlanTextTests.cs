using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Settings;
using CpdPortal.Web.Features.Plan;

namespace CpdPortal.Web.Tests.Plan;

public class PlanTextTests
{
    [Theory]
    [InlineData(null, "No plan for this year yet")]
    [InlineData(PlanStatus.Draft, "Draft")]
    [InlineData(PlanStatus.Submitted, "Submitted for review")]
    [InlineData(PlanStatus.Approved, "Approved")]
    [InlineData(PlanStatus.ChangesRequested, "Changes requested")]
    public void Status_EachState_ReadsAsThePortalSaysIt(PlanStatus? status, string expected)
    {
        var text = PlanText.Status(status);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void StatusTagClass_EveryState_HasItsOwnColour()
    {
        var classes = Enum.GetValues<PlanStatus>().Select(PlanText.StatusTagClass).ToList();

        Assert.Equal(classes.Count, classes.Distinct().Count());
        Assert.All(classes, c => Assert.StartsWith("govuk-tag govuk-tag--", c, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(GoalStatus.NotStarted, "Not started")]
    [InlineData(GoalStatus.InProgress, "In progress")]
    [InlineData(GoalStatus.Achieved, "Achieved")]
    public void Goal_EachProgress_ReadsAsText(GoalStatus status, string expected)
    {
        var text = PlanText.Goal(status);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Year_AprilToMarch_NamesBothYears()
    {
        var text = PlanText.Year(new LearningYearPolicy(4, 1).PeriodContaining(new DateOnly(2026, 11, 22)));

        Assert.Equal("2026 to 2027", text);
    }

    [Fact]
    public void Year_CalendarYear_NamesOneYear()
    {
        var text = PlanText.Year(new LearningYearPolicy(1, 1).PeriodContaining(new DateOnly(2026, 11, 22)));

        Assert.Equal("2026", text);
    }

    [Theory]
    [InlineData("NotStarted", GoalStatus.NotStarted)]
    [InlineData("InProgress", GoalStatus.InProgress)]
    [InlineData("Achieved", GoalStatus.Achieved)]
    public void ParseGoalStatus_KnownName_IsThatStatus(string value, GoalStatus expected)
    {
        var status = PlanText.ParseGoalStatus(value);

        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("achieved")]
    [InlineData("Done")]
    public void ParseGoalStatus_AnythingElse_IsUndefinedForTheDomainToRefuse(string? value)
    {
        var status = PlanText.ParseGoalStatus(value);

        Assert.False(Enum.IsDefined(status));
    }
}
