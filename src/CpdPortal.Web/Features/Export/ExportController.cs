using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Export;
using CpdPortal.Domain.Auditing;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace CpdPortal.Web.Features.Export;

/// <summary>
/// The export of one's own CPD record (CONTRACT: /my/export, any staff member, own data only): a GET form, a CSV
/// download and a printable page. Nothing is changed or stored.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/export")]
public sealed partial class ExportController(ExportService exports, IAuditLog audit, ILogger<ExportController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (await ContextAsync(ct) is not { } context)
        {
            return NotFound();
        }

        return View(new ExportForm { Context = context });
    }

    /// <summary>The form's target: the CSV file, or a redirect to the printable page.</summary>
    [HttpGet("download")]
    public async Task<IActionResult> Download([FromQuery] ExportForm form, CancellationToken ct)
    {
        if (await ContextAsync(ct) is not { } context)
        {
            return NotFound();
        }

        var (choice, errors) = ExportChoices.Resolve(form, context);
        if (choice is null)
        {
            return Invalid(form, context, errors);
        }

        if (choice.Format == ExportForm.Print)
        {
            return Redirect(QueryHelpers.AddQueryString("/my/export/print", form.PrintQuery()));
        }

        var record = await exports.GetRecordAsync(User.StaffMemberId()!.Value, choice.Request, ct);
        if (record is null)
        {
            return NotFound();
        }

        LogExport(logger, User.StaffMemberId()!.Value, record.Entries.Count, "CSV");
        await audit.RecordAsync(AuditActions.Exported, AuditEntityTypes.CpdRecord, User.StaffMemberId()!.Value.ToString(CultureInfo.InvariantCulture), ct);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{CpdRecordCsv.FileName(context.Today)}\"";
        return File(CpdRecordCsv.Write(record), CpdRecordCsv.ContentType);
    }

    /// <summary>A clean page of the period's entries with a print stylesheet (the browser can save it as a PDF).</summary>
    [HttpGet("print")]
    public async Task<IActionResult> Print([FromQuery] ExportForm form, CancellationToken ct)
    {
        if (await ContextAsync(ct) is not { } context)
        {
            return NotFound();
        }

        var (choice, errors) = ExportChoices.Resolve(form, context, requireFormat: false);
        if (choice is null)
        {
            form.Format = ExportForm.Print;
            return Invalid(form, context, errors);
        }

        var record = await exports.GetRecordAsync(User.StaffMemberId()!.Value, choice.Request, ct);
        if (record is null)
        {
            return NotFound();
        }

        LogExport(logger, User.StaffMemberId()!.Value, record.Entries.Count, "printable page");
        await audit.RecordAsync(AuditActions.Exported, AuditEntityTypes.CpdRecord, User.StaffMemberId()!.Value.ToString(CultureInfo.InvariantCulture), ct);
        return View(record);
    }

    private async Task<ExportContext?> ContextAsync(CancellationToken ct) =>
        User.StaffMemberId() is { } me ? await exports.GetContextAsync(me, ct) : null;

    private ViewResult Invalid(ExportForm form, ExportContext context, IReadOnlyList<Domain.Common.FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        form.Context = context;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), form);
    }

    // Who exported how many entries, never what they say.
    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {StaffMemberId} exported {EntryCount} CPD entries as a {Format}")]
    private static partial void LogExport(ILogger logger, int staffMemberId, int entryCount, string format);
}
