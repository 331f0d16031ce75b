using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Export;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Export;

/// <summary>
/// The export of one's own CPD record (CONTRACT: /my/export, any staff member, own data only): a GET form, a CSV
/// download and a printable page. Nothing is changed or stored.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/export")]
public sealed partial class ExportController(ExportService exports, IAuditLog audit, ILogger<ExportController> logger, ICurrentUser user) : Controller
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
    [RedisplayOnRuleBroken(nameof(FormAgainAsync))]
    public async Task<IActionResult> Download([FromQuery] ExportForm form, CancellationToken ct)
    {
        if (await ContextAsync(ct) is not { } context)
        {
            return NotFound();
        }

        var (choice, errors) = ExportChoices.Resolve(form, context);
        if (choice is null)
        {
            throw new DomainValidationException(errors);
        }

        if (choice.Format == ExportForm.Print)
        {
            return RedirectToAction(nameof(Print), new RouteValueDictionary(form.PrintQuery()));
        }

        var record = await exports.GetRecordAsync(user.StaffId, choice.Request, ct);
        if (record is null)
        {
            return NotFound();
        }

        LogExport(logger, user.StaffId, record.Entries.Count, "CSV");
        await audit.RecordAsync(AuditActions.Exported, AuditEntityTypes.CpdRecord, user.StaffId.ToString(CultureInfo.InvariantCulture), ct);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{CpdRecordCsv.FileName(context.Today)}\"";
        return File(CpdRecordCsv.Write(record), CpdRecordCsv.ContentType);
    }

    /// <summary>A clean page of the period's entries with a print stylesheet (the browser can save it as a PDF).</summary>
    [HttpGet("print")]
    [RedisplayOnRuleBroken(nameof(FormAgainAsync))]
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
            throw new DomainValidationException(errors);
        }

        var record = await exports.GetRecordAsync(user.StaffId, choice.Request, ct);
        if (record is null)
        {
            return NotFound();
        }

        LogExport(logger, user.StaffId, record.Entries.Count, "printable page");
        await audit.RecordAsync(AuditActions.Exported, AuditEntityTypes.CpdRecord, user.StaffId.ToString(CultureInfo.InvariantCulture), ct);
        return View(record);
    }

    private async Task<ExportContext?> ContextAsync(CancellationToken ct) =>
        user.StaffMemberId is { } me ? await exports.GetContextAsync(me, ct) : null;

    /// <summary>The export form again, as chosen, with each problem beside its field.</summary>
    private async Task<IActionResult> FormAgainAsync(ExportForm form, CancellationToken ct)
    {
        if (await ContextAsync(ct) is not { } context)
        {
            return NotFound();
        }

        form.Context = context;
        return View(nameof(Index), form);
    }

    // Who exported how many entries, never what they say.
    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {StaffMemberId} exported {EntryCount} CPD entries as a {Format}")]
    private static partial void LogExport(ILogger logger, int staffMemberId, int entryCount, string format);
}
