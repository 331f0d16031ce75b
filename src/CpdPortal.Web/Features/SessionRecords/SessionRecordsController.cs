using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Features.SupervisionSessions;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.SessionRecords;

/// <summary>
/// The supervisor writes the record of a session: a new one for a current supervisee, changes until the supervisee
/// acknowledges it, then only dated addenda. Anyone else's supervisee or session answers 404.
/// </summary>
[Authorize(Policy = Policies.Supervisor)]
[Route("supervision")]
public sealed class SessionRecordsController(SupervisionSessionService sessions, IdentifyingDetailsCheck identifying, TimeProvider clock) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The Supervisor policy lets only staff in.");

    [HttpGet("{staffId:int}/sessions/new")]
    public async Task<IActionResult> New(int staffId, CancellationToken ct)
    {
        var data = await sessions.FormAsync(Me, staffId, ct);
        if (data is null)
        {
            return NotFound();
        }

        var form = SessionForm.New(clock.UkToday());
        form.Data = data;
        return View("Form", form);
    }

    [HttpPost("{staffId:int}/sessions/new")]
    public async Task<IActionResult> New(int staffId, SessionForm form, CancellationToken ct)
    {
        var data = await sessions.FormAsync(Me, staffId, ct);
        if (data is null)
        {
            return NotFound();
        }

        var input = form.ToInput(ModelState);
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, form.FreeText(), ct);
        if (!CheckTheRest(input))
        {
            return Invalid(form, data);
        }

        try
        {
            // The same form sent twice shows the record its first post made (docs/adr/0017).
            var saved = await sessions.RecordAsync(Me, staffId, input, await this.PostedFormInstanceAsync(ct), ct);
            if (saved is not { Outcome: not SubmissionOutcome.NotYours } submission)
            {
                return NotFound();
            }

            if (warnings.NeedsRecording && submission.Outcome == SubmissionOutcome.Created)
            {
                await identifying.RecordConfirmationAsync(Me, ConfirmedRecordTypes.SupervisionSession, submission.RecordId, warnings.Findings, ct);
            }

            TempData.Success($"Supervision session recorded. {data.Supervisee.Name} has been asked to read and acknowledge it.");
            return Redirect($"/supervision/sessions/{submission.RecordId}");
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
            return Invalid(form, data);
        }
    }

    [HttpGet("sessions/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var found = await sessions.EditFormAsync(Me, id, ct);
        if (found is not { } editing)
        {
            return await ClosedToEditsAsync(id, ct);
        }

        var form = SessionForm.From(id, editing.Details);
        form.Data = editing.Form;
        return View("Form", form);
    }

    [HttpPost("sessions/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, SessionForm form, CancellationToken ct)
    {
        var found = await sessions.EditFormAsync(Me, id, ct);
        if (found is not { } editing)
        {
            return await ClosedToEditsAsync(id, ct);
        }

        form.SessionId = id;
        var input = form.ToInput(ModelState);
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, form.FreeText(), ct);
        if (!CheckTheRest(input))
        {
            return Invalid(form, editing.Form);
        }

        try
        {
            if (!await sessions.UpdateAsync(Me, id, input, ct))
            {
                return NotFound();
            }

            if (warnings.NeedsRecording)
            {
                await identifying.RecordConfirmationAsync(Me, ConfirmedRecordTypes.SupervisionSession, id, warnings.Findings, ct);
            }
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
            return Invalid(form, editing.Form);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex);
            return Invalid(form, editing.Form);
        }

        TempData.Success("Supervision session updated");
        return Redirect($"/supervision/sessions/{id}");
    }

    [HttpPost("sessions/{id:int}/addenda")]
    public async Task<IActionResult> Addendum(int id, [FromForm] string? text, CancellationToken ct)
    {
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, [new(SessionPage.AddendumField, "Addendum", text)], ct);
        if (warnings.Blocks)
        {
            var shown = await sessions.GetAsync(Me, readerIsSupervisor: true, id, ct);
            if (shown is null)
            {
                return NotFound();
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SessionPage.View, new SessionPage(shown) { AddendumText = text });
        }

        try
        {
            if (!await sessions.AddAddendumAsync(Me, id, text, ct))
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
            var session = await sessions.GetAsync(Me, readerIsSupervisor: true, id, ct);
            if (session is null)
            {
                return NotFound();
            }

            // A broken field rule shows beside the box; a rule about the record as a whole (already acknowledged) at the top.
            ModelState.AddModelError(ex is DomainValidationException ? SessionPage.AddendumField : string.Empty, ex is DomainValidationException v ? v.Errors[0].Message : ex.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SessionPage.View, new SessionPage(session) { AddendumText = text });
        }

        TempData.Success("Addendum added");
        return Redirect($"/supervision/sessions/{id}");
    }

    /// <summary>
    /// When some fields could not be read (a date that does not exist), the domain's rules still run on the rest so
    /// one submission shows every problem; a field that already has a message keeps it alone.
    /// </summary>
    private bool CheckTheRest(SessionInput input)
    {
        if (ModelState.IsValid)
        {
            return true;
        }

        var errors = input.Details.Validate(clock.UkToday())
            .Where(e => !(ModelState.TryGetValue(e.Field, out var entry) && entry.Errors.Count > 0))
            .ToList();
        if (errors.Count > 0)
        {
            ModelState.AddDomainErrors(new DomainValidationException(errors));
        }

        return false;
    }

    private ViewResult Invalid(SessionForm form, SessionFormData data)
    {
        form.Data = data;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", form);
    }

    /// <summary>
    /// Their own acknowledged record: back to it with the reason (the page offers an addendum instead); anything
    /// else (someone else's record, a former supervisee's, no such record) answers 404 and shows nothing.
    /// </summary>
    private async Task<IActionResult> ClosedToEditsAsync(int id, CancellationToken ct)
    {
        if (!await sessions.IsAcknowledgedRecordOfAsync(Me, id, ct))
        {
            return NotFound();
        }

        TempData.Important("This record has been acknowledged, so it can no longer be changed. Add an addendum instead.");
        return Redirect($"/supervision/sessions/{id}");
    }
}
