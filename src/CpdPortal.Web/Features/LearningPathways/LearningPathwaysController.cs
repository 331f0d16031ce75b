using System.Globalization;
using CpdPortal.Application.PathwayAdmin;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
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

        if (ModelState.IsValid)
        {
            try
            {
                var (change, roleId) = await pathways.AddRoleAsync(id, new NewRole(form.Title, form.RequiresRegistration, step), ct);
                if (change == PathwayChange.NotFound)
                {
                    return NotFound();
                }

                TempData.Success("Role added");
                return Redirect($"/learning/pathways/{id}/roles/{roleId}");
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddDomainError(ex, ex.Rule == "role.step" ? nameof(NewRoleForm.Place) : nameof(NewRoleForm.Title));
            }
        }

        return await PathwayErrorAsync(id, form, ct);
    }

    [HttpPost("{id:int}/roles/{roleId:int}/move")]
    public Task<IActionResult> Move(int id, int roleId, string? direction, CancellationToken ct) =>
        direction is "earlier" or "later"
            ? PathwayChangeAsync(id, () => pathways.MoveAsync(id, roleId, direction == "earlier", ct), "Role moved", ct)
            : Task.FromResult<IActionResult>(BadRequest());

    [HttpPost("{id:int}/roles/{roleId:int}/remove")]
    public Task<IActionResult> Remove(int id, int roleId, CancellationToken ct) =>
        PathwayChangeAsync(id, () => pathways.RemoveRoleAsync(id, roleId, ct), "Role removed", ct);

    [HttpGet("{id:int}/roles/{roleId:int}")]
    public async Task<IActionResult> Role(int id, int roleId, CancellationToken ct) =>
        await pathways.RoleAsync(id, roleId, ct) is { } editor
            ? View(new RoleViewModel(editor, new RoleDetailsForm { Title = editor.Role.Title, RequiresRegistration = editor.Role.RequiresRegistration }, null, new RoleCourseForm()))
            : NotFound();

    [HttpPost("{id:int}/roles/{roleId:int}")]
    public Task<IActionResult> Details(int id, int roleId, RoleDetailsForm form, CancellationToken ct) =>
        RoleChangeAsync(id, roleId, () => pathways.UpdateRoleAsync(id, roleId, form.Title, form.RequiresRegistration, ct), "Role saved", nameof(RoleDetailsForm.Title), v => v with { Details = form }, ct);

    [HttpPost("{id:int}/roles/{roleId:int}/expectations")]
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

        return RoleChangeAsync(id, roleId, () => pathways.SetExpectationsAsync(id, roleId, stages, ct), "Expected stages saved", string.Empty, v => v with { Stages = form.Stages }, ct);
    }

    [HttpPost("{id:int}/roles/{roleId:int}/courses")]
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

        return RoleChangeAsync(id, roleId, () => pathways.AddCourseAsync(id, roleId, courseId!.Value, form.Kind == RoleCourseForm.Required, ct), "Course added", nameof(RoleCourseForm.CourseId), v => v with { Course = form }, ct);
    }

    [HttpPost("{id:int}/roles/{roleId:int}/courses/{courseId:int}/remove")]
    public Task<IActionResult> RemoveCourse(int id, int roleId, int courseId, CancellationToken ct) =>
        RoleChangeAsync(id, roleId, () => pathways.RemoveCourseAsync(id, roleId, courseId, ct), "Course removed", string.Empty, v => v, ct);

    private async Task<IActionResult> PathwayChangeAsync(int id, Func<Task<PathwayChange>> change, string done, CancellationToken ct)
    {
        try
        {
            if (await change() == PathwayChange.NotFound)
            {
                return NotFound();
            }

            TempData.Success(done);
            return Redirect($"/learning/pathways/{id}");
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex);
            return await PathwayErrorAsync(id, new NewRoleForm(), ct);
        }
    }

    private async Task<IActionResult> PathwayErrorAsync(int id, NewRoleForm form, CancellationToken ct)
    {
        var pathway = await pathways.GetAsync(id, ct);
        if (pathway is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Pathway), new PathwayViewModel(pathway, form));
    }

    /// <summary>Runs a change of the role unless the form was already invalid; on a broken rule, the role page again with 400.</summary>
    private async Task<IActionResult> RoleChangeAsync(int id, int roleId, Func<Task<PathwayChange>> change, string done, string errorField, Func<RoleViewModel, RoleViewModel> keepTyped, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var outcome = await change();
                if (outcome == PathwayChange.NotFound)
                {
                    return NotFound();
                }

                TempData.Success(outcome == PathwayChange.Saved ? done : "Nothing changed");
                return Redirect($"/learning/pathways/{id}/roles/{roleId}");
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddDomainErrors(ex);
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddDomainError(ex, errorField);
            }
        }

        var editor = await pathways.RoleAsync(id, roleId, ct);
        if (editor is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var model = new RoleViewModel(editor, new RoleDetailsForm { Title = editor.Role.Title, RequiresRegistration = editor.Role.RequiresRegistration }, null, new RoleCourseForm());
        return View(nameof(Role), keepTyped(model));
    }

    private static int? Parse(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
