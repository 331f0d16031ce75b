using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Assessment;

/// <summary>My Dreyfus stages per competence area, and self-assessment (/my/assessment). Own data only.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/assessment")]
public sealed class AssessmentController(SelfAssessmentService assessments) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await assessments.GetOverviewAsync(Me, ct));

    [HttpGet("{areaId:int}")]
    public async Task<IActionResult> Area(int areaId, int? page, CancellationToken ct)
    {
        var area = await assessments.GetAreaAsync(Me, areaId, Paging.Normalise(page), ct);
        return area is null ? NotFound() : View(new SelfAssessmentViewModel { Area = area });
    }

    [HttpPost("{areaId:int}")]
    public async Task<IActionResult> Area(int areaId, SelfAssessmentViewModel form, CancellationToken ct)
    {
        // The rules are the domain's: input that does not even bind (a stage of "abc") counts as missing.
        ModelState.Clear();
        try
        {
            var stage = (DreyfusStage)(form.Stage ?? 0);
            if (!await assessments.SelfAssessAsync(Me, new SelfAssessmentInput(areaId, stage, form.Evidence), ct))
            {
                return NotFound();
            }
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
            form.Area = await assessments.GetAreaAsync(Me, areaId, 1, ct);
            if (form.Area is null)
            {
                return NotFound();
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        TempData.Success("Your self-assessment has been saved");
        return RedirectToAction(nameof(Index));
    }
}
