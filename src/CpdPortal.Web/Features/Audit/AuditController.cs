using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
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
    [RedisplayOnRuleBroken(nameof(SearchAgain))]
    public async Task<IActionResult> Index([FromQuery] AuditSearchForm form, CancellationToken ct)
    {
        var query = Read(form);

        form.Results = await search.SearchAsync(query, form.Position(), ct);
        return View(form);
    }

    [HttpGet("export")]
    [RedisplayOnRuleBroken(nameof(SearchAgain))]
    public async Task<IActionResult> Export([FromQuery] AuditSearchForm form, CancellationToken ct)
    {
        var query = Read(form);

        var rows = await search.ExportAsync(query, ct);
        await audit.RecordAsync(AuditActions.AuditLogExported, AuditEntityTypes.AuditLog, ct: ct);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{AuditCsv.FileName(clock.UkToday())}\"";
        return File(AuditCsv.Write(rows), AuditCsv.ContentType);
    }

    /// <summary>
    /// The search as the service takes it; filters that cannot be read (a date that does not exist) stop the request
    /// with their messages. The binding of a GET form's strings cannot fail: the form gives the messages.
    /// </summary>
    private AuditQuery Read(AuditSearchForm form)
    {
        ModelState.Clear();
        var query = form.ToQuery(ModelState);
        ModelState.ThrowIfUnreadable();
        return query!;
    }

    /// <summary>The search page again, with the filters as typed and their messages (no results).</summary>
    private ViewResult SearchAgain(AuditSearchForm form) => View(nameof(Index), form);

    /// <summary>The page's URL for the same filters, for the page links (<paramref name="position"/>: Older, Newer or End) and the CSV link.</summary>
    public static string UrlFor(string path, AuditSearchForm form, string? position = null, string? value = null) => QueryHelpers.AddQueryString(path, form.Query(position, value));
}
