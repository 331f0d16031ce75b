using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.LearningCourses;

/// <summary>The L&amp;D team's catalogue: list, create, edit, retire and reinstate courses.</summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/courses")]
public sealed class LearningCoursesController(CatalogueService catalogue) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, bool retired, int? page, CancellationToken ct)
    {
        var list = await catalogue.ListAsync(new CatalogueQuery(q, retired, page), ct);
        return View(new CatalogueViewModel(q, retired, list));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("Form", new CourseForm { External = "false", Options = await catalogue.FormOptionsAsync(ct) });

    [HttpPost("new")]
    [RedisplayOnRuleBroken(nameof(CourseFormAgain))]
    public async Task<IActionResult> New(CourseForm form, CancellationToken ct)
    {
        var details = form.ToDetails(ModelState);
        await ModelState.ThrowIfUnreadableAsync(() => catalogue.CheckAsync(details, ct));
        var id = await catalogue.CreateAsync(details, ct);
        TempData.Success("Course added to the catalogue");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var course = await catalogue.GetAsync(id, ct);
        return course is null ? NotFound() : View(course);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var details = await catalogue.GetForEditAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var form = CourseForm.From(id, details);
        form.Options = await catalogue.FormOptionsAsync(ct);
        return View("Form", form);
    }

    [HttpPost("{id:int}/edit")]
    [RedisplayOnRuleBroken(nameof(CourseFormAgain))]
    public async Task<IActionResult> Edit(int id, CourseForm form, CancellationToken ct)
    {
        if (!await catalogue.ExistsAsync(id, ct))
        {
            return NotFound();
        }

        var details = form.ToDetails(ModelState);
        await ModelState.ThrowIfUnreadableAsync(() => catalogue.CheckAsync(details, ct));
        await catalogue.UpdateAsync(id, details, ct);
        TempData.Success("Course saved");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/retire")]
    public async Task<IActionResult> Retire(int id, CancellationToken ct)
    {
        if (!await catalogue.SetRetiredAsync(id, retired: true, ct))
        {
            return NotFound();
        }

        TempData.Success("Course retired: staff can no longer book it");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/reinstate")]
    public async Task<IActionResult> Reinstate(int id, CancellationToken ct)
    {
        if (!await catalogue.SetRetiredAsync(id, retired: false, ct))
        {
            return NotFound();
        }

        TempData.Success("Course reinstated");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("tags")]
    public async Task<IActionResult> Tags(CancellationToken ct) => View(await catalogue.TagsAsync(ct));

    /// <summary>Adds a practice framework (no id) or renames one (TagId); the name is the domain's to judge.</summary>
    [HttpPost("tags")]
    [RedisplayOnRuleBroken(nameof(Tags), Field = "Name-{tagId}")]
    public async Task<IActionResult> Tags(int? tagId, string? name, CancellationToken ct)
    {
        if (!await catalogue.SaveTagAsync(tagId, name, ct))
        {
            return NotFound();
        }

        TempData.Success(tagId is null ? "Practice framework added" : "Practice framework renamed");
        return RedirectToAction(nameof(Tags));
    }

    private async Task<IActionResult> CourseFormAgain(int? id, CourseForm form, CancellationToken ct)
    {
        form.Id = id;
        form.Options = await catalogue.FormOptionsAsync(ct);
        return View("Form", form);
    }
}

public sealed record CatalogueViewModel(string? Search, bool ShowRetired, Application.Common.PagedResult<CatalogueRow> Courses);
