using CpdPortal.Application.Common;
using CpdPortal.Application.Survey;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Survey;

/// <summary>
/// The training-needs survey for any staff member (CONTRACT: /survey): the open round's form, or what I answered, or
/// that no round is open. One answer per person per round; a second is refused with a 400.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("survey")]
public sealed class SurveyController(SurveyService survey, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new SurveyForm { Page = await survey.GetAsync(user.StaffId, ct) });

    [HttpPost("")]
    [RedisplayOnRuleBroken(nameof(IndexForm))]
    public async Task<IActionResult> Index(SurveyForm input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The rules are the domain's: input that does not even bind counts as not answered or refused there.
        ModelState.Clear();
        // The same form sent twice shows the answer its first post saved (docs/adr/0017).
        if (await survey.SubmitAsync(user.StaffId, input.ToAnswers(), await this.PostedFormInstanceAsync(ct), ct) is null)
        {
            return NotFound();
        }

        TempData.Success("Thank you. Your answers have been saved");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> IndexForm(SurveyForm input, CancellationToken ct)
    {
        input.Page = await survey.GetAsync(user.StaffId, ct);
        return View(nameof(Index), input);
    }
}
