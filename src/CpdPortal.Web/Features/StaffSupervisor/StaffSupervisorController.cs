using System.Globalization;
using CpdPortal.Application.Administration;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Staff;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.StaffSupervisor;

/// <summary>Sets or changes one person's supervisor (/admin/staff/{id}/supervisor, Administrator).</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/staff/{id:int}/supervisor")]
public sealed class StaffSupervisorController(StaffAdminService staff, SupervisorAssignmentService supervisors) : Controller
{
    /// <summary>The value of the "no supervisor" choice.</summary>
    public const string None = "none";

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        return details is null
            ? NotFound()
            : View(new SupervisorViewModel(details, await supervisors.CandidatesAsync(id, ct), details.SupervisorId?.ToString(CultureInfo.InvariantCulture)));
    }

    [HttpPost("")]
    [RedisplayOnRuleBroken(nameof(SupervisorForm), Field = "supervisorId")]
    public async Task<IActionResult> Index(int id, string? supervisorId, CancellationToken ct)
    {
        if (await staff.GetAsync(id, ct) is null)
        {
            return NotFound();
        }

        int? chosen = supervisorId == None ? null : int.TryParse(supervisorId, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1;
        if (chosen == -1)
        {
            ModelState.AddModelError("supervisorId", "Select a supervisor, or no supervisor");
        }

        ModelState.ThrowIfUnreadable();
        await supervisors.SetAsync(id, chosen, ct);
        TempData.Success(chosen is null ? "Supervisor removed" : "Supervisor changed");
        return RedirectToAction(nameof(StaffController.Details), "Staff", new { id });
    }

    private async Task<IActionResult> SupervisorForm(int id, string? supervisorId, CancellationToken ct) =>
        await staff.GetAsync(id, ct) is { } details
            ? View(nameof(Index), new SupervisorViewModel(details, await supervisors.CandidatesAsync(id, ct), supervisorId))
            : NotFound();
}

public sealed record SupervisorViewModel(StaffDetails Staff, IReadOnlyList<Choice> Candidates, string? Selected);
