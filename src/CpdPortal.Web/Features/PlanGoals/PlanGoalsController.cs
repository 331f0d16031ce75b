using CpdPortal.Application.Common;
using CpdPortal.Application.Planning;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.PlanGoals;

/// <summary>
/// Adding and changing a goal of my plan. Only a draft plan, or one sent back for changes, can be changed: otherwise
/// the domain refuses and the form says why (400). A goal id that is not in my current plan answers 404.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/plan/goals")]
public sealed class PlanGoalsController(PlanService plans, IdentifyingDetailsCheck identifying) : Controller
{
    private const string FormView = "Form";

    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var form = await plans.GetGoalFormAsync(Me, null, ct);
        return form is null ? Redirect("/my/plan") : ShowForm(GoalViewModel.From(form, null), form);
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(GoalViewModel input, CancellationToken ct)
    {
        var (details, dateError) = Prepare(input);
        var form = await this.PostedFormInstanceAsync(ct);
        return await SaveAsync(input, null, dateError, async () => await plans.AddGoalAsync(Me, details, form, ct) switch
        {
            null => (Saved.NoPlan, 0),
            { Outcome: SubmissionOutcome.NotYours } => (Saved.NotYours, 0),

            // The same form sent twice shows the plan with the goal its first post added (docs/adr/0017): its
            // confirmation, if any, was recorded by the first post.
            { Outcome: SubmissionOutcome.Repeated } => (Saved.Yes, 0),
            { } created => (Saved.Yes, created.RecordId),
        }, "The goal has been added", ct);
    }

    [HttpGet("{goalId:int}/edit")]
    public async Task<IActionResult> Edit(int goalId, CancellationToken ct)
    {
        var form = await plans.GetGoalFormAsync(Me, goalId, ct);
        return form is null ? NotFound() : ShowForm(GoalViewModel.From(form, goalId), form);
    }

    [HttpPost("{goalId:int}/edit")]
    public async Task<IActionResult> Edit(int goalId, GoalViewModel input, CancellationToken ct)
    {
        var (details, dateError) = Prepare(input);
        return await SaveAsync(input, goalId, dateError, async () => await plans.ChangeGoalAsync(Me, goalId, details, ct) ? (Saved.Yes, goalId) : (Saved.NotYours, 0), "The goal has been changed", ct);
    }

    /// <summary>A locked plan shows the form with the reason, as a 400, so nobody types into a form that cannot save.</summary>
    private ViewResult ShowForm(GoalViewModel model, GoalForm form)
    {
        if (!form.IsEditable)
        {
            ModelState.AddModelError(string.Empty, PlanLockedMessage(form));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(FormView, model);
    }

    private static string PlanLockedMessage(GoalForm form) => form.Status == Domain.Planning.PlanStatus.Submitted
        ? "Your plan is with your supervisor for review and cannot be changed until they respond"
        : "Your plan has been approved and cannot be changed";

    private (Domain.Planning.GoalDetails Details, string? DateError) Prepare(GoalViewModel input)
    {
        // The rules are the domain's: input that does not even bind (a stage of "abc") counts as missing.
        ModelState.Clear();
        return input.ToDetails();
    }

    /// <summary>
    /// Saves the goal unless the identifying-details check found something not yet confirmed (docs/adr/0027);
    /// <paramref name="save"/> answers what became of it and the goal's id (0 when there is nothing to record).
    /// </summary>
    private async Task<IActionResult> SaveAsync(GoalViewModel input, int? goalId, string? dateError, Func<Task<(Saved Saved, int GoalId)>> save, string done, CancellationToken ct)
    {
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, [new(nameof(GoalViewModel.PlannedActivities), "Planned activities", input.PlannedActivities)], ct);
        try
        {
            if (dateError is not null)
            {
                ModelState.AddModelError(nameof(GoalViewModel.TargetDate), dateError);
            }

            if (warnings.Blocks)
            {
                return await InvalidAsync(input, goalId, ct);
            }

            var (saved, savedGoalId) = await save();
            switch (saved)
            {
                case Saved.NoPlan:
                    return Redirect("/my/plan");
                case Saved.NotYours:
                    return NotFound();
            }

            if (warnings.NeedsRecording && savedGoalId > 0)
            {
                await identifying.RecordConfirmationAsync(Me, ConfirmedRecordTypes.PlanGoal, savedGoalId, warnings.Findings, ct);
            }
        }
        catch (DomainValidationException ex)
        {
            // A date that is not a real date has its own message; the domain's "enter a date" would repeat it.
            var errors = dateError is null ? ex.Errors : ex.Errors.Where(e => e.Field != nameof(GoalViewModel.TargetDate)).ToList();
            ModelState.AddDomainErrors(new DomainValidationException(errors));
            return await InvalidAsync(input, goalId, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex);
            return await InvalidAsync(input, goalId, ct);
        }

        TempData.Success(done);
        return Redirect("/my/plan");
    }

    private async Task<IActionResult> InvalidAsync(GoalViewModel input, int? goalId, CancellationToken ct)
    {
        var form = await plans.GetGoalFormAsync(Me, goalId, ct);
        if (form is null)
        {
            return NotFound();
        }

        input.GoalId = goalId;
        input.Areas = form.Areas;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(FormView, input);
    }
}

/// <summary>What a goal form's save came to.</summary>
internal enum Saved
{
    Yes,

    /// <summary>No plan this year to add a goal to: back to the plan page, which offers to start one.</summary>
    NoPlan,

    /// <summary>Not a goal of my current plan, or a form instance that is not mine: 404.</summary>
    NotYours,
}
