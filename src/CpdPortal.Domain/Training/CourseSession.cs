using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Training;

/// <summary>
/// A dated run of a course with a number of places, its bookings and its waiting list. Every change to the bookings
/// bumps <see cref="Version"/>, the session's concurrency token: two people taking the last place at the same moment
/// cannot both save, and the one who retries finds the session full and joins the waiting list.
/// </summary>
public sealed class CourseSession
{
    public const int MaxDays = 10;

    private readonly List<Booking> _bookings = [];

    private CourseSession()
    {
        Facilitator = string.Empty;
    }

    public CourseSession(Course course, SessionDetails details, DateOnly today, DateTimeOffset now)
        : this()
    {
        if (course.IsRetiredOn(today))
        {
            throw new DomainRuleException("session.retired", "This course has been retired: reinstate it before scheduling a session");
        }

        var errors = details.Validate(now);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        CourseId = course.Id;
        Course = course;
        StartsAt = details.StartsAt!.Value;
        EndsAt = details.EndsAt!.Value;
        Venue = string.IsNullOrWhiteSpace(details.Venue) ? null : details.Venue.Trim();
        OnlineLink = string.IsNullOrWhiteSpace(details.OnlineLink) ? null : details.OnlineLink.Trim();
        Capacity = details.Capacity!.Value;
        Facilitator = details.Facilitator!.Trim();
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public int CourseId { get; private set; }

    public Course? Course { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? Venue { get; private set; }

    public string? OnlineLink { get; private set; }

    public int Capacity { get; private set; }

    public string Facilitator { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The concurrency token: changed by every booking, cancellation, promotion and attendance mark.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<Booking> Bookings => _bookings.AsReadOnly();

    public int PlacesTaken => _bookings.Count(b => b.Status == BookingStatus.Booked);

    public int PlacesLeft => Math.Max(0, Capacity - PlacesTaken);

    public bool HasStarted(DateTimeOffset now) => StartsAt <= now;

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => StartsAt < end && start < EndsAt;

    /// <summary>
    /// Books a place for a member of staff, or puts them on the waiting list when the session is full.
    /// <paramref name="othersOfMine"/> are the start and end of the person's other live bookings and waiting-list
    /// places (any course): a session overlapping one of them is refused.
    /// </summary>
    public Booking Book(int staffMemberId, bool courseRetired, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> othersOfMine, DateTimeOffset now)
    {
        if (courseRetired)
        {
            throw new DomainRuleException("booking.retired", "This course has been retired and can no longer be booked");
        }

        if (HasStarted(now))
        {
            throw new DomainRuleException("booking.past", "This session has already started and can no longer be booked");
        }

        if (LiveBookingOf(staffMemberId) is not null)
        {
            throw new DomainRuleException("booking.twice", "You already have a place or a waiting-list place on this session");
        }

        if (othersOfMine.Any(o => Overlaps(o.Start, o.End)))
        {
            throw new DomainRuleException("booking.overlap", "You already have a booking at an overlapping time: cancel it first");
        }

        var status = PlacesLeft > 0 ? BookingStatus.Booked : BookingStatus.Waitlisted;
        var booking = new Booking(staffMemberId, status, now);
        _bookings.Add(booking);
        Version++;
        return booking;
    }

    /// <summary>
    /// Cancels the person's place or waiting-list place. When a booked place is freed before the session starts,
    /// the first on the waiting list (in the order they joined) takes it; that booking is returned so they can be told.
    /// </summary>
    public Booking? Cancel(int staffMemberId, DateTimeOffset now)
    {
        var booking = LiveBookingOf(staffMemberId)
            ?? throw new DomainRuleException("booking.none", "You have no place on this session to cancel");
        if (HasStarted(now))
        {
            throw new DomainRuleException("booking.started", "This session has already started: your booking can no longer be cancelled");
        }

        var freedPlace = booking.Status == BookingStatus.Booked;
        booking.Cancel(now);
        Version++;
        if (!freedPlace)
        {
            return null;
        }

        var next = WaitingList().FirstOrDefault();
        next?.Promote(now);
        return next;
    }

    /// <summary>The waiting list in the order people joined it.</summary>
    public IEnumerable<Booking> WaitingList() =>
        _bookings.Where(b => b.Status == BookingStatus.Waitlisted).OrderBy(b => b.BookedAt).ThenBy(b => b.Id);

    /// <summary>
    /// Marks whether someone with a place attended. Returns true when this mark is the one that completes the
    /// course for them (attended, and no completion recorded yet): the caller then records the CPD activity and
    /// certificate with <see cref="Booking.RecordCompletion"/>. Marking again never completes twice.
    /// </summary>
    public bool MarkAttendance(int bookingId, bool attended, DateTimeOffset now)
    {
        if (!HasStarted(now))
        {
            throw new DomainRuleException("attendance.early", "Attendance can be marked once the session has started");
        }

        var booking = _bookings.Find(b => b.Id == bookingId && b.Status == BookingStatus.Booked)
            ?? throw new DomainRuleException("attendance.booking", "That person does not have a place on this session");
        if (booking.IsCompleted && !attended)
        {
            throw new DomainRuleException("attendance.completed", "This person's completion is already in their CPD record and cannot be withdrawn");
        }

        booking.Mark(attended ? Attendance.Attended : Attendance.DidNotAttend, now);
        Version++;
        return attended && !booking.IsCompleted;
    }

    /// <summary>
    /// Records the course in the attendee's CPD record: a completed activity (the course's title, hours capped at
    /// 24 a day, certificated as the course, linked to the areas it is mapped to) and a certificate code, both tied
    /// to the booking so it happens exactly once. <paramref name="firstDay"/> and <paramref name="lastDay"/> are
    /// the session's days in the UK; the last is capped at today and at ten days.
    /// </summary>
    public CpdActivity Complete(int bookingId, int methodId, DateOnly firstDay, DateOnly lastDay, string certificateCode, DateOnly today, DateTimeOffset now)
    {
        var course = Course ?? throw new InvalidOperationException("Load the session's course with its mappings to complete it.");
        var booking = _bookings.Find(b => b.Id == bookingId && b.Status == BookingStatus.Booked && b.Attendance == Training.Attendance.Attended)
            ?? throw new DomainRuleException("completion.attendance", "Only someone who attended completes the course");
        if (booking.IsCompleted)
        {
            throw new DomainRuleException("completion.twice", "This completion has already been recorded");
        }

        var end = new[] { lastDay, today, firstDay.AddDays(ActivityDetails.MaxDays - 1) }.Min();
        var days = end.DayNumber - firstDay.DayNumber + 1;
        var details = new ActivityDetails(
            methodId,
            course.Title,
            firstDay,
            end == firstDay ? null : end,
            Math.Min(course.Hours, ActivityDetails.MaxHoursPerDay * days),
            $"Attended {course.Title} ({course.Provider}). Added by the learning academy when attendance was marked.",
            "Edit this entry to add what you learnt from the course.",
            "Edit this entry to add the impact on your practice and on children and families.",
            null,
            null,
            course.Certificated,
            ActivityStatus.Complete,
            course.Mappings.Select(m => m.AreaId).Distinct().ToList());
        var activity = CpdActivity.FromCourse(booking.StaffMemberId, course.Id, details, today, now);
        booking.RecordCompletion(activity, certificateCode, end);
        Version++;
        return activity;
    }

    private Booking? LiveBookingOf(int staffMemberId) =>
        _bookings.Find(b => b.StaffMemberId == staffMemberId && b.Status != BookingStatus.Cancelled);
}
