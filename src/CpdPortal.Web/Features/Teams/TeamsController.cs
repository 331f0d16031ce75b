using System.Globalization;
using CpdPortal.Application.Administration;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Teams;

/// <summary>Teams (CONTRACT: /admin/teams, Administrator): list, add, rename, retire, and a supervisor for a whole team.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/teams")]
public sealed class TeamsController(TeamAdminService teams, SupervisorAssignmentService supervisors) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await teams.ListAsync(page, ct));

    [HttpGet("new")]
    public IActionResult New() => View("Name", new TeamNameForm());

    [HttpPost("new")]
    [RedisplayOnRuleBroken(nameof(NameForm), Field = nameof(TeamNameForm.Name))]
    public async Task<IActionResult> New(TeamNameForm form, CancellationToken ct)
    {
        var id = await teams.CreateAsync(form.Name ?? string.Empty, ct);
        TempData.Success("Team added");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var team = await teams.GetAsync(id, ct);
        return team is null ? NotFound() : View(new TeamViewModel(team, await supervisors.CandidatesAsync(null, ct)));
    }

    [HttpGet("{id:int}/rename")]
    public async Task<IActionResult> Rename(int id, CancellationToken ct)
    {
        var team = await teams.GetAsync(id, ct);
        return team is null ? NotFound() : View("Name", new TeamNameForm { Id = id, Name = team.Name });
    }

    [HttpPost("{id:int}/rename")]
    [RedisplayOnRuleBroken(nameof(NameForm), Field = nameof(TeamNameForm.Name))]
    public async Task<IActionResult> Rename(int id, TeamNameForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await teams.RenameAsync(id, form.Name ?? string.Empty, ct))
        {
            return NotFound();
        }

        TempData.Success("Team renamed");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/retire")]
    [RedisplayOnRuleBroken(nameof(Details))]
    public async Task<IActionResult> Retire(int id, CancellationToken ct)
    {
        if (!await teams.RetireAsync(id, ct))
        {
            return NotFound();
        }

        TempData.Success("Team retired");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/supervisor")]
    [RedisplayOnRuleBroken(nameof(Details), Field = "supervisorId")]
    public async Task<IActionResult> Supervisor(int id, string? supervisorId, CancellationToken ct)
    {
        if (await teams.GetAsync(id, ct) is null)
        {
            return NotFound();
        }

        if (!int.TryParse(supervisorId, NumberStyles.None, CultureInfo.InvariantCulture, out var supervisor))
        {
            ModelState.AddModelError("supervisorId", "Select a supervisor");
        }

        ModelState.ThrowIfUnreadable();
        var changed = await supervisors.SetForTeamAsync(id, supervisor, ct);
        TempData.Success($"Supervisor set for {changed} {(changed == 1 ? "person" : "people")}");
        return RedirectToAction(nameof(Details), new { id });
    }

    private ViewResult NameForm(TeamNameForm form) => View("Name", form);
}

public sealed class TeamNameForm
{
    public string? Name { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int? Id { get; set; }
}

public sealed record TeamViewModel(TeamRow Team, IReadOnlyList<Choice> Candidates);
