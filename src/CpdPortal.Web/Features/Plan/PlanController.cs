using CpdPortal.Application.Planning;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Plan;

/// <summary>
/// My CPD plan for this learning year (/my/plan): start it, submit it for review, remove a goal, record progress.
/// Adding and changing goals is in PlanGoalsController. A goal id that is not in my current plan answers 404.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/plan")]
public sealed class PlanController(PlanService plans) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await plans.GetAsync(Me, ct));

    [HttpPost("start")]
    public async Task<IActionResult> Start(CancellationToken ct)
    {
        await plans.StartAsync(Me, ct);
        TempData.Success("Your plan has been started. Add your goals for the year.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(CancellationToken ct)
    {
        try
        {
            if (!await plans.SubmitAsync(Me, ct))
            {
                return RedirectToAction(nameof(Index)); // no plan this year: the page offers to start one
            }
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
            return await InvalidAsync(ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex);
            return await InvalidAsync(ct);
        }

        TempData.Success("Your plan has been submitted for review");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("goals/{goalId:int}/remove")]
    public async Task<IActionResult> RemoveGoal(int goalId, CancellationToken ct)
    {
        try
        {
            if (!await plans.RemoveGoalAsync(Me, goalId, ct))
            {
                return NotFound();
            }
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex);
            return await InvalidAsync(ct);
        }

        TempData.Success("The goal has been removed");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("goals/{goalId:int}/progress")]
    public async Task<IActionResult> RecordProgress(int goalId, string? status, CancellationToken ct)
    {
        try
        {
            if (!await plans.RecordProgressAsync(Me, goalId, PlanText.ParseGoalStatus(status), ct))
            {
                return NotFound();
            }
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex, $"Progress-{goalId}");
            return await InvalidAsync(ct);
        }

        TempData.Success("Progress on the goal has been saved");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The plan page again, with the error summary, as a 400.</summary>
    private async Task<IActionResult> InvalidAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await plans.GetAsync(Me, ct));
    }
}
