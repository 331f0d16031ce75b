using CpdPortal.Domain.Common;
using CpdPortal.Domain.Training;

namespace CpdPortal.Domain.Tests.Training;

public class EvaluationTests
{
    private const int Attendee = 7;
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddDays(7);
    private static readonly DateOnly Day = new(2026, 11, 29);

    private static readonly FeedbackRatings Good = new(5, 4, 2, 4, "  Useful for court work  ");

    /// <summary>A session of one attendee, booked, with attendance marked as asked and completed when attended.</summary>
    private static Booking Completed(bool attended = true, bool completed = true)
    {
        var session = new CourseSession(new Course(CourseTests.Valid()), new SessionDetails(Start, Start.AddHours(7), "Civic Centre", null, 5, "Lee Harris"), new DateOnly(2026, 11, 22), Now);
        var booking = session.Book(Attendee, courseRetired: false, [], Now);
        typeof(Booking).GetProperty("Id")!.SetValue(booking, 1);
        session.MarkAttendance(1, attended, Start.AddHours(1));
        if (attended && completed)
        {
            session.Complete(1, 5, Day, Day, CertificateCodes.New(), Day, Start.AddHours(1));
        }

        return booking;
    }

    [Fact]
    public void Give_CompletedBooking_RecordsTheRatingsAndTheShift()
    {
        var feedback = CourseFeedback.Give(Completed(), 3, Attendee, Good, alreadyGiven: false, Now);

        Assert.Equal((1, 3, Attendee, 5, 4, 2, 4, 2, "Useful for court work"), (feedback.BookingId, feedback.CourseId, feedback.StaffMemberId, feedback.Relevance, feedback.Quality, feedback.ConfidenceBefore, feedback.ConfidenceAfter, feedback.ConfidenceShift, feedback.Comment));
    }

    [Fact]
    public void Give_SomeoneElsesBooking_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => CourseFeedback.Give(Completed(), 3, Attendee + 1, Good, alreadyGiven: false, Now));

        Assert.Equal("feedback.owner", ex.Rule);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Give_NotCompleted_IsRefused(bool attended, bool completed)
    {
        var ex = Assert.Throws<DomainRuleException>(() => CourseFeedback.Give(Completed(attended, completed), 3, Attendee, Good, alreadyGiven: false, Now));

        Assert.Equal("feedback.notCompleted", ex.Rule);
    }

    [Fact]
    public void Give_Twice_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => CourseFeedback.Give(Completed(), 3, Attendee, Good, alreadyGiven: true, Now));

        Assert.Equal("feedback.twice", ex.Rule);
    }

    [Fact]
    public void Give_MissingAndOutOfRangeRatings_NamesEachField()
    {
        var ratings = new FeedbackRatings(null, 0, 6, 3, new string('x', CourseFeedback.CommentMaxLength + 1));

        var ex = Assert.Throws<DomainValidationException>(() => CourseFeedback.Give(Completed(), 3, Attendee, ratings, alreadyGiven: false, Now));

        Assert.Equal(
            ["Relevance: Select a rating for how relevant the course was to your work", "Quality: Rate the quality of the course from 1 to 5", "ConfidenceBefore: Rate your confidence before the course from 1 to 5", "Comment: Your comment must be 1000 characters or fewer"],
            ex.Errors.Select(e => $"{e.Field}: {e.Message}"));
    }

    [Fact]
    public void Request_ThreeMonthsAfterCompletion_IsDueThatDay()
    {
        var followUp = PracticeFollowUp.Request(Completed(), 3, Day.AddMonths(3), Now);

        Assert.Equal((1, 3, Attendee, new DateOnly(2027, 2, 28), false), (followUp.BookingId, followUp.CourseId, followUp.StaffMemberId, followUp.DueOn, followUp.IsAnswered));
    }

    [Fact]
    public void Request_BeforeThreeMonths_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => PracticeFollowUp.Request(Completed(), 3, Day.AddMonths(3).AddDays(-1), Now));

        Assert.Equal("followUp.early", ex.Rule);
    }

    [Fact]
    public void Request_DidNotAttend_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => PracticeFollowUp.Request(Completed(attended: false), 3, Day.AddYears(1), Now));

        Assert.Equal("followUp.notCompleted", ex.Rule);
    }

    [Fact]
    public void Answer_Once_RecordsWhoAndWhat_ThenRefusesASecond()
    {
        var followUp = PracticeFollowUp.Request(Completed(), 3, Day.AddMonths(4), Now);

        followUp.Answer(PracticeChange.Partly, " Uses the model in visits ", 12, Now);
        var ex = Assert.Throws<DomainRuleException>(() => followUp.Answer(PracticeChange.Yes, null, 12, Now));

        Assert.Equal((PracticeChange.Partly, "Uses the model in visits", 12, true), (followUp.Outcome, followUp.Comment, followUp.AnsweredByStaffId, followUp.IsAnswered));
        Assert.Equal("followUp.answered", ex.Rule);
    }

    [Fact]
    public void Answer_WithoutAnOutcomeOrAnUnknownOne_IsRefused()
    {
        var followUp = PracticeFollowUp.Request(Completed(), 3, Day.AddMonths(4), Now);

        var none = Assert.Throws<DomainValidationException>(() => followUp.Answer(null, null, 12, Now));
        var unknown = Assert.Throws<DomainValidationException>(() => followUp.Answer((PracticeChange)9, null, 12, Now));

        Assert.Equal("Select whether their practice changed", Assert.Single(none.Errors).Message);
        Assert.Equal("Outcome", Assert.Single(unknown.Errors).Field);
        Assert.False(followUp.IsAnswered);
    }

    [Fact]
    public void Answer_ByTheAttendeeThemself_IsRefused()
    {
        var followUp = PracticeFollowUp.Request(Completed(), 3, Day.AddMonths(4), Now);

        Assert.Throws<DomainRuleException>(() => followUp.Answer(PracticeChange.Yes, null, Attendee, Now));
    }
}
