using CpdPortal.Application.Training;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Courses;

/// <summary>The catalogue for every member of staff (/courses) and their own bookings: book, wait, cancel.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("courses")]
public sealed class CoursesController(CourseService courses, CatalogueService catalogue) : Controller
{
    private const string CancelledMessage = "Your booking is cancelled";

    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy guarantees a staff id.");

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
        var course = await courses.GetAsync(Me, id, ct);
        return course is null ? NotFound() : View(course);
    }

    [HttpPost("sessions/{sessionId:int}/book")]
    public async Task<IActionResult> Book(int sessionId, CancellationToken ct)
    {
        try
        {
            // The same form sent twice shows what its first post booked (docs/adr/0017).
            var outcome = await courses.BookAsync(Me, sessionId, await this.PostedFormInstanceAsync(ct), ct);
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
        catch (DomainRuleException ex)
        {
            return await RefusedAsync(sessionId, ex, ct);
        }
    }

    [HttpPost("sessions/{sessionId:int}/cancel")]
    public async Task<IActionResult> Cancel(int sessionId, CancellationToken ct)
    {
        try
        {
            if (!await courses.CancelAsync(Me, sessionId, ct))
            {
                return NotFound();
            }

            TempData.Success(CancelledMessage);
            return RedirectToAction(nameof(Details), new { id = await courses.CourseOfSessionAsync(sessionId, ct) });
        }
        catch (DomainRuleException ex)
        {
            return await RefusedAsync(sessionId, ex, ct);
        }
    }

    /// <summary>A broken booking rule: the course page again, 400, with the reason at the top and beside the session.</summary>
    private async Task<IActionResult> RefusedAsync(int sessionId, DomainRuleException ex, CancellationToken ct)
    {
        var courseId = await courses.CourseOfSessionAsync(sessionId, ct);
        var course = courseId is { } id ? await courses.GetAsync(Me, id, ct) : null;
        if (course is null)
        {
            return NotFound();
        }

        ModelState.AddModelError($"session-{sessionId}", ex.Message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), course);
    }
}

public sealed record BrowseViewModel(
    string? Search,
    CpdPortal.Domain.Training.CourseDelivery? Delivery,
    int? AreaId,
    IReadOnlyList<FrameworkAreas> Areas,
    CpdPortal.Application.Common.PagedResult<BrowseRow> Courses);
