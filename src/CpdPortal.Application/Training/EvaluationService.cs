using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Training;

/// <summary>The feedback form of one of my completed courses.</summary>
public sealed record FeedbackForm(int BookingId, int CourseId, string CourseTitle, DateOnly CompletedOn, bool AlreadyGiven);

/// <summary>A course's evaluation on Kirkpatrick's levels 1–3, as the L&amp;D team reads it.</summary>
public sealed record CourseEvaluation(
    int CourseId,
    string CourseTitle,
    int Completions,
    FeedbackSummary Feedback,
    FollowUpSummary FollowUps,
    PagedResult<EvaluationComment> Comments)
{
    /// <summary>Attendees' comments are left out: fewer than 5 gave feedback (EvaluationAnonymity).</summary>
    public bool AttendeeCommentsHidden { get; init; }

    /// <summary>Supervisors' follow-up notes are left out: fewer than 5 follow-ups were answered.</summary>
    public bool SupervisorNotesHidden { get; init; }
}

/// <summary>Reaction and learning: how many answered and the mean of each rating (null when no one has).</summary>
public sealed record FeedbackSummary(int Responses, double? Relevance, double? Quality, double? ConfidenceBefore, double? ConfidenceAfter)
{
    /// <summary>Mean confidence after minus mean confidence before.</summary>
    public double? ConfidenceShift => ConfidenceAfter - ConfidenceBefore;
}

/// <summary>Behaviour: the supervisors' follow-ups asked for and what they answered.</summary>
public sealed record FollowUpSummary(int Requested, int Answered, int Yes, int Partly, int No);

/// <summary>A comment without its writer: what the attendee or a supervisor wrote, and when.</summary>
public sealed record EvaluationComment(DateTimeOffset At, bool FromSupervisor, string Text);

public sealed class EvaluationService(ICpdPortalDbContext db, TimeProvider clock, IAuditLog audit)
{
    public const int CommentsPageSize = Paging.DefaultPageSize;

    /// <summary>The form for one of MY completed bookings; null when the booking is not mine or not completed.</summary>
    public Task<FeedbackForm?> FormAsync(int staffMemberId, int bookingId, CancellationToken ct = default) =>
        db.Bookings
            .Where(b => b.Id == bookingId && b.StaffMemberId == staffMemberId && b.CompletedOn != null)
            .Join(db.CourseSessions, b => b.SessionId, s => s.Id, (b, s) => new FeedbackForm(
                b.Id,
                s.CourseId,
                s.Course!.Title,
                b.CompletedOn!.Value,
                db.CourseFeedback.Any(f => f.BookingId == b.Id)))
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// Records my feedback on one of my completed courses, once per form instance: the same form sent again answers
    /// as the first post did (docs/adr/0017-one-record-per-form-submission.md). Null when the booking is not mine or
    /// not completed, or the form instance is not my feedback on it; a broken rule (ratings, given before) throws.
    /// </summary>
    public async Task<Submission?> GiveAsync(int staffMemberId, int bookingId, FeedbackRatings ratings, FormInstance? form, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        if (await OncePerForm.EarlierAsync(db, form, SubmittedRecords.CourseFeedback, ct) is { } earlier)
        {
            return await OnThisBookingAsync(earlier, bookingId, ct);
        }

        var found = await db.Bookings
            .Where(b => b.Id == bookingId && b.StaffMemberId == staffMemberId && b.CompletedOn != null)
            .Join(db.CourseSessions, b => b.SessionId, s => s.Id, (b, s) => new { Booking = b, s.CourseId })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var given = await db.CourseFeedback.AnyAsync(f => f.BookingId == bookingId, ct);
        var now = clock.GetUtcNow();
        var feedback = CourseFeedback.Give(found.Booking, found.CourseId, staffMemberId, ratings, given, now);
        db.CourseFeedback.Add(feedback);
        try
        {
            Action<int>? alongside = confirmed is null ? null : id => confirmed.AddTo(db, audit, staffMemberId, ConfirmedRecordTypes.CourseFeedback, id, now);
            var saved = await OncePerForm.SaveWithAsync(db, form, SubmittedRecords.CourseFeedback, () => feedback.Id, now, alongside, ct);
            return saved.Outcome == SubmissionOutcome.Created ? saved : await OnThisBookingAsync(saved, bookingId, ct);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // Another form sent at the same moment for the same booking: the unique index on the booking keeps one.
            db.ChangeTracker.Clear();
            throw new DomainRuleException("feedback.twice", "You have already given feedback on this course");
        }
    }

    /// <summary>The earlier post's feedback when it is on this booking (the account was checked already); otherwise nothing to show.</summary>
    private async Task<Submission?> OnThisBookingAsync(Submission earlier, int bookingId, CancellationToken ct) =>
        earlier.Outcome == SubmissionOutcome.NotYours || !await db.CourseFeedback.AnyAsync(f => f.Id == earlier.RecordId && f.BookingId == bookingId, ct)
            ? null
            : earlier;

    /// <summary>
    /// A course's evaluation: completions, feedback means, follow-up outcomes, comments newest first. Attendees'
    /// comments are included only when at least 5 gave feedback, supervisors' notes only when at least 5 follow-ups
    /// were answered (<see cref="EvaluationAnonymity"/>); fewer, and the page says why they are hidden.
    /// </summary>
    public async Task<CourseEvaluation?> ForCourseAsync(int courseId, int? commentsPage, CancellationToken ct = default)
    {
        var title = await db.Courses.Where(c => c.Id == courseId).Select(c => c.Title).SingleOrDefaultAsync(ct);
        if (title is null)
        {
            return null;
        }

        var completions = await db.Bookings.CountAsync(b => b.CompletedOn != null && db.CourseSessions.Any(s => s.Id == b.SessionId && s.CourseId == courseId), ct);
        var feedback = await db.CourseFeedback
            .Where(f => f.CourseId == courseId)
            .GroupBy(f => f.CourseId)
            .Select(g => new FeedbackSummary(
                g.Count(),
                g.Average(f => (double)f.Relevance),
                g.Average(f => (double)f.Quality),
                g.Average(f => (double)f.ConfidenceBefore),
                g.Average(f => (double)f.ConfidenceAfter)))
            .SingleOrDefaultAsync(ct) ?? new FeedbackSummary(0, null, null, null, null);
        var followUps = await db.PracticeFollowUps
            .Where(f => f.CourseId == courseId)
            .GroupBy(f => f.CourseId)
            .Select(g => new FollowUpSummary(
                g.Count(),
                g.Count(f => f.AnsweredAt != null),
                g.Count(f => f.Outcome == PracticeChange.Yes),
                g.Count(f => f.Outcome == PracticeChange.Partly),
                g.Count(f => f.Outcome == PracticeChange.No)))
            .SingleOrDefaultAsync(ct) ?? new FollowUpSummary(0, 0, 0, 0, 0);

        var showAttendees = EvaluationAnonymity.CanShowComments(feedback.Responses);
        var showSupervisors = EvaluationAnonymity.CanShowComments(followUps.Answered);
        var comments = db.CourseFeedback
            .Where(f => showAttendees && f.CourseId == courseId && f.Comment != null)
            .Select(f => new { At = f.SubmittedAt, FromSupervisor = false, Text = f.Comment! })
            .Concat(db.PracticeFollowUps
                .Where(f => showSupervisors && f.CourseId == courseId && f.Comment != null && f.AnsweredAt != null)
                .Select(f => new { At = f.AnsweredAt!.Value, FromSupervisor = true, Text = f.Comment! }));
        var shown = await comments
            .OrderByDescending(c => c.At).ThenBy(c => c.FromSupervisor).ThenBy(c => c.Text)
            .ToPageAsync(commentsPage, CommentsPageSize, ct);
        return new CourseEvaluation(courseId, title, completions, feedback, followUps, shown.Select(c => new EvaluationComment(c.At, c.FromSupervisor, c.Text)))
        {
            AttendeeCommentsHidden = !showAttendees,
            SupervisorNotesHidden = !showSupervisors,
        };
    }
}
