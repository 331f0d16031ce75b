using CpdPortal.Application.Administration.Imports;
using CpdPortal.Application.Common;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Import;

/// <summary>
/// The one way a CSV import goes (docs/adr/0014): upload the file (refused with its reason beside the file field on the
/// shared import page), see one page each of what it would do and of its errors, confirm. The staff import and the
/// course completions import are this controller with their own service, file field and confirmation message; each
/// has its own route, so their addresses are <c>{route}</c>, <c>{route}/{id}</c>.
/// </summary>
public abstract class UploadedImportController<TPreview, TResult>(IUploadedImport<TPreview, TResult> imports, ICurrentUser user) : Controller
    where TPreview : class
    where TResult : class
{
    /// <summary>The upload form's file field (<see cref="ImportFiles"/>): where a refused file's reason is shown.</summary>
    protected abstract string FileField { get; }

    /// <summary>The import page's section this import's form is in (its fragment), or null for the top.</summary>
    protected abstract string? Section { get; }

    /// <summary>The confirmation banner after the import is applied, in counts.</summary>
    protected abstract string Applied(TResult result);

    [HttpPost("")]
    [RefuseOversizedImport]
    [RequestSizeLimit(RefuseOversizedImportAttribute.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RefuseOversizedImportAttribute.RequestLimit)]
    [RedisplayOnRuleBroken(nameof(ImportPage))]
    public async Task<IActionResult> Upload(CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        var id = await ImportFiles.StoreAsync(form.Files.GetFile(FileField), FileField, (name, bytes) => imports.UploadAsync(user.AccountId, name, bytes, ct), ct);
        return RedirectToAction(nameof(Preview), new { id });
    }

    /// <summary>The preview; its two tables page by "rows" and "errors".</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Preview(Guid id, int? rows, int? errors, CancellationToken ct)
    {
        var preview = await imports.PreviewAsync(id, user.AccountId, Paging.Normalise(rows), Paging.Normalise(errors), ct);
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

        TempData.Success(Applied(result));
        return RedirectToAction(nameof(ImportController.Index), "Import", null, Section);
    }

    /// <summary>The import page again (after a refused upload, with the reason beside the file field).</summary>
    protected ViewResult ImportPage() => View(ImportFiles.IndexView);
}
