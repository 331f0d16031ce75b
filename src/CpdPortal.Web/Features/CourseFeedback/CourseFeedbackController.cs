using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.CourseFeedback;

/// <summary>The attendee's feedback on a completed course (Kirkpatrick levels 1 and 2): their own bookings only.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("courses/bookings/{bookingId:int}/feedback")]
public sealed class CourseFeedbackController(EvaluationService evaluation, IdentifyingDetailsCheck identifying, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Form(int bookingId, CancellationToken ct)
    {
        var course = await evaluation.FormAsync(user.StaffId, bookingId, ct);
        return course is null ? NotFound() : View(new FeedbackViewModel { Course = course });
    }

    [HttpPost("")]
    [RedisplayOnRuleBroken(nameof(FeedbackForm))]
    public async Task<IActionResult> Form(int bookingId, FeedbackViewModel form, CancellationToken ct)
    {
        // A rating that does not bind ("five") counts as none chosen; the domain says what is wrong.
        ModelState.Clear();

        // Anything in the comment that could identify someone and is not confirmed: nothing is saved (docs/adr/0027).
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, [new(nameof(form.Comment), "Your comment", form.Comment)], ct);
        ModelState.ThrowIfUnreadable();

        // The same form sent twice answers as the first post did (docs/adr/0017); a confirmation of identifying details
        // is saved with the feedback, in the same transaction.
        var instance = await this.PostedFormInstanceAsync(ct);
        if (await evaluation.GiveAsync(user.StaffId, bookingId, form.Ratings(), instance, warnings.ToSave, ct) is null)
        {
            return NotFound();
        }

        TempData.Success("Thank you: your feedback has been sent");
        return RedirectToAction("Index", "Home");
    }

    private async Task<IActionResult> FeedbackForm(int bookingId, FeedbackViewModel form, CancellationToken ct)
    {
        form.Course = await evaluation.FormAsync(user.StaffId, bookingId, ct);
        form.Redisplayed = true;
        return form.Course is null ? NotFound() : View(nameof(Form), form);
    }
}
