using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Domain.Competence;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Assessment;

/// <summary>My Dreyfus stages per competence area, and self-assessment (/my/assessment). Own data only.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/assessment")]
public sealed class AssessmentController(SelfAssessmentService assessments, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await assessments.GetOverviewAsync(user.StaffId, ct));

    [HttpGet("{areaId:int}")]
    public async Task<IActionResult> Area(int areaId, int? page, CancellationToken ct)
    {
        var area = await assessments.GetAreaAsync(user.StaffId, areaId, Paging.Normalise(page), ct);
        return area is null ? NotFound() : View(new SelfAssessmentViewModel { Area = area });
    }

    [HttpPost("{areaId:int}")]
    [RedisplayOnRuleBroken(nameof(AreaForm))]
    public async Task<IActionResult> Area(int areaId, SelfAssessmentViewModel form, CancellationToken ct)
    {
        // The rules are the domain's: input that does not even bind (a stage of "abc") counts as missing.
        ModelState.Clear();
        var stage = (DreyfusStage)(form.Stage ?? 0);
        if (!await assessments.SelfAssessAsync(user.StaffId, new SelfAssessmentInput(areaId, stage, form.Evidence), ct))
        {
            return NotFound();
        }

        TempData.Success("Your self-assessment has been saved");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> AreaForm(int areaId, SelfAssessmentViewModel form, CancellationToken ct)
    {
        form.Area = await assessments.GetAreaAsync(user.StaffId, areaId, 1, ct);
        return form.Area is null ? NotFound() : View(nameof(Area), form);
    }
}
