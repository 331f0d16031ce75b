using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Training;

namespace CpdPortal.Domain.Tests.Training;

public class CourseSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Start = Now.AddDays(7);

    private static SessionDetails Details(int capacity = 2) =>
        new(Start, Start.AddHours(7), "Civic Centre, room 2", null, capacity, "Lee Harris");

    private static CourseSession Session(int capacity = 2) => new(new Course(CourseTests.Valid()), Details(capacity), Today, Now);

    /// <summary>Gives the bookings ids as the database would, so attendance can be marked by id.</summary>
    private static void Number(CourseSession session)
    {
        var id = typeof(Booking).GetProperty(nameof(Booking.Id))!;
        var n = 1;
        foreach (var b in session.Bookings)
        {
            id.SetValue(b, n++);
        }
    }

    [Theory]
    [InlineData("end", "EndsAt", "The session must end after it starts")]
    [InlineData("past", "StartsAt", "The session must start in the future")]
    [InlineData("capacity", "Capacity", "The session must have at least 1 place")]
    [InlineData("where", "Venue", "Enter a venue or an online link")]
    public void Constructor_BadDetails_IsRefused(string what, string field, string message)
    {
        var details = what switch
        {
            "end" => Details() with { EndsAt = Start.AddHours(-1) },
            "past" => Details() with { StartsAt = Now.AddHours(-1) },
            "capacity" => Details(0),
            "where" => Details() with { Venue = " " },
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        var ex = Assert.Throws<DomainValidationException>(() => new CourseSession(new Course(CourseTests.Valid()), details, Today, Now));

        Assert.Contains(new FieldError(field, message), ex.Errors);
    }

    [Fact]
    public void Book_WhenFull_JoinsTheWaitingList()
    {
        var session = Session(capacity: 1);

        var first = session.Book(1, false, [], Now);
        var second = session.Book(2, false, [], Now.AddMinutes(1));

        Assert.Equal(BookingStatus.Booked, first.Status);
        Assert.Equal(BookingStatus.Waitlisted, second.Status);
        Assert.Equal(0, session.PlacesLeft);
    }

    [Fact]
    public void Book_ChangesTheConcurrencyToken()
    {
        var session = Session();
        var before = session.Version;

        session.Book(1, false, [], Now);

        Assert.NotEqual(before, session.Version);
    }

    [Fact]
    public void Book_RetiredCourse_IsRefused()
    {
        var session = Session();

        var ex = Assert.Throws<DomainRuleException>(() => session.Book(1, true, [], Now));

        Assert.Equal("booking.retired", ex.Rule);
        Assert.Empty(session.Bookings);
    }

    [Fact]
    public void Book_SessionStarted_IsRefused()
    {
        var session = Session();

        var ex = Assert.Throws<DomainRuleException>(() => session.Book(1, false, [], Start));

        Assert.Equal("booking.past", ex.Rule);
    }

    [Fact]
    public void Book_SamePersonTwice_IsRefused()
    {
        var session = Session();
        session.Book(1, false, [], Now);

        var ex = Assert.Throws<DomainRuleException>(() => session.Book(1, false, [], Now));

        Assert.Equal("booking.twice", ex.Rule);
    }

    [Theory]
    [InlineData(-2, 3)] // ends one hour into this session
    [InlineData(6, 2)] // starts one hour before this session ends
    [InlineData(-1, 9)] // surrounds it
    public void Book_OverlappingAnotherBookingOfMine_IsRefused(int startOffsetHours, int lengthHours)
    {
        var session = Session();
        var other = (Start.AddHours(startOffsetHours), Start.AddHours(startOffsetHours + lengthHours));

        var ex = Assert.Throws<DomainRuleException>(() => session.Book(1, false, [other], Now));

        Assert.Equal("booking.overlap", ex.Rule);
    }

    [Fact]
    public void Book_BackToBackWithAnotherBookingOfMine_IsAllowed()
    {
        var session = Session();
        var before = (Start.AddHours(-3), Start);
        var after = (Start.AddHours(7), Start.AddHours(9));

        var booking = session.Book(1, false, [before, after], Now);

        Assert.Equal(BookingStatus.Booked, booking.Status);
    }

    [Fact]
    public void Cancel_BookedPlace_PromotesTheWaitingListInTheOrderTheyJoined()
    {
        var session = Session(capacity: 1);
        session.Book(1, false, [], Now);
        var second = session.Book(2, false, [], Now.AddMinutes(1));
        var third = session.Book(3, false, [], Now.AddMinutes(2));

        var promoted = session.Cancel(1, Now.AddMinutes(3));
        var promotedNext = session.Cancel(2, Now.AddMinutes(4));

        Assert.Same(second, promoted);
        Assert.Same(third, promotedNext);
        Assert.Equal(BookingStatus.Booked, third.Status);
        Assert.Equal(1, session.PlacesTaken);
    }

    [Fact]
    public void Cancel_WaitingListPlace_PromotesNobody()
    {
        var session = Session(capacity: 1);
        session.Book(1, false, [], Now);
        session.Book(2, false, [], Now);
        session.Book(3, false, [], Now);

        var promoted = session.Cancel(2, Now);

        Assert.Null(promoted);
        Assert.Equal(BookingStatus.Waitlisted, session.WaitingList().Single().Status);
    }

    [Fact]
    public void MarkAttendance_BeforeTheStart_IsRefused()
    {
        var session = Session();
        session.Book(1, false, [], Now);
        Number(session);

        var ex = Assert.Throws<DomainRuleException>(() => session.MarkAttendance(1, true, Start.AddMinutes(-1)));

        Assert.Equal("attendance.early", ex.Rule);
        Assert.Null(session.Bookings.Single().Attendance);
    }

    [Fact]
    public void MarkAttendance_Twice_CompletesOnce()
    {
        var session = Session();
        session.Book(1, false, [], Now);
        Number(session);
        var day = Today.AddDays(7);

        var first = session.MarkAttendance(1, true, Start.AddHours(1));
        var activity = session.Complete(1, 5, day, day, CertificateCodes.New(), day, Start.AddHours(1));
        var second = session.MarkAttendance(1, true, Start.AddHours(2));

        Assert.True(first);
        Assert.False(second);
        Assert.Throws<DomainRuleException>(() => session.Complete(1, 5, day, day, CertificateCodes.New(), day, Start.AddHours(2)));
        Assert.Same(activity, session.Bookings.Single().Activity);
    }

    [Fact]
    public void Complete_Attended_CreatesACompletedActivityFromTheCourse()
    {
        var session = Session();
        session.Book(7, false, [], Now);
        Number(session);
        var day = Today.AddDays(7);
        session.MarkAttendance(1, true, Start.AddHours(1));

        var activity = session.Complete(1, 5, day, day, "K7QM2XHT9WPC", day, Start.AddHours(1));

        Assert.Equal((7, "Court skills", 7.4m, true, ActivityStatus.Complete, day), (activity.StaffMemberId, activity.Title, activity.Hours, activity.Certificated, activity.Status, activity.Date));
        Assert.Equal("K7QM2XHT9WPC", session.Bookings.Single().CertificateCode);
    }

    [Fact]
    public void Complete_CourseLongerThanTheSessionsDays_CapsHoursAt24ADay()
    {
        var course = new Course(CourseTests.Valid() with { Hours = 44.4m });
        var session = new CourseSession(course, Details(), Today, Now);
        session.Book(7, false, [], Now);
        Number(session);
        var day = Today.AddDays(7);
        session.MarkAttendance(1, true, Start.AddHours(1));

        var activity = session.Complete(1, 5, day, day.AddDays(3), CertificateCodes.New(), day, Start.AddHours(1));

        Assert.Equal(24m, activity.Hours);
        Assert.Null(activity.EndDate);
    }

    [Fact]
    public void MarkAttendance_DidNotAttend_DoesNotComplete()
    {
        var session = Session();
        var booking = session.Book(1, false, [], Now);
        Number(session);

        var completes = session.MarkAttendance(1, false, Start.AddHours(1));

        Assert.False(completes);
        Assert.Equal(Attendance.DidNotAttend, booking.Attendance);
        Assert.Throws<DomainRuleException>(() => session.Complete(1, 5, Today, Today, CertificateCodes.New(), Today, Start.AddHours(1)));
    }

    [Fact]
    public void MarkAttendance_WaitlistedPerson_IsRefused()
    {
        var session = Session(capacity: 1);
        session.Book(1, false, [], Now);
        session.Book(2, false, [], Now);
        Number(session);

        var ex = Assert.Throws<DomainRuleException>(() => session.MarkAttendance(2, true, Start));

        Assert.Equal("attendance.booking", ex.Rule);
    }
}
