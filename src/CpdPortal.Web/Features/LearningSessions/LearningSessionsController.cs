using System.Globalization;
using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
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
        View(new CourseSessionForm { CourseId = courseId?.ToString(CultureInfo.InvariantCulture), Courses = await sessions.SchedulableCoursesAsync(ct) });

    [HttpPost("new")]
    [RedisplayOnRuleBroken(nameof(FormAgainAsync), Field = nameof(CourseSessionForm.CourseId))]
    public async Task<IActionResult> New(CourseSessionForm form, CancellationToken ct)
    {
        var details = form.ToDetails(ModelState);
        await ModelState.ThrowIfUnreadableAsync(() => Task.FromResult(sessions.Check(details)));
        var id = await sessions.ScheduleAsync(form.ParsedCourseId!.Value, details, ct);
        if (id is null)
        {
            ModelState.AddModelError(nameof(CourseSessionForm.CourseId), CourseSessionForm.CourseMissing);
            ModelState.ThrowIfUnreadable();
        }

        TempData.Success("Session scheduled");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var session = await sessions.GetAsync(id, ct);
        return session is null ? NotFound() : View(session);
    }

    [HttpPost("{id:int}/attendance")]
    [RedisplayOnRuleBroken(nameof(Details), Field = "booking-{bookingId}")]
    public async Task<IActionResult> Attendance(int id, int bookingId, string? attended, CancellationToken ct)
    {
        if (attended is not ("true" or "false"))
        {
            ModelState.AddModelError($"booking-{bookingId.ToString(CultureInfo.InvariantCulture)}", "Select attended or did not attend");
        }

        ModelState.ThrowIfUnreadable();
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

    /// <summary>The schedule form again, as posted, with the course list.</summary>
    private async Task<IActionResult> FormAgainAsync(CourseSessionForm form, CancellationToken ct)
    {
        form.Courses = await sessions.SchedulableCoursesAsync(ct);
        return View(nameof(New), form);
    }
}
