using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Application.Supervision;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Features.SupervisionSessions;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.SessionRecords;

/// <summary>
/// The supervisor writes the record of a session: a new one for a current supervisee, changes until the supervisee
/// acknowledges it, then only dated addenda. Anyone else's supervisee or session answers 404.
/// </summary>
[Authorize(Policy = Policies.Supervisor)]
[Route("supervision")]
public sealed class SessionRecordsController(SupervisionSessionService sessions, IdentifyingDetailsCheck identifying, TimeProvider clock, ICurrentUser user) : Controller
{
    [HttpGet("{staffId:int}/sessions/new")]
    public async Task<IActionResult> New(int staffId, CancellationToken ct)
    {
        var data = await sessions.FormAsync(user.StaffId, staffId, ct);
        if (data is null)
        {
            return NotFound();
        }

        var form = SessionForm.New(clock.UkToday());
        form.Data = data;
        return View("Form", form);
    }

    [HttpPost("{staffId:int}/sessions/new")]
    [RedisplayOnRuleBroken(nameof(NewFormAgainAsync))]
    public async Task<IActionResult> New(int staffId, SessionForm form, CancellationToken ct)
    {
        var data = await sessions.FormAsync(user.StaffId, staffId, ct);
        if (data is null)
        {
            return NotFound();
        }

        var input = form.ToInput(ModelState);
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, form.FreeText(), ct);
        await ThrowIfUnreadableAsync(input);

        // The same form sent twice shows the record its first post made (docs/adr/0017); a confirmation of identifying
        // details is saved with the record, in the same transaction (docs/adr/0027).
        var saved = await sessions.RecordAsync(user.StaffId, staffId, input, await this.PostedFormInstanceAsync(ct), warnings.ToSave, ct);
        if (saved is not { Outcome: not SubmissionOutcome.NotYours } submission)
        {
            return NotFound();
        }

        TempData.Success($"Supervision session recorded. {data.Supervisee.Name} has been asked to read and acknowledge it.");
        return RedirectToAction(nameof(SupervisionSessionsController.Details), "SupervisionSessions", new { id = submission.RecordId });
    }

    [HttpGet("sessions/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var found = await sessions.EditFormAsync(user.StaffId, id, ct);
        if (found is not { } editing)
        {
            return await ClosedToEditsAsync(id, ct);
        }

        var form = SessionForm.From(id, editing.Details);
        form.Data = editing.Form;
        return View("Form", form);
    }

    [HttpPost("sessions/{id:int}/edit")]
    [RedisplayOnRuleBroken(nameof(EditFormAgainAsync))]
    public async Task<IActionResult> Edit(int id, SessionForm form, CancellationToken ct)
    {
        if (await sessions.EditFormAsync(user.StaffId, id, ct) is null)
        {
            return await ClosedToEditsAsync(id, ct);
        }

        var input = form.ToInput(ModelState);
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, form.FreeText(), ct);
        await ThrowIfUnreadableAsync(input);
        if (!await sessions.UpdateAsync(user.StaffId, id, input, warnings.ToSave, ct))
        {
            return NotFound();
        }

        TempData.Success("Supervision session updated");
        return RedirectToAction(nameof(SupervisionSessionsController.Details), "SupervisionSessions", new { id });
    }

    [HttpPost("sessions/{id:int}/addenda")]
    [RedisplayOnRuleBroken(nameof(SessionAgainAsync))]
    public async Task<IActionResult> Addendum(int id, [FromForm] string? text, CancellationToken ct)
    {
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, [new(SessionPage.AddendumField, "Addendum", text)], ct);
        ModelState.ThrowIfUnreadable();
        if (!await sessions.AddAddendumAsync(user.StaffId, id, text, warnings.ToSave, ct))
        {
            return NotFound();
        }

        TempData.Success("Addendum added");
        return RedirectToAction(nameof(SupervisionSessionsController.Details), "SupervisionSessions", new { id });
    }

    /// <summary>
    /// When some fields could not be read (a date that does not exist), stops before anything is saved, with the
    /// domain's messages for the rest, so one submission shows every problem.
    /// </summary>
    private Task ThrowIfUnreadableAsync(SessionInput input) =>
        ModelState.ThrowIfUnreadableAsync(() => Task.FromResult(input.Details.Validate(clock.UkToday())));

    private async Task<IActionResult> NewFormAgainAsync(int staffId, SessionForm form, CancellationToken ct)
    {
        var data = await sessions.FormAsync(user.StaffId, staffId, ct);
        if (data is null)
        {
            return NotFound();
        }

        form.Data = data;
        return View("Form", form);
    }

    private async Task<IActionResult> EditFormAgainAsync(int id, SessionForm form, CancellationToken ct)
    {
        if (await sessions.EditFormAsync(user.StaffId, id, ct) is not { } editing)
        {
            return await ClosedToEditsAsync(id, ct);
        }

        form.SessionId = id;
        form.Data = editing.Form;
        return View("Form", form);
    }

    /// <summary>The session's page again, with the addendum as typed and its messages.</summary>
    private async Task<IActionResult> SessionAgainAsync(int id, string? text, CancellationToken ct)
    {
        var session = await sessions.GetAsync(user.StaffId, readerIsSupervisor: true, id, ct);
        return session is null ? NotFound() : View(SessionPage.View, new SessionPage(session) { AddendumText = text });
    }

    /// <summary>
    /// Their own acknowledged record: back to it with the reason (the page offers an addendum instead); anything
    /// else (someone else's record, a former supervisee's, no such record) answers 404 and shows nothing.
    /// </summary>
    private async Task<IActionResult> ClosedToEditsAsync(int id, CancellationToken ct)
    {
        if (!await sessions.IsAcknowledgedRecordOfAsync(user.StaffId, id, ct))
        {
            return NotFound();
        }

        TempData.Important("This record has been acknowledged, so it can no longer be changed. Add an addendum instead.");
        return RedirectToAction(nameof(SupervisionSessionsController.Details), "SupervisionSessions", new { id });
    }
}
