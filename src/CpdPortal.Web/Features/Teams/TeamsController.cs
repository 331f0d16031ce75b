using System.Globalization;
using CpdPortal.Application.Administration;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
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
        View(await teams.ListAsync(Paging.Normalise(page), ct));

    [HttpGet("new")]
    public IActionResult New() => View("Name", new TeamNameForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(TeamNameForm form, CancellationToken ct)
    {
        try
        {
            var id = await teams.CreateAsync(form.Name ?? string.Empty, ct);
            TempData.Success("Team added");
            return Redirect($"/admin/teams/{id}");
        }
        catch (DomainRuleException ex)
        {
            return Invalid(form, ex.Message);
        }
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var team = await teams.GetAsync(id, ct);
        return team is null ? NotFound() : View(new TeamViewModel(team, await supervisors.CandidatesAsync(null, ct), null));
    }

    [HttpGet("{id:int}/rename")]
    public async Task<IActionResult> Rename(int id, CancellationToken ct)
    {
        var team = await teams.GetAsync(id, ct);
        return team is null ? NotFound() : View("Name", new TeamNameForm { Id = id, Name = team.Name });
    }

    [HttpPost("{id:int}/rename")]
    public async Task<IActionResult> Rename(int id, TeamNameForm form, CancellationToken ct)
    {
        form.Id = id;
        try
        {
            if (!await teams.RenameAsync(id, form.Name ?? string.Empty, ct))
            {
                return NotFound();
            }

            TempData.Success("Team renamed");
            return Redirect($"/admin/teams/{id}");
        }
        catch (DomainRuleException ex)
        {
            return Invalid(form, ex.Message);
        }
    }

    [HttpPost("{id:int}/retire")]
    public async Task<IActionResult> Retire(int id, CancellationToken ct)
    {
        try
        {
            if (!await teams.RetireAsync(id, ct))
            {
                return NotFound();
            }

            TempData.Success("Team retired");
            return Redirect($"/admin/teams/{id}");
        }
        catch (DomainRuleException ex)
        {
            return await TeamWithErrorAsync(id, string.Empty, ex.Message, ct);
        }
    }

    [HttpPost("{id:int}/supervisor")]
    public async Task<IActionResult> Supervisor(int id, string? supervisorId, CancellationToken ct)
    {
        if (await teams.GetAsync(id, ct) is null)
        {
            return NotFound();
        }

        if (!int.TryParse(supervisorId, NumberStyles.None, CultureInfo.InvariantCulture, out var supervisor))
        {
            return await TeamWithErrorAsync(id, "supervisorId", "Select a supervisor", ct);
        }

        try
        {
            var changed = await supervisors.SetForTeamAsync(id, supervisor, ct);
            TempData.Success($"Supervisor set for {changed} {(changed == 1 ? "person" : "people")}");
            return Redirect($"/admin/teams/{id}");
        }
        catch (DomainRuleException ex)
        {
            return await TeamWithErrorAsync(id, "supervisorId", ex.Message, ct);
        }
    }

    private ViewResult Invalid(TeamNameForm form, string message)
    {
        ModelState.Clear();
        ModelState.AddModelError(nameof(TeamNameForm.Name), message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Name", form);
    }

    private async Task<IActionResult> TeamWithErrorAsync(int id, string field, string message, CancellationToken ct)
    {
        var team = await teams.GetAsync(id, ct);
        if (team is null)
        {
            return NotFound();
        }

        ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Details", new TeamViewModel(team, await supervisors.CandidatesAsync(null, ct), message));
    }
}

public sealed class TeamNameForm
{
    public string? Name { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int? Id { get; set; }
}

public sealed record TeamViewModel(TeamRow Team, IReadOnlyList<Choice> Candidates, string? Error);
