using CpdPortal.Application.Survey;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Survey;

/// <summary>
/// The training-needs survey for any staff member (CONTRACT: /survey): the open round's form, or what I answered, or
/// that no round is open. One answer per person per round; a second is refused with a 400.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("survey")]
public sealed class SurveyController(SurveyService survey) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new SurveyForm { Page = await survey.GetAsync(Me, ct) });

    [HttpPost("")]
    public async Task<IActionResult> Index(SurveyForm input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The rules are the domain's: input that does not even bind counts as not answered or refused there.
        ModelState.Clear();
        try
        {
            // The same form sent twice shows the answer its first post saved (docs/adr/0017).
            if (await survey.SubmitAsync(Me, input.ToAnswers(), await this.PostedFormInstanceAsync(ct), ct) is null)
            {
                return NotFound();
            }
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
            return await InvalidAsync(input, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex);
            return await InvalidAsync(input, ct);
        }

        TempData.Success("Thank you. Your answers have been saved");
        return Redirect("/survey");
    }

    private async Task<ViewResult> InvalidAsync(SurveyForm input, CancellationToken ct)
    {
        input.Page = await survey.GetAsync(Me, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), input);
    }
}
