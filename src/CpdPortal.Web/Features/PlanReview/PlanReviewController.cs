using CpdPortal.Application.Common;
using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.PlanReview;

/// <summary>/supervision/plans: my current supervisees' submitted plans, and my decision on each. Others' plans: 404.</summary>
[Authorize(Policy = Policies.Supervisor)]
[Route("supervision/plans")]
public sealed class PlanReviewController(PlanReviewService reviews) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The Supervisor policy lets only staff in.");

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await reviews.AwaitingAsync(Me, Paging.Normalise(page), ct));

    [HttpGet("{planId:int}")]
    public async Task<IActionResult> Review(int planId, CancellationToken ct)
    {
        var plan = await reviews.GetAsync(Me, planId, ct);
        return plan is null ? NotFound() : View(new PlanReviewViewModel { Review = plan, Version = plan.Version });
    }

    [HttpPost("{planId:int}")]
    public async Task<IActionResult> Review(int planId, PlanReviewViewModel form, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var decision = form.Decision switch
            {
                nameof(PlanDecision.Approve) => PlanDecision.Approve,
                nameof(PlanDecision.RequestChanges) => PlanDecision.RequestChanges,
                _ => (PlanDecision?)null,
            };
            if (decision is null)
            {
                ModelState.AddModelError(nameof(form.Decision), "Select whether you approve the plan or want changes");
                return await InvalidAsync(planId, form, ct);
            }

            if (!await reviews.DecideAsync(Me, planId, form.Version, decision.Value, form.Comment, ct))
            {
                return NotFound();
            }

            TempData.Success(decision == PlanDecision.Approve ? "Plan approved. Its owner has been told." : "Changes requested. Its owner has been told.");
            return RedirectToAction(nameof(Index));
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex);
        }

        return await InvalidAsync(planId, form, ct);
    }

    private async Task<IActionResult> InvalidAsync(int planId, PlanReviewViewModel form, CancellationToken ct)
    {
        form.Review = await reviews.GetAsync(Me, planId, ct);
        if (form.Review is null)
        {
            return NotFound();
        }

        // What the page now shows is what the next decision answers.
        form.Version = form.Review.Version;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }
}
