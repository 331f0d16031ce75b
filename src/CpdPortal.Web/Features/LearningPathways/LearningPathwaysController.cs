using System.Globalization;
using CpdPortal.Application.PathwayAdmin;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.LearningPathways;

/// <summary>Career pathways for L&amp;D: roles in order, expected stages per area, required and recommended courses.</summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/pathways")]
public sealed class LearningPathwaysController(PathwayAdminService pathways) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(new PathwaysListViewModel(await pathways.ListAsync(page, ct)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Pathway(int id, CancellationToken ct) =>
        await pathways.GetAsync(id, ct) is { } pathway ? View(new PathwayViewModel(pathway, new NewRoleForm())) : NotFound();

    [HttpPost("{id:int}/roles")]
    [RedisplayOnRuleBroken(nameof(PathwayAgain), Field = nameof(NewRoleForm.Title))]
    public async Task<IActionResult> AddRole(int id, NewRoleForm form, CancellationToken ct)
    {
        int? step = null;
        if (form.Place != NewRoleForm.AtTheEnd)
        {
            step = Parse(form.Place);
            if (step is null)
            {
                ModelState.AddModelError(nameof(NewRoleForm.Place), "Choose where the role goes");
            }
        }

        ModelState.ThrowIfUnreadable();
        var (change, roleId) = await pathways.AddRoleAsync(id, new NewRole(form.Title, form.RequiresRegistration, step), ct);
        if (change == PathwayChange.NotFound)
        {
            return NotFound();
        }

        TempData.Success("Role added");
        return RedirectToAction(nameof(Role), new { id, roleId });
    }

    [HttpPost("{id:int}/roles/{roleId:int}/move")]
    [RedisplayOnRuleBroken(nameof(PathwayAgain))]
    public Task<IActionResult> Move(int id, int roleId, string? direction, CancellationToken ct) =>
        direction is "earlier" or "later"
            ? PathwayChangeAsync(id, () => pathways.MoveAsync(id, roleId, direction == "earlier", ct), "Role moved")
            : Task.FromResult<IActionResult>(BadRequest());

    [HttpPost("{id:int}/roles/{roleId:int}/remove")]
    [RedisplayOnRuleBroken(nameof(PathwayAgain))]
    public Task<IActionResult> Remove(int id, int roleId, CancellationToken ct) =>
        PathwayChangeAsync(id, () => pathways.RemoveRoleAsync(id, roleId, ct), "Role removed");

    [HttpGet("{id:int}/roles/{roleId:int}")]
    public async Task<IActionResult> Role(int id, int roleId, CancellationToken ct) =>
        await pathways.RoleAsync(id, roleId, ct) is { } editor
            ? View(new RoleViewModel(editor, new RoleDetailsForm { Title = editor.Role.Title, RequiresRegistration = editor.Role.RequiresRegistration }, null, new RoleCourseForm()))
            : NotFound();

    [HttpPost("{id:int}/roles/{roleId:int}")]
    [RedisplayOnRuleBroken(nameof(RoleAgain), Field = nameof(RoleDetailsForm.Title))]
    public Task<IActionResult> Details(int id, int roleId, RoleDetailsForm form, CancellationToken ct) =>
        RoleChangeAsync(id, roleId, () => pathways.UpdateRoleAsync(id, roleId, form.Title, form.RequiresRegistration, ct), "Role saved");

    [HttpPost("{id:int}/roles/{roleId:int}/expectations")]
    [RedisplayOnRuleBroken(nameof(RoleAgain))]
    public Task<IActionResult> Expectations(int id, int roleId, ExpectationsForm form, CancellationToken ct)
    {
        var stages = new Dictionary<int, int?>();
        foreach (var (areaId, value) in form.Stages)
        {
            var stage = Parse(value);
            if (!string.IsNullOrWhiteSpace(value) && stage is not (>= 1 and <= 5))
            {
                ModelState.AddModelError(PathwayAdminService.AreaField(areaId), PathwayAdminService.StageOutOfRange);
            }

            stages[areaId] = stage;
        }

        return RoleChangeAsync(id, roleId, () => pathways.SetExpectationsAsync(id, roleId, stages, ct), "Expected stages saved");
    }

    [HttpPost("{id:int}/roles/{roleId:int}/courses")]
    [RedisplayOnRuleBroken(nameof(RoleAgain), Field = nameof(RoleCourseForm.CourseId))]
    public Task<IActionResult> AddCourse(int id, int roleId, RoleCourseForm form, CancellationToken ct)
    {
        var courseId = Parse(form.CourseId);
        if (courseId is null)
        {
            ModelState.AddModelError(nameof(RoleCourseForm.CourseId), "Select a course from the list");
        }

        if (form.Kind is not (RoleCourseForm.Required or RoleCourseForm.Recommended))
        {
            ModelState.AddModelError(nameof(RoleCourseForm.Kind), "Choose whether the course is required or recommended");
        }

        return RoleChangeAsync(id, roleId, () => pathways.AddCourseAsync(id, roleId, courseId!.Value, form.Kind == RoleCourseForm.Required, ct), "Course added");
    }

    [HttpPost("{id:int}/roles/{roleId:int}/courses/{courseId:int}/remove")]
    [RedisplayOnRuleBroken(nameof(RoleAgain))]
    public Task<IActionResult> RemoveCourse(int id, int roleId, int courseId, CancellationToken ct) =>
        RoleChangeAsync(id, roleId, () => pathways.RemoveCourseAsync(id, roleId, courseId, ct), "Course removed");

    private async Task<IActionResult> PathwayChangeAsync(int id, Func<Task<PathwayChange>> change, string done)
    {
        if (await change() == PathwayChange.NotFound)
        {
            return NotFound();
        }

        TempData.Success(done);
        return RedirectToAction(nameof(Pathway), new { id });
    }

    /// <summary>Runs a change of the role unless part of the form could not be read.</summary>
    private async Task<IActionResult> RoleChangeAsync(int id, int roleId, Func<Task<PathwayChange>> change, string done)
    {
        ModelState.ThrowIfUnreadable();
        var outcome = await change();
        if (outcome == PathwayChange.NotFound)
        {
            return NotFound();
        }

        TempData.Success(outcome == PathwayChange.Saved ? done : "Nothing changed");
        return RedirectToAction(nameof(Role), new { id, roleId });
    }

    private async Task<IActionResult> PathwayAgain(int id, NewRoleForm? form, CancellationToken ct) =>
        await pathways.GetAsync(id, ct) is { } pathway ? View(nameof(Pathway), new PathwayViewModel(pathway, form ?? new NewRoleForm())) : NotFound();

    /// <summary>The role page again, keeping what was typed in whichever of its forms was sent.</summary>
    private async Task<IActionResult> RoleAgain(int id, int roleId, object? form, CancellationToken ct)
    {
        if (await pathways.RoleAsync(id, roleId, ct) is not { } editor)
        {
            return NotFound();
        }

        var model = new RoleViewModel(editor, new RoleDetailsForm { Title = editor.Role.Title, RequiresRegistration = editor.Role.RequiresRegistration }, null, new RoleCourseForm());
        return View(nameof(Role), form switch
        {
            RoleDetailsForm details => model with { Details = details },
            ExpectationsForm expectations => model with { Stages = expectations.Stages },
            RoleCourseForm course => model with { Course = course },
            _ => model,
        });
    }

    private static int? Parse(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
