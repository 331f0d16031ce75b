using CpdPortal.Application.Activities;
using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Activities;

/// <summary>The signed-in staff member's own CPD activities. Someone else's id, or a deleted entry, answers 404.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/activities")]
public sealed class ActivitiesController(ActivityService activities, IdentifyingDetailsCheck identifying, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? method, int? area, int? page, CancellationToken ct)
    {
        var list = await activities.ListAsync(user.StaffId, new ActivityListQuery(year, method, area, page), ct);
        return View(list);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("Form", new ActivityForm { Options = await activities.FormOptionsAsync(user.StaffId, ct: ct) });

    [HttpPost("new")]
    [RedisplayOnRuleBroken(nameof(FormAgainAsync))]
    public async Task<IActionResult> New(ActivityForm form, CancellationToken ct)
    {
        var details = form.ToDetails(ModelState);
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, form.FreeText(), ct);
        await ModelState.ThrowIfUnreadableAsync(() => activities.CheckAsync(user.StaffId, details, ct: ct));

        // The same form sent twice shows the entry its first post made (docs/adr/0017); a confirmation of identifying
        // details is saved with the entry, in the same transaction (docs/adr/0027).
        var saved = await activities.RecordAsync(user.StaffId, details, await this.PostedFormInstanceAsync(ct), warnings.ToSave, ct);
        if (saved.Outcome == SubmissionOutcome.NotYours)
        {
            return NotFound();
        }

        TempData.Success("Activity saved");
        return RedirectToAction(nameof(Details), new { id = saved.RecordId });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var activity = await activities.GetAsync(user.StaffId, id, ct);
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
        var details = await activities.GetForEditAsync(user.StaffId, id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var form = ActivityForm.From(id, details);
        form.Options = await activities.FormOptionsAsync(user.StaffId, id, ct);
        return View("Form", form);
    }

    [HttpPost("{id:int}/edit")]
    [RedisplayOnRuleBroken(nameof(FormAgainAsync))]
    public async Task<IActionResult> Edit(int id, ActivityForm form, CancellationToken ct)
    {
        if (!await activities.ExistsAsync(user.StaffId, id, ct))
        {
            return NotFound();
        }

        var details = form.ToDetails(ModelState);
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, form.FreeText(), ct);
        await ModelState.ThrowIfUnreadableAsync(() => activities.CheckAsync(user.StaffId, details, id, ct));
        if (!await activities.UpdateAsync(user.StaffId, id, details, warnings.ToSave, ct))
        {
            return NotFound();
        }

        TempData.Success("Activity saved");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var title = await activities.TitleAsync(user.StaffId, id, ct);
        return title is null ? NotFound() : View(new DeleteActivityViewModel(id, title));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        if (!await activities.DeleteAsync(user.StaffId, id, ct))
        {
            return NotFound();
        }

        TempData.Success("Activity deleted");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form again, as posted, with the lists it needs (the new form when <paramref name="id"/> is null).</summary>
    private async Task<IActionResult> FormAgainAsync(ActivityForm form, int? id, CancellationToken ct)
    {
        form.Id = id;
        form.Options = await activities.FormOptionsAsync(user.StaffId, id, ct);
        return View("Form", form);
    }
}

public sealed record DeleteActivityViewModel(int Id, string Title);
