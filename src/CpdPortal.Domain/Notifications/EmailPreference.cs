using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Notifications;

public enum EmailFrequency
{
    /// <summary>Each notice is emailed as it happens (the default).</summary>
    Immediate = 0,

    /// <summary>Optional notices wait for one email a week; required notices still go at once.</summary>
    WeeklyDigest = 1,
}

/// <summary>
/// How one person wants portal notices by email. Without a row a person gets every notice at once. Required kinds
/// (<see cref="NotificationKinds.Required"/>) can never be stopped, and go at once even to a weekly-digest reader.
/// </summary>
public sealed class EmailPreference
{
    public const int StoppedKindsMaxLength = 1000;

    private EmailPreference()
    {
        StoppedKinds = string.Empty;
    }

    public EmailPreference(int staffMemberId, DateTimeOffset now)
        : this()
    {
        StaffMemberId = staffMemberId;
        UpdatedAt = now;
    }

    public int StaffMemberId { get; private set; }

    public EmailFrequency Frequency { get; private set; }

    /// <summary>The optional kinds this person has stopped, as comma-separated names.</summary>
    public string StoppedKinds { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the last weekly digest was written for this person.</summary>
    public DateTimeOffset? LastDigestAt { get; private set; }

    public IReadOnlySet<NotificationKind> Stopped => ParseStopped(StoppedKinds);

    /// <summary>Validates a choice as the form posts it: a frequency, and optional kinds only.</summary>
    public static IReadOnlyList<FieldError> Validate(string? frequency, IEnumerable<string>? stopped)
    {
        var errors = new List<FieldError>();
        if (ParseFrequency(frequency) is null)
        {
            errors.Add(new FieldError("Frequency", "Select how often you want emails"));
        }

        foreach (var name in stopped ?? [])
        {
            var kind = NotificationKinds.Parse(name);
            if (kind is null || kind == NotificationKind.WeeklyDigest)
            {
                errors.Add(new FieldError("Stopped", "Select only notices from the list"));
                break;
            }

            if (NotificationKinds.IsRequired(kind.Value))
            {
                errors.Add(new FieldError("Stopped", $"You cannot stop \"{NotificationKinds.Describe(kind.Value)}\": it is a required notice"));
                break;
            }
        }

        return errors;
    }

    /// <summary>Changes the choice; throws <see cref="DomainValidationException"/> with the form's messages if it is not valid.</summary>
    public void Change(string? frequency, IEnumerable<string>? stopped, DateTimeOffset now)
    {
        var list = stopped?.ToList() ?? [];
        var errors = Validate(frequency, list);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Frequency = ParseFrequency(frequency)!.Value;
        StoppedKinds = string.Join(',', list.Select(n => NotificationKinds.Parse(n)!.Value).Distinct().OrderBy(k => k).Select(k => k.ToString()));
        UpdatedAt = now;
    }

    public void RecordDigest(DateTimeOffset now) => LastDigestAt = now;

    /// <summary>Whether a notice of this kind should reach this person's inbox at all.</summary>
    public static bool Wants(NotificationKind kind, IReadOnlySet<NotificationKind> stopped) =>
        NotificationKinds.IsRequired(kind) || !stopped.Contains(kind);

    /// <summary>Whether a notice waits for the weekly digest rather than going at once.</summary>
    public static bool WaitsForDigest(NotificationKind kind, EmailFrequency frequency) =>
        frequency == EmailFrequency.WeeklyDigest && !NotificationKinds.IsRequired(kind);

    /// <summary>Whether a digest is due: a week since the last one (or never one).</summary>
    public static bool DigestDue(DateTimeOffset? lastDigestAt, DateTimeOffset now) => lastDigestAt is null || now - lastDigestAt.Value >= TimeSpan.FromDays(7);

    public static EmailFrequency? ParseFrequency(string? value) => value switch
    {
        nameof(EmailFrequency.Immediate) => EmailFrequency.Immediate,
        nameof(EmailFrequency.WeeklyDigest) => EmailFrequency.WeeklyDigest,
        _ => null,
    };

    public static IReadOnlySet<NotificationKind> ParseStopped(string? stored) =>
        (stored ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(NotificationKinds.Parse)
            .Where(k => k is not null && !NotificationKinds.IsRequired(k.Value))
            .Select(k => k!.Value)
            .ToHashSet();
}
