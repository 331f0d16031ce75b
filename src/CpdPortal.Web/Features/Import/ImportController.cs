using System.Security.Claims;
using System.Text;
using CpdPortal.Application.Administration.Imports;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Workforce;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Import;

/// <summary>
/// The HR staff import (CONTRACT: /admin/import, Administrator): upload a CSV, see what it would do, confirm.
/// The upload waits in the database between preview and confirmation (docs/adr/0012).
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/import")]
public sealed class ImportController(StaffImportService imports) : Controller
{
    public const string IndexView = "~/Features/Import/Index.cshtml";

    private string Account => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in account has an id.");

    [HttpGet("")]
    public IActionResult Index() => View(IndexView);

    [HttpGet("template.csv")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetBytes(ImportTemplates.Staff), "text/csv", "staff-import-template.csv");

    [HttpPost("")]
    [RefuseOversizedImport]
    [RequestSizeLimit(RefuseOversizedImportAttribute.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RefuseOversizedImportAttribute.RequestLimit)]
    public Task<IActionResult> Upload(IFormFile? staffFile, CancellationToken ct) =>
        this.UploadAsync(staffFile, ImportFiles.StaffField, "/admin/import", (name, bytes) => imports.UploadAsync(Account, name, bytes, ct), ct);

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Preview(Guid id, int? changes, int? errors, CancellationToken ct)
    {
        var preview = await imports.PreviewAsync(id, Account, Paging.Normalise(changes), Paging.Normalise(errors), ct);
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
            $"Import applied: {result.Created} created, {result.Updated} updated, {result.Retired} retired, {result.Unchanged} unchanged, "
            + $"{result.Skipped} {(result.Skipped == 1 ? "row" : "rows")} with errors skipped");
        return Redirect("/admin/import");
    }
}

/// <summary>The example files offered for download: the header and one example row.</summary>
public static class ImportTemplates
{
    public static string Staff { get; } =
        string.Join(",", StaffImportColumns.All.Concat(StaffImportColumns.Optional)) + "\r\n"
        + "E1001,Sam,Patel,sam.patel@example.org,Social worker,Assessment,E0001,yes,SW123456,permanent,01/09/2025,,4.5,0.6\r\n";
}

/// <summary>Reading an uploaded file for an import, with the messages for a missing, empty or oversized one.</summary>
public static class ImportFiles
{
    public const string StaffField = "StaffFile";
    public const string CompletionsField = "CompletionsFile";

    /// <summary>
    /// The upload action of both imports: read the file, store it, and go to its preview at {previewBase}/{id};
    /// or show the import page again, status 400, with the reason beside the file field.
    /// </summary>
    public static async Task<IActionResult> UploadAsync(
        this Controller controller, IFormFile? file, string field, string previewBase, Func<string, byte[], Task<UploadOutcome>> store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(store);
        var (bytes, error) = await ReadAsync(file, ct);
        if (bytes is not null)
        {
            var outcome = await store(file!.FileName, bytes);
            if (outcome.Id is { } id)
            {
                return controller.Redirect($"{previewBase}/{id}");
            }

            error = outcome.Error;
        }

        controller.ModelState.AddModelError(field, error!);
        controller.Response.StatusCode = StatusCodes.Status400BadRequest;
        return controller.View(ImportController.IndexView);
    }

    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return (null, "Select a CSV file");
        }

        if (file.Length > ImportCsvReader.MaxBytes)
        {
            return (null, ImportCsvReader.TooLargeMessage);
        }

        if (file.Length == 0)
        {
            return (null, ImportCsvReader.EmptyMessage);
        }

        if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !file.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ImportCsvReader.NotCsvMessage);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer, ct);
        return (buffer.ToArray(), null);
    }
}
