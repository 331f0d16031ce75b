using CpdPortal.Application.Frameworks;
using CpdPortal.Domain.Competence;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
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
        return RedirectToAction(nameof(Framework), new { id = draft });
    }

    [HttpPost("{id:int}/areas")]
    [RedisplayOnRuleBroken(nameof(DraftAgain), Field = "Name")]
    public async Task<IActionResult> AddArea(int id, string? name, CancellationToken ct)
    {
        if (await frameworks.AddAreaAsync(id, name, ct) is not { } areaId)
        {
            return NotFound();
        }

        TempData.Success("Area added: now describe its five stages");
        return RedirectToAction(nameof(Area), new { id, areaId });
    }

    [HttpGet("{id:int}/areas/{areaId:int}")]
    public async Task<IActionResult> Area(int id, int areaId, CancellationToken ct) =>
        await frameworks.AreaAsync(id, areaId, ct) is { } editor ? View(new AreaViewModel(editor, AreaForm.From(editor.Area))) : NotFound();

    [HttpPost("{id:int}/areas/{areaId:int}")]
    [RedisplayOnRuleBroken(nameof(AreaAgain))]
    public async Task<IActionResult> SaveArea(int id, int areaId, AreaForm form, CancellationToken ct)
    {
        if (!await frameworks.UpdateAreaAsync(id, areaId, new AreaInput(form.Name, form.Description, form.Wording), ct))
        {
            return NotFound();
        }

        TempData.Success("Area saved");
        return RedirectToAction(nameof(Framework), null, new { id }, $"area-{areaId}");
    }

    [HttpPost("{id:int}/areas/{areaId:int}/move")]
    [RedisplayOnRuleBroken(nameof(DraftAgain))]
    public Task<IActionResult> MoveArea(int id, int areaId, string? direction, CancellationToken ct) =>
        direction is "earlier" or "later"
            ? DraftChangeAsync(id, () => frameworks.MoveAreaAsync(id, areaId, direction == "earlier", ct), "Area moved")
            : Task.FromResult<IActionResult>(BadRequest());

    [HttpPost("{id:int}/areas/{areaId:int}/remove")]
    [RedisplayOnRuleBroken(nameof(DraftAgain))]
    public Task<IActionResult> RemoveArea(int id, int areaId, CancellationToken ct) =>
        DraftChangeAsync(id, () => frameworks.RemoveAreaAsync(id, areaId, ct), "Area removed");

    [HttpPost("{id:int}/publish")]
    [RedisplayOnRuleBroken(nameof(DraftAgain))]
    public Task<IActionResult> Publish(int id, CancellationToken ct) =>
        DraftChangeAsync(id, () => frameworks.PublishAsync(id, ct), "Version published: it is now the current version");

    private async Task<IActionResult> DraftChangeAsync(int id, Func<Task<bool>> change, string done)
    {
        if (!await change())
        {
            return NotFound();
        }

        TempData.Success(done);
        return RedirectToAction(nameof(Framework), new { id });
    }

    /// <summary>The draft's page again (a published version cannot be changed, so it answers 404), keeping a typed area name.</summary>
    private async Task<IActionResult> DraftAgain(int id, string? name, CancellationToken ct) =>
        await frameworks.GetAsync(id, ct) is { Status: FrameworkStatus.Draft } framework
            ? View(nameof(Framework), new FrameworkViewModel(framework, name))
            : NotFound();

    private async Task<IActionResult> AreaAgain(int id, int areaId, AreaForm form, CancellationToken ct) =>
        await frameworks.AreaAsync(id, areaId, ct) is { } editor ? View(nameof(Area), new AreaViewModel(editor, form)) : NotFound();
}
