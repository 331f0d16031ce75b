using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Training;

/// <summary>What the supervisor says about practice after the course (Kirkpatrick level 3, behaviour).</summary>
public enum PracticeChange
{
    Yes = 0,
    Partly = 1,
    No = 2,
}

/// <summary>
/// The supervisor's follow-up on a completion some months later: did the person's practice change? Requested by the
/// portal once the completion is <see cref="MonthsAfterCompletion"/> months old (one per booking), answered by
/// whoever supervises the attendee when it is answered (the request follows the supervision line, like every
/// supervisor task), once.
/// </summary>
public sealed class PracticeFollowUp
{
    public const int MonthsAfterCompletion = 3;
    public const int CommentMaxLength = CourseFeedback.CommentMaxLength;

    private PracticeFollowUp()
    {
    }

    public int Id { get; private set; }

    public int BookingId { get; private set; }

    public int CourseId { get; private set; }

    /// <summary>The attendee whose practice the follow-up is about.</summary>
    public int StaffMemberId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public PracticeChange? Outcome { get; private set; }

    /// <summary>Free text: shown to the L&amp;D team without names; never logged.</summary>
    public string? Comment { get; private set; }

    public int? AnsweredByStaffId { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>The day a follow-up on a completion falls due.</summary>
    public static DateOnly DueFor(DateOnly completedOn) => completedOn.AddMonths(MonthsAfterCompletion);

    /// <summary>Asks for the follow-up of a completed booking whose due day has come.</summary>
    public static PracticeFollowUp Request(Booking booking, int courseId, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (!booking.IsCompleted || booking.CompletedOn is null)
        {
            throw new DomainRuleException("followUp.notCompleted", "A follow-up is asked for only after the course was completed");
        }

        var due = DueFor(booking.CompletedOn.Value);
        if (due > today)
        {
            throw new DomainRuleException("followUp.early", $"A follow-up is asked for {MonthsAfterCompletion} months after the course");
        }

        return new PracticeFollowUp
        {
            BookingId = booking.Id,
            CourseId = courseId,
            StaffMemberId = booking.StaffMemberId,
            DueOn = due,
            RequestedAt = now,
        };
    }

    /// <summary>Records the supervisor's answer, once.</summary>
    public void Answer(PracticeChange? outcome, string? comment, int supervisorStaffId, DateTimeOffset now)
    {
        if (IsAnswered)
        {
            throw new DomainRuleException("followUp.answered", "This follow-up has already been answered");
        }

        if (supervisorStaffId == StaffMemberId)
        {
            throw new DomainRuleException("followUp.self", "A follow-up is answered by the person's supervisor");
        }

        var errors = new List<FieldError>();
        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            errors.Add(new FieldError(nameof(Outcome), "Select whether their practice changed"));
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed is { Length: > CommentMaxLength })
        {
            errors.Add(new FieldError(nameof(Comment), $"Your comment must be {CommentMaxLength} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Outcome = outcome;
        Comment = trimmed;
        AnsweredByStaffId = supervisorStaffId;
        AnsweredAt = now;
    }
}
