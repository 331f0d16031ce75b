using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.CourseFeedback;

/// <summary>The attendee's feedback on a completed course (Kirkpatrick levels 1 and 2): their own bookings only.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("courses/bookings/{bookingId:int}/feedback")]
public sealed class CourseFeedbackController(EvaluationService evaluation, IdentifyingDetailsCheck identifying) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");

    [HttpGet("")]
    public async Task<IActionResult> Form(int bookingId, CancellationToken ct)
    {
        var course = await evaluation.FormAsync(Me, bookingId, ct);
        return course is null ? NotFound() : View(new FeedbackViewModel { Course = course });
    }

    [HttpPost("")]
    public async Task<IActionResult> Form(int bookingId, FeedbackViewModel form, CancellationToken ct)
    {
        // A rating that does not bind ("five") counts as none chosen; the domain says what is wrong.
        ModelState.Clear();

        // Anything in the comment that could identify someone and is not confirmed: nothing is saved (docs/adr/0027).
        var warnings = await this.CheckIdentifyingDetailsAsync(identifying, [new(nameof(form.Comment), "Your comment", form.Comment)], ct);
        if (warnings.Blocks)
        {
            return await InvalidAsync(bookingId, form, ct);
        }

        // The same form sent twice answers as the first post did (docs/adr/0017).
        var instance = await this.PostedFormInstanceAsync(ct);
        Submission? saved = null;
        switch (await ModelState.RunDomainAsync(async () => (saved = await evaluation.GiveAsync(Me, bookingId, form.Ratings(), instance, ct)) is not null))
        {
            case false:
                return NotFound();
            case null:
                return await InvalidAsync(bookingId, form, ct);
        }

        if (warnings.NeedsRecording && saved is { Outcome: SubmissionOutcome.Created } created)
        {
            await identifying.RecordConfirmationAsync(Me, ConfirmedRecordTypes.CourseFeedback, created.RecordId, warnings.Findings, ct);
        }

        TempData.Success("Thank you: your feedback has been sent");
        return Redirect("/");
    }

    private async Task<IActionResult> InvalidAsync(int bookingId, FeedbackViewModel form, CancellationToken ct)
    {
        form.Course = await evaluation.FormAsync(Me, bookingId, ct);
        if (form.Course is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }
}
