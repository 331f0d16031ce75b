using CpdPortal.Application.Activities;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Activities;

/// <summary>Evidence files on the signed-in staff member's own activities: upload, download, remove.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/activities/{id:int}/evidence")]
public sealed class EvidenceController(EvidenceService evidence, ActivityService activities) : Controller
{
    /// <summary>
    /// The largest request the upload accepts, well above the per-file limit in the settings (5MB by default), so a
    /// file that is too big still reaches the action and gets the friendly message; the action checks the real limit.
    /// </summary>
    public const long UploadRequestLimit = 12 * 1024 * 1024;

    private const string DetailsView = "~/Features/Activities/Details.cshtml";

    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy guarantees a staff id.");

    [HttpPost("")]
    [RefuseOversizedUpload]
    [RequestSizeLimit(UploadRequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimit)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var upload = file is null ? null : new EvidenceUpload(file.FileName, file.Length, file.OpenReadStream);
        try
        {
            if (!await evidence.AddAsync(Me, id, upload, ct))
            {
                return NotFound();
            }

            TempData.Success("File uploaded");
            return RedirectToAction(nameof(ActivitiesController.Details), "Activities", new { id });
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
        }

        var detail = await activities.GetAsync(Me, id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(DetailsView, detail);
    }

    [HttpGet("{evidenceId:int}")]
    public async Task<IActionResult> Download(int id, int evidenceId, CancellationToken ct)
    {
        var file = await evidence.OpenAsync(Me, id, evidenceId, ct);

        // Always an attachment with the content type found when the file was checked; nosniff is set globally.
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{evidenceId:int}/remove")]
    public async Task<IActionResult> Remove(int id, int evidenceId, CancellationToken ct)
    {
        if (!await evidence.RemoveAsync(Me, id, evidenceId, ct))
        {
            return NotFound();
        }

        TempData.Success("File removed");
        return RedirectToAction(nameof(ActivitiesController.Details), "Activities", new { id });
    }
}
