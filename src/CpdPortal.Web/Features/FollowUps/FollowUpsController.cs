using CpdPortal.Application.Supervision;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.FollowUps;

/// <summary>
/// Course follow-ups (Kirkpatrick level 3) for a supervisor: only those about current supervisees, answered once.
/// </summary>
[Authorize(Policy = Policies.Supervisor)]
[Route("supervision/follow-ups")]
public sealed class FollowUpsController(PracticeFollowUpService followUps) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The Supervisor policy lets only staff in.");

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await followUps.ListAsync(Me, page, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await followUps.GetAsync(Me, id, ct);
        return found is null ? NotFound() : View(new FollowUpViewModel { FollowUp = found });
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Details(int id, FollowUpViewModel form, CancellationToken ct)
    {
        ModelState.Clear();
        switch (await ModelState.RunDomainAsync(() => followUps.AnswerAsync(Me, id, form.ParsedOutcome(), form.Comment, ct)))
        {
            case false:
                return NotFound();
            case null:
                return await InvalidAsync(id, form, ct);
        }

        TempData.Success("Follow-up answered");
        return Redirect("/supervision/follow-ups");
    }

    private async Task<IActionResult> InvalidAsync(int id, FollowUpViewModel form, CancellationToken ct)
    {
        form.FollowUp = await followUps.GetAsync(Me, id, ct);
        if (form.FollowUp is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }
}
