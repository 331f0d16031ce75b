using System.Globalization;
using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.LearningCourses;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.LearningMapping;

/// <summary>The mapping grid (/learning/mapping) and mapping or unmapping a course from a cell or the course page.</summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/mapping")]
public sealed class LearningMappingController(MappingService mapping, CatalogueService catalogue) : Controller
{
    public const string ReturnToCourse = "course";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? framework, CancellationToken ct)
    {
        var grid = await mapping.GridAsync(framework, ct);
        return grid is null ? NotFound() : View(new MappingViewModel(grid, new MappingForm()));
    }

    [HttpPost("map")]
    [RedisplayOnRuleBroken(nameof(MappingAgain), Field = nameof(MappingForm.Stage))]
    public Task<IActionResult> Map(MappingForm form, CancellationToken ct) => ChangeAsync(form, map: true, ct);

    [HttpPost("unmap")]
    [RedisplayOnRuleBroken(nameof(MappingAgain), Field = nameof(MappingForm.Stage))]
    public Task<IActionResult> Unmap(MappingForm form, CancellationToken ct) => ChangeAsync(form, map: false, ct);

    private async Task<IActionResult> ChangeAsync(MappingForm form, bool map, CancellationToken ct)
    {
        var courseId = Parse(form.CourseId);
        var areaId = Parse(form.AreaId);
        var stage = Parse(form.Stage);
        if (courseId is null)
        {
            ModelState.AddModelError(nameof(MappingForm.CourseId), "Select a course");
        }

        if (areaId is null)
        {
            ModelState.AddModelError(nameof(MappingForm.AreaId), "Select a competence area");
        }

        if (stage is null)
        {
            ModelState.AddModelError(nameof(MappingForm.Stage), MappingService.StageOutOfRange);
        }

        ModelState.ThrowIfUnreadable();
        var outcome = map
            ? await mapping.MapAsync(courseId!.Value, areaId!.Value, stage!.Value, ct)
            : await mapping.UnmapAsync(courseId!.Value, areaId!.Value, stage!.Value, ct);
        switch (outcome)
        {
            case MappingOutcome.NoSuchCourse:
                return NotFound();
            case MappingOutcome.NoSuchArea:
                ModelState.AddModelError(nameof(MappingForm.AreaId), "Select a competence area");
                ModelState.ThrowIfUnreadable();
                break;
        }

        TempData.Success(outcome switch
        {
            MappingOutcome.Mapped => "Course mapped to the cell",
            MappingOutcome.AlreadyMapped => "The course was already mapped to that cell",
            MappingOutcome.Unmapped => "Course unmapped from the cell",
            _ => "The course was not mapped to that cell",
        });
        return form.ReturnTo == ReturnToCourse
            ? RedirectToAction(nameof(LearningCoursesController.Details), "LearningCourses", new { id = courseId })
            : RedirectToAction(nameof(Index), new { framework = await mapping.FrameworkOfAreaAsync(areaId!.Value, ct) });
    }

    /// <summary>The page the change was made from again: the course's page, or the grid of the area's framework.</summary>
    private async Task<IActionResult> MappingAgain(MappingForm form, CancellationToken ct)
    {
        var courseId = Parse(form.CourseId);
        var areaId = Parse(form.AreaId);
        if (form.ReturnTo == ReturnToCourse && courseId is { } id && await catalogue.GetAsync(id, ct) is { } course)
        {
            return View("~/Features/LearningCourses/Details.cshtml", course);
        }

        var framework = areaId is { } a ? await mapping.FrameworkOfAreaAsync(a, ct) : null;
        var grid = await mapping.GridAsync(framework, ct) ?? await mapping.GridAsync(null, ct);
        return grid is null ? NotFound() : View(nameof(Index), new MappingViewModel(grid, form));
    }

    private static int? Parse(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>Map or unmap one course from one cell. Bound as text so a junk value gets a message, not a 500.</summary>
public sealed class MappingForm
{
    public string? CourseId { get; set; }

    public string? AreaId { get; set; }

    public string? Stage { get; set; }

    /// <summary>"course" to go back to the course's page; otherwise the grid.</summary>
    public string? ReturnTo { get; set; }
}

public sealed record MappingViewModel(MappingGrid Grid, MappingForm Form);
