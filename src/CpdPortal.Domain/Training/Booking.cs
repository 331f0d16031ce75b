using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Training;

public enum BookingStatus
{
    Booked = 0,
    Waitlisted = 1,
    Cancelled = 2,
}

public enum Attendance
{
    Attended = 0,
    DidNotAttend = 1,
}

/// <summary>One person's place (or waiting-list place) on a session, and what happened.</summary>
public sealed class Booking
{
    private Booking()
    {
    }

    internal Booking(int staffMemberId, BookingStatus status, DateTimeOffset now)
    {
        StaffMemberId = staffMemberId;
        Status = status;
        BookedAt = now;
    }

    public int Id { get; private set; }

    public int SessionId { get; private set; }

    public int StaffMemberId { get; private set; }

    public BookingStatus Status { get; private set; }

    /// <summary>When they booked or joined the waiting list: the waiting list's order.</summary>
    public DateTimeOffset BookedAt { get; private set; }

    public DateTimeOffset? PromotedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public Attendance? Attendance { get; private set; }

    public DateTimeOffset? MarkedAt { get; private set; }

    /// <summary>The CPD activity the completion created (set once).</summary>
    public int? ActivityId { get; private set; }

    public CpdActivity? Activity { get; private set; }

    /// <summary>The certificate's verification code (set once, unique).</summary>
    public string? CertificateCode { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    internal void Cancel(DateTimeOffset now)
    {
        Status = BookingStatus.Cancelled;
        CancelledAt = now;
    }

    internal void Promote(DateTimeOffset now)
    {
        Status = BookingStatus.Booked;
        PromotedAt = now;
    }

    internal void Mark(Attendance attendance, DateTimeOffset now)
    {
        Attendance = attendance;
        MarkedAt = now;
    }

    public bool IsCompleted => ActivityId is not null || Activity is not null;

    /// <summary>Ties the completion's CPD activity and certificate to this booking, once.</summary>
    internal void RecordCompletion(CpdActivity activity, string certificateCode, DateOnly completedOn)
    {
        if (Attendance != Training.Attendance.Attended)
        {
            throw new DomainRuleException("completion.attendance", "Only someone who attended completes the course");
        }

        if (IsCompleted)
        {
            throw new DomainRuleException("completion.twice", "This completion has already been recorded");
        }

        if (!CertificateCodes.IsWellFormed(certificateCode))
        {
            throw new ArgumentException("Not a certificate code.", nameof(certificateCode));
        }

        Activity = activity;
        CertificateCode = certificateCode;
        CompletedOn = completedOn;
    }
}
