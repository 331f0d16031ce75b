using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.SupervisionSessions;

/// <summary>
/// A supervision record as both parties read it. The supervisee reads and acknowledges their own; the supervisee's
/// current supervisor reads it (whoever wrote it) while holding the Supervisor role; both close open actions. Everyone else: 404.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("supervision/sessions")]
public sealed class SupervisionSessionsController(SupervisionSessionService sessions, IdentifyingDetailsCheck identifying) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");

    /// <summary>The supervisor side needs the role as well as the current line; the supervisee side needs neither.</summary>
    private bool IsSupervisor => User.IsInRole(PortalRoles.Supervisor);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var session = await sessions.GetAsync(Me, IsSupervisor, id, ct);
        return session is null ? NotFound() : View(SessionPage.View, new SessionPage(session));
    }

    [HttpPost("{id:int}/acknowledge")]
    public async Task<IActionResult> Acknowledge(int id, [FromForm] string? comment, CancellationToken ct)
    {
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, [new(SessionPage.CommentField, "Your comment", comment)], ct);
        if (warnings.Blocks)
        {
            var shown = await sessions.GetAsync(Me, IsSupervisor, id, ct);
            if (shown is null)
            {
                return NotFound();
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SessionPage.View, new SessionPage(shown) { Comment = comment });
        }

        try
        {
            if (!await sessions.AcknowledgeAsync(Me, id, comment, ct))
            {
                return NotFound();
            }

            if (warnings.NeedsRecording)
            {
                await identifying.RecordConfirmationAsync(Me, ConfirmedRecordTypes.SupervisionSession, id, warnings.Findings, ct);
            }
        }
        catch (Exception ex) when (ex is DomainValidationException or DomainRuleException)
        {
            var session = await sessions.GetAsync(Me, IsSupervisor, id, ct);
            if (session is null)
            {
                return NotFound();
            }

            // A broken field rule shows beside the box; a rule about the record as a whole (already acknowledged) at the top.
            ModelState.AddModelError(ex is DomainValidationException ? SessionPage.CommentField : string.Empty, ex is DomainValidationException v ? v.Errors[0].Message : ex.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SessionPage.View, new SessionPage(session) { Comment = comment });
        }

        TempData.Success("You have acknowledged this supervision record");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/actions/{actionId:int}/done")]
    public async Task<IActionResult> CompleteAction(int id, int actionId, CancellationToken ct)
    {
        try
        {
            if (!await sessions.CompleteActionAsync(Me, IsSupervisor, id, actionId, ct))
            {
                return NotFound();
            }
        }
        catch (DomainRuleException)
        {
            // An action id that is not part of this session: nothing to show about it.
            return NotFound();
        }

        TempData.Success("Action marked as done");
        return RedirectToAction(nameof(Details), new { id });
    }
}
