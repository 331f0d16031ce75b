using CpdPortal.Application.Certifications;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.LearningCertifications;

/// <summary>
/// Certifications for L&amp;D (/learning/certifications): list, create, edit, and accept a CPD entry as equivalent to
/// a conferring course. Which roles require each is set on the pathway's role page (RoleCertificationsController).
/// </summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/certifications")]
public sealed class LearningCertificationsController(CertificationAdminService certifications, EquivalentEntryService equivalents) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await certifications.ListAsync(page, ct));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("Form", new CertificationForm { WindowUnit = "Months", EarlyRenewalKeepsRemainingTime = "true", Courses = await certifications.CourseOptionsAsync([], ct) });

    [HttpPost("new")]
    [RedisplayOnRuleBroken(nameof(CertificationFormAgain))]
    public async Task<IActionResult> New(CertificationForm form, CancellationToken ct)
    {
        var details = form.ToDetails(ModelState);
        await ModelState.ThrowIfUnreadableAsync(() => certifications.CheckAsync(null, details, ct));
        var id = await certifications.CreateAsync(details, ct);
        TempData.Success("Certification added");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await certifications.GetAsync(id, ct) is { } detail ? View(detail) : NotFound();

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await certifications.GetForEditAsync(id, ct) is not { } details)
        {
            return NotFound();
        }

        var form = CertificationForm.From(id, details);
        form.Courses = await certifications.CourseOptionsAsync(details.CourseIds, ct);
        return View("Form", form);
    }

    [HttpPost("{id:int}/edit")]
    [RedisplayOnRuleBroken(nameof(CertificationFormAgain))]
    public async Task<IActionResult> Edit(int id, CertificationForm form, CancellationToken ct)
    {
        if (!await certifications.ExistsAsync(id, ct))
        {
            return NotFound();
        }

        var details = form.ToDetails(ModelState);
        await ModelState.ThrowIfUnreadableAsync(() => certifications.CheckAsync(id, details, ct));
        await certifications.UpdateAsync(id, details, ct);
        TempData.Success("Certification saved");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Find a person by staff number, then pick one of their completed CPD entries to accept as equivalent.</summary>
    [HttpGet("{id:int}/equivalent")]
    public async Task<IActionResult> Equivalent(int id, string? staffNumber, int? page, CancellationToken ct)
    {
        if (await certifications.GetAsync(id, ct) is not { } detail)
        {
            return NotFound();
        }

        var found = await equivalents.FindAsync(staffNumber, page, ct);
        var view = View(new EquivalentViewModel(detail, staffNumber, found));
        if (staffNumber is null || found is not null)
        {
            return view;
        }

        ModelState.AddModelError("staffNumber", string.IsNullOrWhiteSpace(staffNumber) ? "Enter the person's staff number" : "There is no member of staff with that staff number");
        return view.Refused();
    }

    [HttpPost("{id:int}/equivalent")]
    [RedisplayOnRuleBroken(nameof(EquivalentAgain), Field = "activityId")]
    public async Task<IActionResult> Accept(int id, int staffMemberId, int? activityId, string? staffNumber, CancellationToken ct)
    {
        if (activityId is null)
        {
            ModelState.AddModelError("activityId", "Select the CPD entry to accept");
        }

        ModelState.ThrowIfUnreadable();
        switch (await equivalents.AcceptAsync(id, staffMemberId, activityId!.Value, ct))
        {
            case AcceptOutcome.NotFound:
                return NotFound();
            case AcceptOutcome.AlreadyCounted:
                TempData.Success("Nothing changed: the person's certification already counts a completion on or after that date");
                break;
            default:
                TempData.Success("Entry accepted: the certification is granted or renewed from it");
                break;
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The form again, with the course choices it showed (each id the form sent, still readable or not).</summary>
    private async Task<IActionResult> CertificationFormAgain(int? id, CertificationForm form, CancellationToken ct)
    {
        form.Id = id;
        form.Courses = await certifications.CourseOptionsAsync(form.ToDetails(new ModelStateDictionary()).CourseIds, ct);
        return View("Form", form);
    }

    private async Task<IActionResult> EquivalentAgain(int id, string? staffNumber, CancellationToken ct) =>
        await certifications.GetAsync(id, ct) is { } detail
            ? View(nameof(Equivalent), new EquivalentViewModel(detail, staffNumber, await equivalents.FindAsync(staffNumber, null, ct)))
            : NotFound();
}

public sealed record EquivalentViewModel(CertificationDetail Certification, string? StaffNumber, EquivalentEntries? Found);
