using CpdPortal.Application.Certifications;
using CpdPortal.Application.PathwayAdmin;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.RoleCertifications;

/// <summary>The certifications a pathway role requires, beside its required courses (linked from the role's page).</summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/pathways/{pathwayId:int}/roles/{roleId:int}/certifications")]
public sealed class RoleCertificationsController(RoleCertificationService roles) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int pathwayId, int roleId, CancellationToken ct) =>
        await roles.EditorAsync(pathwayId, roleId, ct) is { } editor ? View(editor) : NotFound();

    [HttpPost("")]
    [RedisplayOnRuleBroken(nameof(Index), Field = "certificationId")]
    public async Task<IActionResult> Add(int pathwayId, int roleId, int? certificationId, CancellationToken ct) =>
        Done(await roles.RequireAsync(pathwayId, roleId, certificationId, ct), pathwayId, roleId, "Certification required for this role: everyone in it is counted at once");

    [HttpPost("{certificationId:int}/remove")]
    public async Task<IActionResult> Remove(int pathwayId, int roleId, int certificationId, CancellationToken ct) =>
        Done(await roles.StopRequiringAsync(pathwayId, roleId, certificationId, ct), pathwayId, roleId, "Certification no longer required for this role");

    private IActionResult Done(PathwayChange change, int pathwayId, int roleId, string message)
    {
        if (change == PathwayChange.NotFound)
        {
            return NotFound();
        }

        if (change == PathwayChange.Saved)
        {
            TempData.Success(message);
        }

        return RedirectToAction(nameof(Index), new { pathwayId, roleId });
    }
}
