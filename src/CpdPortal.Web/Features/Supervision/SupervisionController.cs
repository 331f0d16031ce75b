using CpdPortal.Application.Common;
using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Competence;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Supervision;

/// <summary>The supervisor's pages. Only their own current supervisees are ever shown: anyone else answers 404.</summary>
[Authorize(Policy = Policies.Supervisor)]
[Route("supervision")]
public sealed class SupervisionController(
    SuperviseeListService supervisees,
    SuperviseeOverviewService overview,
    StageValidationService validation,
    ICurrentUser user) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await supervisees.ListAsync(user.StaffId, page, ct));

    [HttpGet("{staffId:int}")]
    public async Task<IActionResult> Supervisee(int staffId, int? year, int? page, CancellationToken ct)
    {
        var model = await overview.GetAsync(user.StaffId, staffId, year, page, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{staffId:int}/sessions")]
    public async Task<IActionResult> Sessions(int staffId, int? page, CancellationToken ct)
    {
        var found = await overview.SessionsAsync(user.StaffId, staffId, Paging.Normalise(page), ct);
        return found is { } model ? View(model) : NotFound();
    }

    [HttpGet("{staffId:int}/activities/{activityId:int}")]
    public async Task<IActionResult> Activity(int staffId, int activityId, CancellationToken ct)
    {
        var found = await overview.ActivityAsync(user.StaffId, staffId, activityId, ct);
        return found is { } model ? View(model) : NotFound();
    }

    [HttpGet("{staffId:int}/stages/{areaId:int}")]
    public async Task<IActionResult> Stage(int staffId, int areaId, int? page, CancellationToken ct)
    {
        var found = await validation.GetAsync(user.StaffId, staffId, areaId, Paging.Normalise(page), ct);
        if (found is null)
        {
            return NotFound();
        }

        return View(new StageValidationViewModel
        {
            Page = found,
            AssessmentId = found.Latest?.AssessmentId ?? 0,
            Stage = found.Latest is { } latest ? (int)latest.Stage : null,
        });
    }

    [HttpPost("{staffId:int}/stages/{areaId:int}")]
    [RedisplayOnRuleBroken(nameof(StageAgainAsync))]
    public async Task<IActionResult> Stage(int staffId, int areaId, StageValidationViewModel form, CancellationToken ct)
    {
        // The rules are the domain's: a stage that does not bind ("abc") or is outside 1-5 counts as none chosen.
        ModelState.Clear();
        var stage = (DreyfusStage)(form.Stage ?? 0);
        if (!await validation.ValidateAsync(user.StaffId, staffId, areaId, new StageValidationInput(form.AssessmentId, stage, form.Reason), ct))
        {
            return NotFound();
        }

        TempData.Success("Stage validated");
        return RedirectToAction(nameof(Supervisee), null, new { staffId }, "stages");
    }

    /// <summary>The validation page again after a broken rule, with what was typed (the filter answers 400).</summary>
    private async Task<IActionResult> StageAgainAsync(int staffId, int areaId, StageValidationViewModel form, CancellationToken ct)
    {
        form.Page = await validation.GetAsync(user.StaffId, staffId, areaId, 1, ct);
        if (form.Page is null)
        {
            return NotFound();
        }

        // Answer the self-assessment now shown (a newer one may have arrived: the message says so).
        form.AssessmentId = form.Page.Latest?.AssessmentId ?? 0;
        return View(nameof(Stage), form);
    }
}
