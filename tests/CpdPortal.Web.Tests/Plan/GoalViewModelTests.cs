using CpdPortal.Application.Planning;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Web.Features.PlanGoals;
using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Tests.Plan;

public class GoalViewModelTests
{
    [Fact]
    public void ToDetails_CompleteForm_MapsEveryField()
    {
        var model = new GoalViewModel
        {
            AreaId = 7,
            TargetStage = 3,
            TargetDate = new DateInput { Day = "31", Month = "3", Year = "2027" },
            PlannedActivities = "Court skills course.",
        };

        var (details, error) = model.ToDetails();

        Assert.Null(error);
        Assert.Equal(new GoalDetails(7, DreyfusStage.Competent, new DateOnly(2027, 3, 31), "Court skills course."), details);
    }

    [Fact]
    public void ToDetails_EmptyForm_LeavesTheDomainToAskForEachField()
    {
        var model = new GoalViewModel();

        var (details, error) = model.ToDetails();

        Assert.Equal(new GoalDetails(0, null, null, null), details);
        Assert.Equal("Enter the date you aim to reach it by", error);
    }

    [Fact]
    public void ToDetails_ImpossibleDate_GivesTheDateError()
    {
        var model = new GoalViewModel { TargetDate = new DateInput { Day = "30", Month = "2", Year = "2027" } };

        var (details, error) = model.ToDetails();

        Assert.Null(details.TargetDate);
        Assert.Equal("The date you aim to reach it by must be a real date", error);
    }

    [Fact]
    public void From_ExistingGoal_FillsTheForm()
    {
        var form = new GoalForm(
            PlanStatus.Draft,
            true,
            new GoalDetails(5, DreyfusStage.Proficient, new DateOnly(2027, 1, 9), "Reading."),
            [new AreaOption(5, "Knowledge", "Professional Capabilities Framework")]);

        var model = GoalViewModel.From(form, 42);

        Assert.Equal((42, 5, 4, "Reading."), (model.GoalId, model.AreaId, model.TargetStage, model.PlannedActivities));
        Assert.Equal(("9", "1", "2027"), (model.TargetDate.Day, model.TargetDate.Month, model.TargetDate.Year));
        Assert.Single(model.Areas);
    }
}
