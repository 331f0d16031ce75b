using CpdPortal.Application.Frameworks;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.LearningFrameworks;

/// <summary>
/// Competence frameworks for L&amp;D: versions listed with their status; a published version is read-only and can be
/// copied to a draft; a draft's areas and stage wording are edited, then the draft is published (ADR 0013).
/// </summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/frameworks")]
public sealed class LearningFrameworksController(FrameworkAdminService frameworks) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(new FrameworksListViewModel(await frameworks.ListAsync(page, ct)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Framework(int id, CancellationToken ct) =>
        await frameworks.GetAsync(id, ct) is { } framework ? View(new FrameworkViewModel(framework, null)) : NotFound();

    [HttpPost("{id:int}/versions")]
    public async Task<IActionResult> NewVersion(int id, CancellationToken ct)
    {
        if (await frameworks.NewVersionAsync(id, ct) is not { } draft)
        {
            return NotFound();
        }

        TempData.Success("Draft of the new version ready to edit");
        return Redirect($"/learning/frameworks/{draft}");
    }

    [HttpPost("{id:int}/areas")]
    public async Task<IActionResult> AddArea(int id, string? name, CancellationToken ct)
    {
        try
        {
            if (await frameworks.AddAreaAsync(id, name, ct) is not { } areaId)
            {
                return NotFound();
            }

            TempData.Success("Area added: now describe its five stages");
            return Redirect($"/learning/frameworks/{id}/areas/{areaId}");
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex, "Name");
            return await FrameworkErrorAsync(id, name, ct);
        }
    }

    [HttpGet("{id:int}/areas/{areaId:int}")]
    public async Task<IActionResult> Area(int id, int areaId, CancellationToken ct) =>
        await frameworks.AreaAsync(id, areaId, ct) is { } editor ? View(new AreaViewModel(editor, AreaForm.From(editor.Area))) : NotFound();

    [HttpPost("{id:int}/areas/{areaId:int}")]
    public async Task<IActionResult> SaveArea(int id, int areaId, AreaForm form, CancellationToken ct)
    {
        try
        {
            if (!await frameworks.UpdateAreaAsync(id, areaId, new AreaInput(form.Name, form.Description, form.Wording), ct))
            {
                return NotFound();
            }

            TempData.Success("Area saved");
            return Redirect($"/learning/frameworks/{id}#area-{areaId}");
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
        }

        if (await frameworks.AreaAsync(id, areaId, ct) is not { } editor)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Area), new AreaViewModel(editor, form));
    }

    [HttpPost("{id:int}/areas/{areaId:int}/move")]
    public Task<IActionResult> MoveArea(int id, int areaId, string? direction, CancellationToken ct) =>
        direction is "earlier" or "later"
            ? DraftChangeAsync(id, () => frameworks.MoveAreaAsync(id, areaId, direction == "earlier", ct), "Area moved", ct)
            : Task.FromResult<IActionResult>(BadRequest());

    [HttpPost("{id:int}/areas/{areaId:int}/remove")]
    public Task<IActionResult> RemoveArea(int id, int areaId, CancellationToken ct) =>
        DraftChangeAsync(id, () => frameworks.RemoveAreaAsync(id, areaId, ct), "Area removed", ct);

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, CancellationToken ct) =>
        DraftChangeAsync(id, () => frameworks.PublishAsync(id, ct), "Version published: it is now the current version", ct);

    private async Task<IActionResult> DraftChangeAsync(int id, Func<Task<bool>> change, string done, CancellationToken ct)
    {
        try
        {
            if (!await change())
            {
                return NotFound();
            }

            TempData.Success(done);
            return Redirect($"/learning/frameworks/{id}");
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex);
            return await FrameworkErrorAsync(id, null, ct);
        }
    }

    private async Task<IActionResult> FrameworkErrorAsync(int id, string? typedName, CancellationToken ct)
    {
        if (await frameworks.GetAsync(id, ct) is not { Status: FrameworkStatus.Draft } framework)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Framework), new FrameworkViewModel(framework, typedName));
    }
}
