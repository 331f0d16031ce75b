using CpdPortal.Domain.Training;

namespace CpdPortal.Application.Training;

/// <summary>A filter of the staff catalogue (/courses): words, a delivery, a competence area the course develops.</summary>
public sealed record BrowseQuery(string? Search, CourseDelivery? Delivery, int? AreaId, int? Page);

public sealed record BrowseRow(int Id, string Title, string Provider, CourseDelivery Delivery, decimal Hours, bool Certificated, DateTimeOffset? NextSession);

/// <summary>One course as staff see it, with the upcoming sessions and my place on each.</summary>
public sealed record CourseForStaff(
    int Id,
    string Title,
    string? Summary,
    string Provider,
    CourseDelivery Delivery,
    string? VleLink,
    decimal Hours,
    bool Certificated,
    string? CreditsDescription,
    int? Credits,
    bool Retired,
    IReadOnlyList<string> Tags,
    IReadOnlyList<MappedCell> Cells,
    IReadOnlyList<UpcomingSession> Sessions);

/// <summary>
/// A session that has not started, with places left and my place: Booked, Waitlisted (with my position) or none.
/// </summary>
public sealed record UpcomingSession(
    int Id,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Venue,
    string? OnlineLink,
    string Facilitator,
    int Capacity,
    int PlacesLeft,
    int Waiting,
    BookingStatus? MyStatus,
    int? MyWaitingPosition);

/// <summary>
/// What booking did: a place, or a place on the waiting list; for the same form sent again, what became of the
/// booking it made (cancelled meanwhile, perhaps).
/// </summary>
public enum BookingOutcome
{
    Booked,
    Waitlisted,
    Cancelled,
}

/// <summary>One of my bookings that has not yet happened, for the home page.</summary>
public sealed record MyBooking(int SessionId, int CourseId, string CourseTitle, DateTimeOffset StartsAt, BookingStatus Status);
