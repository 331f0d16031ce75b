using CpdPortal.Application.Common;
using CpdPortal.Application.Planning;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Plan;

/// <summary>
/// My CPD plan for this learning year (/my/plan): start it, submit it for review, remove a goal, record progress.
/// Adding and changing goals is in PlanGoalsController. A goal id that is not in my current plan answers 404.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/plan")]
public sealed class PlanController(PlanService plans, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await plans.GetAsync(user.StaffId, ct));

    [HttpPost("start")]
    public async Task<IActionResult> Start(CancellationToken ct)
    {
        await plans.StartAsync(user.StaffId, ct);
        TempData.Success("Your plan has been started. Add your goals for the year.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("submit")]
    [RedisplayOnRuleBroken(nameof(Index))]
    public async Task<IActionResult> Submit(CancellationToken ct)
    {
        if (!await plans.SubmitAsync(user.StaffId, ct))
        {
            return RedirectToAction(nameof(Index)); // no plan this year: the page offers to start one
        }

        TempData.Success("Your plan has been submitted for review");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("goals/{goalId:int}/remove")]
    [RedisplayOnRuleBroken(nameof(Index))]
    public async Task<IActionResult> RemoveGoal(int goalId, CancellationToken ct)
    {
        if (!await plans.RemoveGoalAsync(user.StaffId, goalId, ct))
        {
            return NotFound();
        }

        TempData.Success("The goal has been removed");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("goals/{goalId:int}/progress")]
    [RedisplayOnRuleBroken(nameof(Index), Field = "Progress-{goalId}")]
    public async Task<IActionResult> RecordProgress(int goalId, string? status, CancellationToken ct)
    {
        if (!await plans.RecordProgressAsync(user.StaffId, goalId, PlanText.ParseGoalStatus(status), ct))
        {
            return NotFound();
        }

        TempData.Success("Progress on the goal has been saved");
        return RedirectToAction(nameof(Index));
    }
}
