using System.Text;
using CpdPortal.Application.Administration.Imports;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Imports;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.ImportCompletions;

/// <summary>External course completions from CSV (under CONTRACT's /admin/*, Administrator): upload, preview, confirm.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/import/completions")]
public sealed class ImportCompletionsController(CompletionImportService imports, ICurrentUser user)
    : UploadedImportController<CompletionImportPreview, CompletionImportResult>(imports, user)
{
    protected override string FileField => ImportFiles.CompletionsField;

    protected override string? Section => "completions";

    [HttpGet("template.csv")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetBytes(string.Join(",", CompletionImportColumns.All) + "\r\nE1001,Trauma-informed practice,14/10/2026,6,yes\r\n"), "text/csv", "completions-import-template.csv");

    protected override string Applied(CompletionImportResult result) =>
        $"Completions imported: {result.Recorded} recorded, {result.AlreadyRecorded} already recorded, "
        + $"{result.Skipped} {(result.Skipped == 1 ? "row" : "rows")} with errors skipped";
}
