using CpdPortal.Application.Privacy;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Retention;

/// <summary>
/// /admin/retention (Administrator): what the next retention run would remove (counts, and the leavers by name and
/// staff number), and "Run now". The scheduled job runs the same rules (docs/adr/0020).
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/retention")]
public sealed class RetentionController(RetentionService retention) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await retention.PreviewAsync(page, ct));

    [HttpPost("run")]
    public async Task<IActionResult> Run(CancellationToken ct)
    {
        var result = await retention.RunAsync(ct);
        var message = $"Retention run finished: {result.Anonymised} leavers anonymised, {result.DeletedEntriesPurged} deleted CPD entries purged, "
            + $"{result.ImportUploadsDeleted} import uploads and {result.FormSubmissionsDeleted} form submission records deleted";
        TempData.Success(result.Failed == 0
            ? message
            : $"{message}. {result.Failed} leavers could not be anonymised and were left unchanged: the log has the error; try again later");
        return RedirectToAction(nameof(Index));
    }
}
