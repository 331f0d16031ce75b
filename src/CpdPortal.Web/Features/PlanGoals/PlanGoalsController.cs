using CpdPortal.Application.Common;
using CpdPortal.Application.Planning;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Plan;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.PlanGoals;

/// <summary>
/// Adding and changing a goal of my plan. Only a draft plan, or one sent back for changes, can be changed: otherwise
/// the domain refuses and the form says why (400). A goal id that is not in my current plan answers 404.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/plan/goals")]
public sealed class PlanGoalsController(PlanService plans, IdentifyingDetailsCheck identifying, ICurrentUser user) : Controller
{
    private const string FormView = "Form";

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var form = await plans.GetGoalFormAsync(user.StaffId, null, ct);
        return form is null ? ToPlan() : ShowForm(GoalViewModel.From(form, null), form);
    }

    [HttpPost("new")]
    [RedisplayOnRuleBroken(nameof(FormAgainAsync))]
    public async Task<IActionResult> New(GoalViewModel input, CancellationToken ct)
    {
        var (details, warnings) = await ReadAsync(input, ct);

        // The same form sent twice shows the plan with the goal its first post added (docs/adr/0017); a confirmation of
        // identifying details is saved with the goal, in the same transaction (docs/adr/0027).
        var saved = await plans.AddGoalAsync(user.StaffId, details, await this.PostedFormInstanceAsync(ct), warnings.ToSave, ct);
        switch (saved)
        {
            case null:
                // No plan this year to add a goal to: the plan page offers to start one.
                return ToPlan();
            case { Outcome: SubmissionOutcome.NotYours }:
                return NotFound();
        }

        TempData.Success("The goal has been added");
        return ToPlan();
    }

    [HttpGet("{goalId:int}/edit")]
    public async Task<IActionResult> Edit(int goalId, CancellationToken ct)
    {
        var form = await plans.GetGoalFormAsync(user.StaffId, goalId, ct);
        return form is null ? NotFound() : ShowForm(GoalViewModel.From(form, goalId), form);
    }

    [HttpPost("{goalId:int}/edit")]
    [RedisplayOnRuleBroken(nameof(FormAgainAsync))]
    public async Task<IActionResult> Edit(int goalId, GoalViewModel input, CancellationToken ct)
    {
        var (details, warnings) = await ReadAsync(input, ct);
        if (!await plans.ChangeGoalAsync(user.StaffId, goalId, details, warnings.ToSave, ct))
        {
            return NotFound();
        }

        TempData.Success("The goal has been changed");
        return ToPlan();
    }

    private RedirectToActionResult ToPlan() => RedirectToAction(nameof(PlanController.Index), "Plan");

    /// <summary>A locked plan shows the form with the reason, as a 400, so nobody types into a form that cannot save.</summary>
    private ViewResult ShowForm(GoalViewModel model, GoalForm form)
    {
        if (form.IsEditable)
        {
            return View(FormView, model);
        }

        ModelState.AddModelError(string.Empty, PlanLockedMessage(form));
        return View(FormView, model).Refused();
    }

    private static string PlanLockedMessage(GoalForm form) => form.Status == Domain.Planning.PlanStatus.Submitted
        ? "Your plan is with your supervisor for review and cannot be changed until they respond"
        : "Your plan has been approved and cannot be changed";

    /// <summary>
    /// The goal as the domain will judge it, after the identifying-details check (docs/adr/0027): anything found and
    /// not confirmed stops the request here. A target date that is not a real date keeps its own message: the goal
    /// then has no date, so the domain refuses it with the other fields' messages and its "enter a date" is not added
    /// beside the one already there.
    /// </summary>
    private async Task<(Domain.Planning.GoalDetails Details, IdentifyingDetailsWarnings Warnings)> ReadAsync(GoalViewModel input, CancellationToken ct)
    {
        // The rules are the domain's: input that does not even bind (a stage of "abc") counts as missing.
        ModelState.Clear();
        var (details, dateError) = input.ToDetails();
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, [new(nameof(GoalViewModel.PlannedActivities), "Planned activities", input.PlannedActivities)], ct);
        if (dateError is not null)
        {
            ModelState.AddModelError(nameof(GoalViewModel.TargetDate), dateError);
        }

        if (warnings.Blocks)
        {
            ModelState.ThrowIfUnreadable();
        }

        return (details, warnings);
    }

    /// <summary>The form again, as posted, with the areas to choose from (a new goal when <paramref name="goalId"/> is null).</summary>
    private async Task<IActionResult> FormAgainAsync(GoalViewModel input, int? goalId, CancellationToken ct)
    {
        var form = await plans.GetGoalFormAsync(user.StaffId, goalId, ct);
        if (form is null)
        {
            return NotFound();
        }

        input.GoalId = goalId;
        input.Areas = form.Areas;
        return View(FormView, input);
    }
}
