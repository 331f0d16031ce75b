using CpdPortal.Application.Activities;
using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Activities;

/// <summary>The signed-in staff member's own CPD activities. Someone else's id, or a deleted entry, answers 404.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/activities")]
public sealed class ActivitiesController(ActivityService activities, IdentifyingDetailsCheck identifying) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy guarantees a staff id.");

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? method, int? area, int? page, CancellationToken ct)
    {
        var list = await activities.ListAsync(Me, new ActivityListQuery(year, method, area, page), ct);
        return View(list);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("Form", new ActivityForm { Options = await activities.FormOptionsAsync(Me, ct: ct) });

    [HttpPost("new")]
    public async Task<IActionResult> New(ActivityForm form, CancellationToken ct)
    {
        var details = form.ToDetails(ModelState);
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, form.FreeText(), ct);
        if (ModelState.IsValid)
        {
            try
            {
                // The same form sent twice shows the entry its first post made (docs/adr/0017).
                var saved = await activities.RecordAsync(Me, details, await this.PostedFormInstanceAsync(ct), ct);
                if (saved.Outcome == SubmissionOutcome.NotYours)
                {
                    return NotFound();
                }

                if (warnings.NeedsRecording && saved.Outcome == SubmissionOutcome.Created)
                {
                    await identifying.RecordConfirmationAsync(Me, ConfirmedRecordTypes.CpdActivity, saved.RecordId, warnings.Findings, ct);
                }

                TempData.Success("Activity saved");
                return RedirectToAction(nameof(Details), new { id = saved.RecordId });
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddDomainErrors(ex);
            }
        }
        else
        {
            AddErrorsBesideUntouchedFields(await activities.CheckAsync(Me, details, ct: ct));
        }

        return await InvalidFormAsync(form, null, ct);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var activity = await activities.GetAsync(Me, id, ct);
        if (activity is null)
        {
            return NotFound();
        }

        if (TempData[RefuseOversizedUploadAttribute.TempDataKey] is true)
        {
            // An upload refused before it was read (RefuseOversizedUploadAttribute): show why beside the file input.
            ModelState.AddModelError(EvidenceService.FileField, EvidenceService.TooLarge(activity.Allowance.FileMaxMegabytes));
        }

        return View(activity);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var details = await activities.GetForEditAsync(Me, id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var form = ActivityForm.From(id, details);
        form.Options = await activities.FormOptionsAsync(Me, id, ct);
        return View("Form", form);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, ActivityForm form, CancellationToken ct)
    {
        if (!await activities.ExistsAsync(Me, id, ct))
        {
            return NotFound();
        }

        var details = form.ToDetails(ModelState);
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, form.FreeText(), ct);
        if (ModelState.IsValid)
        {
            try
            {
                if (!await activities.UpdateAsync(Me, id, details, ct))
                {
                    return NotFound();
                }

                if (warnings.NeedsRecording)
                {
                    await identifying.RecordConfirmationAsync(Me, ConfirmedRecordTypes.CpdActivity, id, warnings.Findings, ct);
                }

                TempData.Success("Activity saved");
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddDomainErrors(ex);
            }
        }
        else
        {
            AddErrorsBesideUntouchedFields(await activities.CheckAsync(Me, details, id, ct));
        }

        return await InvalidFormAsync(form, id, ct);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var title = await activities.TitleAsync(Me, id, ct);
        return title is null ? NotFound() : View(new DeleteActivityViewModel(id, title));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        if (!await activities.DeleteAsync(Me, id, ct))
        {
            return NotFound();
        }

        TempData.Success("Activity deleted");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// When some fields could not even be read, the domain's rules are still shown for the other fields, so one
    /// submission shows every problem; a field that already has a message keeps it alone.
    /// </summary>
    private void AddErrorsBesideUntouchedFields(IReadOnlyList<FieldError> errors)
    {
        var untouched = errors.Where(e => !(ModelState.TryGetValue(e.Field, out var entry) && entry.Errors.Count > 0)).ToList();
        if (untouched.Count > 0)
        {
            ModelState.AddDomainErrors(new DomainValidationException(untouched));
        }
    }

    private async Task<IActionResult> InvalidFormAsync(ActivityForm form, int? id, CancellationToken ct)
    {
        form.Id = id;
        form.Options = await activities.FormOptionsAsync(Me, id, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", form);
    }
}

public sealed record DeleteActivityViewModel(int Id, string Title);
