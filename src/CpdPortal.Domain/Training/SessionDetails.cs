using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Training;

/// <summary>What the L&amp;D team types to schedule a session of a course. Field names match the form's.</summary>
public sealed record SessionDetails(
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? Venue,
    string? OnlineLink,
    int? Capacity,
    string? Facilitator)
{
    public const int MaxCapacity = 500;

    /// <summary>Every rule broken, worded for the person who typed it; <paramref name="now"/> forbids the past.</summary>
    public IReadOnlyList<FieldError> Validate(DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (StartsAt is { } start && start <= now)
        {
            errors.Add(new("StartsAt", "The session must start in the future"));
        }

        if (StartsAt is { } s && EndsAt is { } end && end <= s)
        {
            errors.Add(new("EndsAt", "The session must end after it starts"));
        }
        else if (StartsAt is { } s2 && EndsAt is { } e2 && e2 - s2 > TimeSpan.FromDays(CourseSession.MaxDays))
        {
            errors.Add(new("EndsAt", $"A session can last at most {CourseSession.MaxDays} days: schedule longer programmes as several sessions"));
        }

        if (string.IsNullOrWhiteSpace(Venue) && string.IsNullOrWhiteSpace(OnlineLink))
        {
            errors.Add(new("Venue", "Enter a venue or an online link"));
        }
        else if (Venue is { } venue && venue.Trim().Length > FieldLengths.Title)
        {
            errors.Add(new("Venue", $"The venue must be {FieldLengths.Title} characters or fewer"));
        }

        if (!string.IsNullOrWhiteSpace(OnlineLink) && !CourseDetails.IsWebAddress(OnlineLink))
        {
            errors.Add(new("OnlineLink", "Enter the online link as a web address starting https://"));
        }

        if (Capacity is null)
        {
            errors.Add(new("Capacity", "Enter how many places the session has"));
        }
        else if (Capacity < 1)
        {
            errors.Add(new("Capacity", "The session must have at least 1 place"));
        }
        else if (Capacity > MaxCapacity)
        {
            errors.Add(new("Capacity", $"The session can have at most {MaxCapacity} places"));
        }

        if (string.IsNullOrWhiteSpace(Facilitator))
        {
            errors.Add(new("Facilitator", "Enter who will facilitate the session"));
        }
        else if (Facilitator.Trim().Length > FieldLengths.Name)
        {
            errors.Add(new("Facilitator", $"The facilitator's name must be {FieldLengths.Name} characters or fewer"));
        }

        return errors;
    }
}
