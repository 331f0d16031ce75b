using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Training;

/// <summary>The ratings an attendee gives, 1 (lowest) to 5 (highest); null where a question was not answered.</summary>
public sealed record FeedbackRatings(int? Relevance, int? Quality, int? ConfidenceBefore, int? ConfidenceAfter, string? Comment);

/// <summary>
/// Kirkpatrick levels 1 and 2 for one completion: how relevant and good the course was (reaction) and the
/// attendee's confidence before and after it (learning). One per booking; given by the attendee only; never changed
/// once sent, so the course's results are not rewritten after the event.
/// </summary>
public sealed class CourseFeedback
{
    public const int LowestRating = 1;
    public const int HighestRating = 5;
    public const int CommentMaxLength = FieldLengths.ShortText * 2;

    private CourseFeedback()
    {
    }

    public int Id { get; private set; }

    public int BookingId { get; private set; }

    public int CourseId { get; private set; }

    public int StaffMemberId { get; private set; }

    public int Relevance { get; private set; }

    public int Quality { get; private set; }

    public int ConfidenceBefore { get; private set; }

    public int ConfidenceAfter { get; private set; }

    /// <summary>Free text: shown to the L&amp;D team without the writer's name; never logged.</summary>
    public string? Comment { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Confidence after minus before: positive when the course raised it.</summary>
    public int ConfidenceShift => ConfidenceAfter - ConfidenceBefore;

    /// <summary>
    /// Records the attendee's feedback on a completed booking. <paramref name="alreadyGiven"/> says whether feedback
    /// exists for the booking (a unique index backs it up).
    /// </summary>
    public static CourseFeedback Give(Booking booking, int courseId, int staffMemberId, FeedbackRatings ratings, bool alreadyGiven, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(ratings);
        if (booking.StaffMemberId != staffMemberId)
        {
            throw new DomainRuleException("feedback.owner", "Only the person who attended can give feedback on this course");
        }

        if (!booking.IsCompleted)
        {
            throw new DomainRuleException("feedback.notCompleted", "You can give feedback once your attendance has been recorded");
        }

        if (alreadyGiven)
        {
            throw new DomainRuleException("feedback.twice", "You have already given feedback on this course");
        }

        var errors = new List<FieldError>();
        var relevance = Rating(ratings.Relevance, nameof(FeedbackRatings.Relevance), "how relevant the course was to your work", errors);
        var quality = Rating(ratings.Quality, nameof(FeedbackRatings.Quality), "the quality of the course", errors);
        var before = Rating(ratings.ConfidenceBefore, nameof(FeedbackRatings.ConfidenceBefore), "your confidence before the course", errors);
        var after = Rating(ratings.ConfidenceAfter, nameof(FeedbackRatings.ConfidenceAfter), "your confidence after the course", errors);
        var comment = string.IsNullOrWhiteSpace(ratings.Comment) ? null : ratings.Comment.Trim();
        if (comment is { Length: > CommentMaxLength })
        {
            errors.Add(new FieldError(nameof(FeedbackRatings.Comment), $"Your comment must be {CommentMaxLength} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new CourseFeedback
        {
            BookingId = booking.Id,
            CourseId = courseId,
            StaffMemberId = staffMemberId,
            Relevance = relevance,
            Quality = quality,
            ConfidenceBefore = before,
            ConfidenceAfter = after,
            Comment = comment,
            SubmittedAt = now,
        };
    }

    private static int Rating(int? value, string field, string what, List<FieldError> errors)
    {
        if (value is null)
        {
            errors.Add(new FieldError(field, $"Select a rating for {what}"));
            return 0;
        }

        if (value is < LowestRating or > HighestRating)
        {
            errors.Add(new FieldError(field, $"Rate {what} from {LowestRating} to {HighestRating}"));
            return 0;
        }

        return value.Value;
    }
}
