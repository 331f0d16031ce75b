using System.Text;
using CpdPortal.Application.Administration.Imports;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Imports;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Import;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.ImportCompletions;

/// <summary>External course completions from CSV (under CONTRACT's /admin/*, Administrator): upload, preview, confirm.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/import/completions")]
public sealed class ImportCompletionsController(CompletionImportService imports, ICurrentUser user) : Controller
{
    [HttpGet("template.csv")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetBytes(string.Join(",", CompletionImportColumns.All) + "\r\nE1001,Trauma-informed practice,14/10/2026,6,yes\r\n"), "text/csv", "completions-import-template.csv");

    [HttpPost("")]
    [RefuseOversizedImport]
    [RequestSizeLimit(RefuseOversizedImportAttribute.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RefuseOversizedImportAttribute.RequestLimit)]
    [RedisplayOnRuleBroken(nameof(ImportPageAgain))]
    public async Task<IActionResult> Upload(IFormFile? completionsFile, CancellationToken ct)
    {
        var id = await ImportFiles.StoreAsync(completionsFile, ImportFiles.CompletionsField, (name, bytes) => imports.UploadAsync(user.AccountId, name, bytes, ct), ct);
        return RedirectToAction(nameof(Preview), new { id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Preview(Guid id, int? completions, int? errors, CancellationToken ct)
    {
        var preview = await imports.PreviewAsync(id, user.AccountId, Paging.Normalise(completions), Paging.Normalise(errors), ct);
        return preview is null ? NotFound() : View(preview);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Apply(Guid id, CancellationToken ct)
    {
        var result = await imports.ApplyAsync(id, user.AccountId, ct);
        if (result is null)
        {
            return NotFound();
        }

        TempData.Success(
            $"Completions imported: {result.Recorded} recorded, {result.AlreadyRecorded} already recorded, "
            + $"{result.Skipped} {(result.Skipped == 1 ? "row" : "rows")} with errors skipped");
        return RedirectToAction(nameof(ImportController.Index), "Import", null, "completions");
    }

    /// <summary>The import page (both imports share it) again, with the reason beside the completions file field.</summary>
    private ViewResult ImportPageAgain() => View(ImportController.IndexView);
}
