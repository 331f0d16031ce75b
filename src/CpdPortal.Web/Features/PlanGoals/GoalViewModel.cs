using CpdPortal.Application.Planning;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.PlanGoals;

/// <summary>The goal form: what was typed, plus (not bound) the areas to choose from and the goal being changed.</summary>
public sealed class GoalViewModel
{
    /// <summary>What the target date is called in messages: "Enter the date you aim to reach it by".</summary>
    public const string TargetDateName = "the date you aim to reach it by";

    [BindNever]
    public int? GoalId { get; set; }

    [BindNever]
    public IReadOnlyList<AreaOption> Areas { get; set; } = [];

    public int? AreaId { get; set; }

    /// <summary>The target stage, 1 (novice) to 5 (expert).</summary>
    public int? TargetStage { get; set; }

    public DateInput TargetDate { get; set; } = new();

    public string? PlannedActivities { get; set; }

    public static GoalViewModel From(GoalForm form, int? goalId) => new()
    {
        GoalId = goalId,
        Areas = form.Areas,
        AreaId = form.Goal?.AreaId,
        TargetStage = form.Goal?.TargetStage is { } stage ? (int)stage : null,
        TargetDate = DateInput.From(form.Goal?.TargetDate),
        PlannedActivities = form.Goal?.PlannedActivities,
    };

    /// <summary>
    /// The goal as the domain sees it, with the target date's own error when the three boxes are not a real date.
    /// A stage outside 1 to 5 is passed on for the domain to refuse.
    /// </summary>
    public (GoalDetails Details, string? DateError) ToDetails()
    {
        var (date, error) = TargetDate.Parse(TargetDateName);
        var stage = TargetStage is { } s ? (DreyfusStage?)s : null;
        return (new GoalDetails(AreaId ?? 0, stage, date, PlannedActivities), error);
    }

    public StageRadiosModel StageRadios() => new(
        nameof(TargetStage),
        "What stage do you aim to reach?",
        null,
        TargetStage,
        DreyfusStages.All.Select(d => new StageRadio(d.Stage, d.Name, d.Description)).ToList());
}
