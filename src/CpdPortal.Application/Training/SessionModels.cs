using CpdPortal.Domain.Training;

namespace CpdPortal.Application.Training;

public sealed record SessionRow(int Id, int CourseId, string CourseTitle, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue, int Capacity, int Booked, int Waiting, bool HasStarted);

/// <summary>One session as the L&amp;D team runs it: the bookings in the order made and the waiting list in order.</summary>
public sealed record SessionForLearning(
    int Id,
    int CourseId,
    string CourseTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Venue,
    string? OnlineLink,
    string Facilitator,
    int Capacity,
    bool HasStarted,
    IReadOnlyList<SessionBookingRow> Booked,
    IReadOnlyList<SessionBookingRow> WaitingList);

public sealed record SessionBookingRow(int BookingId, string Name, string JobTitle, DateTimeOffset BookedAt, Attendance? Attendance, string? CertificateCode);

/// <summary>What marking attendance did.</summary>
public enum AttendanceOutcome
{
    NoSuchBooking,
    Marked,
    Completed,
}
