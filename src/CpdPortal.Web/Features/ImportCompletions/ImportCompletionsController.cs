using System.Security.Claims;
using System.Text;
using CpdPortal.Application.Administration.Imports;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Imports;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Import;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.ImportCompletions;

/// <summary>External course completions from CSV (under CONTRACT's /admin/*, Administrator): upload, preview, confirm.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/import/completions")]
public sealed class ImportCompletionsController(CompletionImportService imports) : Controller
{
    private string Account => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in account has an id.");

    [HttpGet("template.csv")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetBytes(string.Join(",", CompletionImportColumns.All) + "\r\nE1001,Trauma-informed practice,14/10/2026,6,yes\r\n"), "text/csv", "completions-import-template.csv");

    [HttpPost("")]
    [RefuseOversizedImport]
    [RequestSizeLimit(RefuseOversizedImportAttribute.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RefuseOversizedImportAttribute.RequestLimit)]
    public Task<IActionResult> Upload(IFormFile? completionsFile, CancellationToken ct) =>
        this.UploadAsync(completionsFile, ImportFiles.CompletionsField, "/admin/import/completions", (name, bytes) => imports.UploadAsync(Account, name, bytes, ct), ct);

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Preview(Guid id, int? completions, int? errors, CancellationToken ct)
    {
        var preview = await imports.PreviewAsync(id, Account, Paging.Normalise(completions), Paging.Normalise(errors), ct);
        return preview is null ? NotFound() : View(preview);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Apply(Guid id, CancellationToken ct)
    {
        var result = await imports.ApplyAsync(id, Account, ct);
        if (result is null)
        {
            return NotFound();
        }

        TempData.Success(
            $"Completions imported: {result.Recorded} recorded, {result.AlreadyRecorded} already recorded, "
            + $"{result.Skipped} {(result.Skipped == 1 ? "row" : "rows")} with errors skipped");
        return Redirect("/admin/import#completions");
    }
}
