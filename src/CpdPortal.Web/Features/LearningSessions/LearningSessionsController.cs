using CpdPortal.Application.Training;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.LearningSessions;

/// <summary>Sessions as the L&amp;D team runs them: schedule, list, bookings and waiting list, attendance.</summary>
[Authorize(Policy = Policies.LearningAndDevelopment)]
[Route("learning/sessions")]
public sealed class LearningSessionsController(SessionService sessions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) => View(await sessions.ListAsync(page, ct));

    [HttpGet("new")]
    public async Task<IActionResult> New(int? courseId, CancellationToken ct) =>
        View(new SessionForm { CourseId = courseId?.ToString(System.Globalization.CultureInfo.InvariantCulture), Courses = await sessions.SchedulableCoursesAsync(ct) });

    [HttpPost("new")]
    public async Task<IActionResult> New(SessionForm form, CancellationToken ct)
    {
        var details = form.ToDetails(ModelState);
        try
        {
            if (ModelState.IsValid)
            {
                var id = await sessions.ScheduleAsync(form.ParsedCourseId!.Value, details, ct);
                if (id is null)
                {
                    ModelState.AddModelError(nameof(SessionForm.CourseId), "Select the course");
                }
                else
                {
                    TempData.Success("Session scheduled");
                    return RedirectToAction(nameof(Details), new { id });
                }
            }
            else
            {
                var untouched = SessionForm.OnForm(details.Validate(DateTimeOffset.MinValue))
                    .Where(e => !(ModelState.TryGetValue(e.Field, out var entry) && entry.Errors.Count > 0))
                    .ToList();
                ModelState.AddDomainErrors(new DomainValidationException(untouched));
            }
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(new DomainValidationException(SessionForm.OnForm(ex.Errors).ToList()));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex, nameof(SessionForm.CourseId));
        }

        form.Courses = await sessions.SchedulableCoursesAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var session = await sessions.GetAsync(id, ct);
        return session is null ? NotFound() : View(session);
    }

    [HttpPost("{id:int}/attendance")]
    public async Task<IActionResult> Attendance(int id, int bookingId, string? attended, CancellationToken ct)
    {
        var field = $"booking-{bookingId}";
        if (attended is not ("true" or "false"))
        {
            ModelState.AddModelError(field, "Select attended or did not attend");
            return await InvalidAsync(id, ct);
        }

        try
        {
            var outcome = await sessions.MarkAttendanceAsync(id, bookingId, attended == "true", ct);
            if (outcome is null or AttendanceOutcome.NoSuchBooking)
            {
                return NotFound();
            }

            TempData.Success(outcome == AttendanceOutcome.Completed
                ? "Attendance marked: the course is in their CPD record with a certificate"
                : "Attendance marked");
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddDomainError(ex, field);
            return await InvalidAsync(id, ct);
        }
    }

    private async Task<IActionResult> InvalidAsync(int id, CancellationToken ct)
    {
        var session = await sessions.GetAsync(id, ct);
        if (session is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), session);
    }
}
