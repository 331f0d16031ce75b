namespace CpdPortal.Domain.Certifications;

/// <summary>The notices about a certification's period: 60 and 30 days before it expires, and once it has lapsed.</summary>
public enum CertificationNoticeKind
{
    Lapsed = 0,
    Expiring30Days = 30,
    Expiring60Days = 60,
}

/// <summary>
/// That a notice about one award has been sent (at most one of each kind per award: a unique index), so the job that
/// sends them can run any number of times.
/// </summary>
public sealed class CertificationNotice
{
    /// <summary>
    /// A lapse is told for this many days after the expiry date, so a job that did not run for a while still tells
    /// people, but a certification that lapsed long before the portal started does not.
    /// </summary>
    public const int LapsedNoticeDays = 30;

    private CertificationNotice()
    {
    }

    public CertificationNotice(int awardId, CertificationNoticeKind kind, DateTimeOffset now)
    {
        AwardId = awardId;
        Kind = kind;
        SentAt = now;
    }

    public int Id { get; private set; }

    public int AwardId { get; private set; }

    public CertificationNoticeKind Kind { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>
    /// The notice due on <paramref name="today"/> for a person's latest period, if any: the nearest threshold passed
    /// (30 days wins over 60, so someone the job missed at 60 days is told once, at 30), and a lapse only within
    /// <see cref="LapsedNoticeDays"/> of the expiry date. A certification that never expires has none.
    /// </summary>
    public static CertificationNoticeKind? DueOn(CertificationPeriod latest, DateOnly today)
    {
        if (latest.ExpiresOn is not { } expires || today < latest.CompletedOn)
        {
            return null;
        }

        if (today >= expires)
        {
            return today < expires.AddDays(LapsedNoticeDays) ? CertificationNoticeKind.Lapsed : null;
        }

        var daysLeft = expires.DayNumber - today.DayNumber;
        return daysLeft switch
        {
            <= 30 => CertificationNoticeKind.Expiring30Days,
            <= 60 => CertificationNoticeKind.Expiring60Days,
            _ => null,
        };
    }
}
