using System.Globalization;
using CpdPortal.Application.Survey;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.SurveyResults;

/// <summary>
/// The training-needs survey's results (/reports/survey, L&amp;D and administrators): one round, everyone or a team
/// and/or pathway role, as tables with a bar chart beside each, and the same three tables as a CSV file (the same
/// figures as the page, kept council-wide ones included: <see cref="SurveyResultsPages"/>).
/// </summary>
[Authorize(Policy = Policies.Reports)]
[Route("reports/survey")]
public sealed class SurveyResultsController(SurveyResultsPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? round, int? team, int? role, CancellationToken ct) =>
        View(await pages.BuildAsync(new SurveyResultsQuery(round, team, role), ct));

    [HttpGet("download")]
    public async Task<IActionResult> Download(int? round, int? team, int? role, CancellationToken ct)
    {
        var model = await pages.BuildAsync(new SurveyResultsQuery(round, team, role), ct);
        var name = $"survey-results-{(model.Form.Round?.Id ?? 0).ToString(CultureInfo.InvariantCulture)}.csv";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        return File(SurveyResultsCsv.Write(model.Form.Round, model.Figures), SurveyResultsCsv.ContentType);
    }
}
