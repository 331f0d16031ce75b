using CpdPortal.Application.Common;
using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Courses;

/// <summary>The catalogue for every member of staff (/courses) and their own bookings: book, wait, cancel.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("courses")]
public sealed class CoursesController(CourseService courses, CatalogueService catalogue, ICurrentUser user) : Controller
{
    private const string CancelledMessage = "Your booking is cancelled";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? delivery, int? area, int? page, CancellationToken ct)
    {
        var chosenDelivery = CourseText.ParseDelivery(delivery);
        var list = await courses.ListAsync(new BrowseQuery(q, chosenDelivery, area, page), ct);
        var areas = await catalogue.MappableAreasAsync(ct);
        return View(new BrowseViewModel(q, chosenDelivery, area, areas, list));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var course = await courses.GetAsync(user.StaffId, id, ct);
        return course is null ? NotFound() : View(course);
    }

    [HttpPost("sessions/{sessionId:int}/book")]
    [RedisplayOnRuleBroken(nameof(CourseOfSession), Field = "session-{sessionId}")]
    public async Task<IActionResult> Book(int sessionId, CancellationToken ct)
    {
        // The same form sent twice shows what its first post booked (docs/adr/0017).
        var outcome = await courses.BookAsync(user.StaffId, sessionId, await this.PostedFormInstanceAsync(ct), ct);
        if (outcome is null)
        {
            return NotFound();
        }

        TempData.Success(outcome switch
        {
            BookingOutcome.Booked => "You have a place on the session",
            BookingOutcome.Waitlisted => "The session is full: you are on the waiting list and will be told if a place comes up",
            _ => CancelledMessage,
        });
        return RedirectToAction(nameof(Details), new { id = await courses.CourseOfSessionAsync(sessionId, ct) });
    }

    [HttpPost("sessions/{sessionId:int}/cancel")]
    [RedisplayOnRuleBroken(nameof(CourseOfSession), Field = "session-{sessionId}")]
    public async Task<IActionResult> Cancel(int sessionId, CancellationToken ct)
    {
        if (!await courses.CancelAsync(user.StaffId, sessionId, ct))
        {
            return NotFound();
        }

        TempData.Success(CancelledMessage);
        return RedirectToAction(nameof(Details), new { id = await courses.CourseOfSessionAsync(sessionId, ct) });
    }

    /// <summary>The course page of a session, for a broken booking rule: the reason at the top and beside the session.</summary>
    private async Task<IActionResult> CourseOfSession(int sessionId, CancellationToken ct)
    {
        var courseId = await courses.CourseOfSessionAsync(sessionId, ct);
        var course = courseId is { } id ? await courses.GetAsync(user.StaffId, id, ct) : null;
        return course is null ? NotFound() : View(nameof(Details), course);
    }
}

public sealed record BrowseViewModel(
    string? Search,
    CpdPortal.Domain.Training.CourseDelivery? Delivery,
    int? AreaId,
    IReadOnlyList<FrameworkAreas> Areas,
    CpdPortal.Application.Common.PagedResult<BrowseRow> Courses);
