using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CpdPortal.Infrastructure.Email;

/// <summary>What a calendar invitation says about a course session (the course title and place are the catalogue's).</summary>
public sealed record CalendarSession(int Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue, string? OnlineLink);

/// <summary>
/// The .ics for a booking (Ical.Net): METHOD:REQUEST adds or updates the event, METHOD:CANCEL removes it. The UID is the
/// same for every invitation about one person's booking of one session, and SEQUENCE counts up, so a calendar replaces
/// the event it already has instead of adding a second.
/// </summary>
public static class CalendarInvitation
{
    public static string Uid(int sessionId, int staffMemberId) =>
        string.Create(CultureInfo.InvariantCulture, $"cpdportal-session-{sessionId}-staff-{staffMemberId}@cpdportal");

    public static string Write(CalendarSession session, int staffMemberId, int sequence, bool cancelled, (string Address, string Name) organiser, (string Address, string Name) attendee, string link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var calendar = new Ical.Net.Calendar { Method = cancelled ? "CANCEL" : "REQUEST" };
        calendar.AddProperty("X-WR-CALNAME", "CPD portal");
        var location = session.Venue ?? (session.OnlineLink is null ? null : "Online");
        var description = session.OnlineLink is null ? $"Details in the CPD portal: {link}" : $"Join online: {session.OnlineLink}\nDetails in the CPD portal: {link}";
        var item = new CalendarEvent
        {
            Uid = Uid(session.Id, staffMemberId),
            Sequence = sequence,
            Summary = session.Title,
            DtStart = new CalDateTime(session.StartsAt.UtcDateTime),
            DtEnd = new CalDateTime(session.EndsAt.UtcDateTime),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Location = location,
            Description = description,
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = new Organizer($"mailto:{organiser.Address}") { CommonName = organiser.Name },
        };
        item.Attendees.Add(new Attendee($"mailto:{attendee.Address}") { CommonName = attendee.Name, Rsvp = false, ParticipationStatus = "ACCEPTED" });
        calendar.Events.Add(item);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be written.");
    }
}
