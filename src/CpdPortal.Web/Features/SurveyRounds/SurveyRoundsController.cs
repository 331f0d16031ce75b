using CpdPortal.Application.Survey;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.SurveyRounds;

/// <summary>
/// The L&amp;D team's training-needs survey rounds (/learning/survey): the list, opening a round (one open at a time;
/// every current staff member is told in-app) and closing one early.
/// </summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/survey")]
public sealed class SurveyRoundsController(SurveyRoundService rounds) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await rounds.ListAsync(page, ct));

    [HttpGet("new")]
    public IActionResult New() => View(new OpenRoundForm());

    [HttpPost("new")]
    [RedisplayOnRuleBroken(nameof(NewForm))]
    public async Task<IActionResult> New(OpenRoundForm input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ModelState.Clear();
        // A date that does not parse is reported as typed; the domain then sees no date and checks the rest.
        var (closingDate, dateError) = input.ClosingDate.Parse("the closing date", required: false);
        if (dateError is not null)
        {
            ModelState.AddModelError(nameof(OpenRoundForm.ClosingDate), dateError);
        }

        await rounds.OpenAsync(new OpenRoundRequest(input.Title, closingDate), ct);
        TempData.Success("The survey round is open and staff have been told");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/close")]
    [RedisplayOnRuleBroken(nameof(Index))]
    public async Task<IActionResult> Close(int id, CancellationToken ct)
    {
        if (!await rounds.CloseEarlyAsync(id, ct))
        {
            return NotFound();
        }

        TempData.Success("The survey round is closed");
        return RedirectToAction(nameof(Index));
    }

    private ViewResult NewForm(OpenRoundForm input) => View(nameof(New), input);
}
