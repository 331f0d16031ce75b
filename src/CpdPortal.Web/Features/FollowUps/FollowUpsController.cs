using CpdPortal.Application.Common;
using CpdPortal.Application.Supervision;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.FollowUps;

/// <summary>
/// Course follow-ups (Kirkpatrick level 3) for a supervisor: only those about current supervisees, answered once.
/// </summary>
[Authorize(Policy = Policies.Supervisor)]
[Route("supervision/follow-ups")]
public sealed class FollowUpsController(PracticeFollowUpService followUps, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await followUps.ListAsync(user.StaffId, page, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await followUps.GetAsync(user.StaffId, id, ct);
        return found is null ? NotFound() : View(new FollowUpViewModel { FollowUp = found });
    }

    [HttpPost("{id:int}")]
    [RedisplayOnRuleBroken(nameof(DetailsForm))]
    public async Task<IActionResult> Details(int id, FollowUpViewModel form, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await followUps.AnswerAsync(user.StaffId, id, form.ParsedOutcome(), form.Comment, ct))
        {
            return NotFound();
        }

        TempData.Success("Follow-up answered");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> DetailsForm(int id, FollowUpViewModel form, CancellationToken ct)
    {
        form.FollowUp = await followUps.GetAsync(user.StaffId, id, ct);
        return form.FollowUp is null ? NotFound() : View(nameof(Details), form);
    }
}
