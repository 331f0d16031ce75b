using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Application.Supervision;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.SupervisionSessions;

/// <summary>
/// A supervision record as both parties read it. The supervisee reads and acknowledges their own; the supervisee's
/// current supervisor reads it (whoever wrote it) while holding the Supervisor role; both close open actions. Everyone else: 404.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("supervision/sessions")]
public sealed class SupervisionSessionsController(SupervisionSessionService sessions, IdentifyingDetailsCheck identifying, ICurrentUser user) : Controller
{
    /// <summary>The supervisor side needs the role as well as the current line; the supervisee side needs neither.</summary>
    private bool IsSupervisor => User.IsInRole(PortalRoles.Supervisor);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var session = await sessions.GetAsync(user.StaffId, IsSupervisor, id, ct);
        return session is null ? NotFound() : View(SessionPage.View, new SessionPage(session));
    }

    [HttpPost("{id:int}/acknowledge")]
    [RedisplayOnRuleBroken(nameof(SessionAgainAsync))]
    public async Task<IActionResult> Acknowledge(int id, [FromForm] string? comment, CancellationToken ct)
    {
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, [new(SessionPage.CommentField, "Your comment", comment)], ct);
        ModelState.ThrowIfUnreadable();

        // A confirmation of identifying details is saved with the acknowledgement, in the same transaction (docs/adr/0027).
        if (!await sessions.AcknowledgeAsync(user.StaffId, id, comment, warnings.ToSave, ct))
        {
            return NotFound();
        }

        TempData.Success("You have acknowledged this supervision record");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/actions/{actionId:int}/done")]
    public async Task<IActionResult> CompleteAction(int id, int actionId, CancellationToken ct)
    {
        // An action id that is not part of this session answers as a session the reader cannot reach: nothing to show.
        if (!await sessions.CompleteActionAsync(user.StaffId, IsSupervisor, id, actionId, ct))
        {
            return NotFound();
        }

        TempData.Success("Action marked as done");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The session's page again, with the comment as typed and its messages.</summary>
    private async Task<IActionResult> SessionAgainAsync(int id, string? comment, CancellationToken ct)
    {
        var session = await sessions.GetAsync(user.StaffId, IsSupervisor, id, ct);
        return session is null ? NotFound() : View(SessionPage.View, new SessionPage(session) { Comment = comment });
    }
}
