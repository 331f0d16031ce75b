using System.Text;
using CpdPortal.Application.Administration.Imports;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Import;

/// <summary>
/// The HR staff import (CONTRACT: /admin/import, Administrator): upload a CSV, see what it would do, confirm.
/// The upload waits in the database between preview and confirmation (docs/adr/0014).
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/import")]
public sealed class ImportController(StaffImportService imports, ICurrentUser user)
    : UploadedImportController<StaffImportPreview, StaffImportResult>(imports, user)
{
    protected override string FileField => ImportFiles.StaffField;

    protected override string? Section => null;

    [HttpGet("")]
    public IActionResult Index() => ImportPage();

    [HttpGet("template.csv")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetBytes(ImportTemplates.Staff), "text/csv", "staff-import-template.csv");

    protected override string Applied(StaffImportResult result) =>
        $"Import applied: {result.Created} created, {result.Updated} updated, {result.Retired} retired, {result.Unchanged} unchanged, "
        + $"{result.Skipped} {(result.Skipped == 1 ? "row" : "rows")} with errors skipped";
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
    /// <summary>The import page, which holds both imports' upload forms.</summary>
    public const string IndexView = "~/Features/Import/Index.cshtml";

    public const string StaffField = "StaffFile";
    public const string CompletionsField = "CompletionsFile";

    /// <summary>
    /// The upload of both imports: reads the file and stores it, answering the stored upload's id (for its preview);
    /// a missing, empty, oversized or unreadable file throws its reason beside <paramref name="field"/>, for
    /// <see cref="RedisplayOnRuleBrokenAttribute"/> to show the import page again.
    /// </summary>
    public static async Task<Guid> StoreAsync(IFormFile? file, string field, Func<string, byte[], Task<UploadOutcome>> store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (bytes, error) = await ReadAsync(file, ct);
        if (bytes is not null)
        {
            var outcome = await store(file!.FileName, bytes);
            if (outcome.Id is { } id)
            {
                return id;
            }

            error = outcome.Error;
        }

        throw new DomainValidationException([new FieldError(field, error ?? "Select a CSV file")]);
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
