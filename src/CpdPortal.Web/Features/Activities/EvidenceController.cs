using CpdPortal.Application.Activities;
using CpdPortal.Application.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Activities;

/// <summary>Evidence files on the signed-in staff member's own activities: upload, download, remove.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/activities/{id:int}/evidence")]
public sealed class EvidenceController(EvidenceService evidence, ActivityService activities, ICurrentUser user) : Controller
{
    /// <summary>
    /// The largest request the upload accepts, well above the per-file limit in the settings (5MB by default), so a
    /// file that is too big still reaches the action and gets the friendly message; the action checks the real limit.
    /// </summary>
    public const long UploadRequestLimit = 12 * 1024 * 1024;

    private const string DetailsView = "~/Features/Activities/Details.cshtml";

    [HttpPost("")]
    [RefuseOversizedUpload]
    [RequestSizeLimit(UploadRequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimit)]
    [RedisplayOnRuleBroken(nameof(DetailsAgainAsync))]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var upload = file is null ? null : new EvidenceUpload(file.FileName, file.Length, file.OpenReadStream);
        if (!await evidence.AddAsync(user.StaffId, id, upload, ct))
        {
            return NotFound();
        }

        TempData.Success("File uploaded");
        return RedirectToAction(nameof(ActivitiesController.Details), "Activities", new { id });
    }

    [HttpGet("{evidenceId:int}")]
    public async Task<IActionResult> Download(int id, int evidenceId, CancellationToken ct)
    {
        var file = await evidence.OpenAsync(user.StaffId, id, evidenceId, ct);

        // Always an attachment with the content type found when the file was checked; nosniff is set globally.
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{evidenceId:int}/remove")]
    public async Task<IActionResult> Remove(int id, int evidenceId, CancellationToken ct)
    {
        if (!await evidence.RemoveAsync(user.StaffId, id, evidenceId, ct))
        {
            return NotFound();
        }

        TempData.Success("File removed");
        return RedirectToAction(nameof(ActivitiesController.Details), "Activities", new { id });
    }

    /// <summary>The activity's page again, with the upload's message beside the file input.</summary>
    private async Task<IActionResult> DetailsAgainAsync(int id, CancellationToken ct)
    {
        var detail = await activities.GetAsync(user.StaffId, id, ct);
        return detail is null ? NotFound() : View(DetailsView, detail);
    }
}
