using CpdPortal.Application.Common;
using CpdPortal.Application.Supervision;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.PlanReview;

/// <summary>/supervision/plans: my current supervisees' submitted plans, and my decision on each. Others' plans: 404.</summary>
[Authorize(Policy = Policies.Supervisor)]
[Route("supervision/plans")]
public sealed class PlanReviewController(PlanReviewService reviews, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await reviews.AwaitingAsync(user.StaffId, page, ct));

    [HttpGet("{planId:int}")]
    public async Task<IActionResult> Review(int planId, CancellationToken ct)
    {
        var plan = await reviews.GetAsync(user.StaffId, planId, ct);
        return plan is null ? NotFound() : View(new PlanReviewViewModel { Review = plan, Version = plan.Version });
    }

    [HttpPost("{planId:int}")]
    [RedisplayOnRuleBroken(nameof(ReviewForm))]
    public async Task<IActionResult> Review(int planId, PlanReviewViewModel form, CancellationToken ct)
    {
        ModelState.Clear();
        var decision = form.Decision switch
        {
            nameof(PlanDecision.Approve) => PlanDecision.Approve,
            nameof(PlanDecision.RequestChanges) => PlanDecision.RequestChanges,
            _ => (PlanDecision?)null,
        };
        if (decision is null)
        {
            ModelState.AddModelError(nameof(form.Decision), "Select whether you approve the plan or want changes");
        }

        ModelState.ThrowIfUnreadable();
        if (!await reviews.DecideAsync(user.StaffId, planId, form.Version, decision!.Value, form.Comment, ct))
        {
            return NotFound();
        }

        TempData.Success(decision == PlanDecision.Approve ? "Plan approved. Its owner has been told." : "Changes requested. Its owner has been told.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ReviewForm(int planId, PlanReviewViewModel form, CancellationToken ct)
    {
        form.Review = await reviews.GetAsync(user.StaffId, planId, ct);
        if (form.Review is null)
        {
            return NotFound();
        }

        // What the page now shows is what the next decision answers.
        form.Version = form.Review.Version;
        return View(nameof(Review), form);
    }
}
