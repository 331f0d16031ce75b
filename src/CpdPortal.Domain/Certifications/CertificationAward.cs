using CpdPortal.Domain.Activities;

namespace CpdPortal.Domain.Certifications;

/// <summary>What completion granted or renewed a certification.</summary>
public enum CertificationSource
{
    /// <summary>Attendance marked on a session of a course that confers it.</summary>
    Attendance = 0,

    /// <summary>A completion imported from an external provider's records.</summary>
    ExternalCompletion = 1,

    /// <summary>A CPD entry that L&amp;D accepted as equivalent.</summary>
    AcceptedEntry = 2,

    /// <summary>Carried over from the council's records from before the portal (the demo council's history).</summary>
    EarlierRecords = 3,
}

/// <summary>
/// One period of a certification held by one person: the history is every award, never changed or removed (a renewal
/// adds a new award). The period is worked out once, when the completion is recorded, by
/// <see cref="CertificationRule.Grant"/>, so a later change to the rule never rewrites anyone's history.
/// </summary>
public sealed class CertificationAward
{
    private CertificationAward()
    {
    }

    private CertificationAward(int staffMemberId, int certificationId, CertificationPeriod period, CertificationSource source, CpdActivity? activity, DateTimeOffset now)
    {
        StaffMemberId = staffMemberId;
        CertificationId = certificationId;
        CompletedOn = period.CompletedOn;
        ValidFrom = period.ValidFrom;
        ExpiresOn = period.ExpiresOn;
        Source = source;
        Activity = activity;
        RecordedAt = now;
    }

    public int Id { get; private set; }

    public int StaffMemberId { get; private set; }

    public int CertificationId { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    /// <summary>The day the period's time counts from (a renewal in the window: the previous expiry date).</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>The day it lapses unless renewed; null: it never expires.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public CertificationSource Source { get; private set; }

    /// <summary>The CPD entry of the completion (the course's entry, or the entry L&amp;D accepted).</summary>
    public int? CpdActivityId { get; private set; }

    public CpdActivity? Activity { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public CertificationPeriod Period => new(CompletedOn, ValidFrom, ExpiresOn);

    /// <summary>
    /// The award a completion makes after <paramref name="current"/> (the person's latest period of this
    /// certification, or null), or null when it adds nothing (not later than the latest completion).
    /// </summary>
    public static CertificationAward? Grant(
        int staffMemberId,
        int certificationId,
        CertificationRule rule,
        CertificationPeriod? current,
        DateOnly completedOn,
        CertificationSource source,
        CpdActivity? activity,
        DateTimeOffset now) =>
        rule.Grant(current, completedOn) is { } period
            ? new CertificationAward(staffMemberId, certificationId, period, source, activity, now)
            : null;

    /// <summary>For an award whose CPD entry already has an id (an accepted entry).</summary>
    public static CertificationAward? Grant(
        int staffMemberId,
        int certificationId,
        CertificationRule rule,
        CertificationPeriod? current,
        DateOnly completedOn,
        int cpdActivityId,
        DateTimeOffset now)
    {
        var award = Grant(staffMemberId, certificationId, rule, current, completedOn, CertificationSource.AcceptedEntry, null, now);
        if (award is not null)
        {
            award.CpdActivityId = cpdActivityId;
        }

        return award;
    }
}
