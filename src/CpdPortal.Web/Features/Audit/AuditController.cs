using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace CpdPortal.Web.Features.Audit;

/// <summary>The audit log (CONTRACT: /admin/audit, Administrator): search, page and download as CSV. Read-only.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/audit")]
public sealed class AuditController(AuditSearchService search, IAuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditSearchForm form, CancellationToken ct)
    {
        ModelState.Clear(); // binding of a GET form's strings cannot fail; ToQuery gives the messages
        if (form.ToQuery(ModelState) is not { } query)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        form.Results = await search.SearchAsync(query, Paging.Normalise(form.Page), ct);
        return View(form);
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AuditSearchForm form, CancellationToken ct)
    {
        ModelState.Clear();
        if (form.ToQuery(ModelState) is not { } query)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), form);
        }

        var rows = await search.ExportAsync(query, ct);
        await audit.RecordAsync(AuditActions.AuditLogExported, AuditEntityTypes.AuditLog, ct: ct);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{AuditCsv.FileName(clock.UkToday())}\"";
        return File(AuditCsv.Write(rows), AuditCsv.ContentType);
    }

    /// <summary>The page's URL for the same filters, for pagination and the CSV link.</summary>
    public static string UrlFor(string path, AuditSearchForm form, int? page = null) => QueryHelpers.AddQueryString(path, form.Query(page));
}
