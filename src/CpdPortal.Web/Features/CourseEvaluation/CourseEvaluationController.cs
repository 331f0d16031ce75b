using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.CourseEvaluation;

/// <summary>A course's evaluation for the L&amp;D team: feedback means, confidence shift, follow-ups, comments.</summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/courses/{id:int}/evaluation")]
public sealed class CourseEvaluationController(EvaluationService evaluation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, int? page, CancellationToken ct)
    {
        var found = await evaluation.ForCourseAsync(id, page, ct);
        return found is null ? NotFound() : View(found);
    }
}
