namespace CpdPortal.Domain.Certifications;

/// <summary>How long before expiry the recertification window opens: a number of days or of months.</summary>
public enum WindowUnit
{
    Days = 0,
    Months = 1,
}

/// <summary>Where a person stands with one certification on a given day.</summary>
public enum CertificationStatus
{
    /// <summary>Never held (or only by a completion not yet recorded).</summary>
    NotHeld = 0,

    /// <summary>Held and the recertification window has not opened yet (or it never expires).</summary>
    Active = 1,

    /// <summary>Still held, but the recertification window is open: renew before the expiry date.</summary>
    DueSoon = 2,

    /// <summary>Expired: the expiry date has passed without a renewal.</summary>
    Lapsed = 3,
}

/// <summary>One active period of a certification: from the day it counts to the day it expires (null: never).</summary>
public sealed record CertificationPeriod(DateOnly CompletedOn, DateOnly ValidFrom, DateOnly? ExpiresOn);

/// <summary>
/// The rules of one certification, as pure data (Totara's certification settings): how long a completion keeps it
/// (<see cref="ValidityMonths"/>, null for no expiry), how long before expiry the recertification window opens, and
/// whether a renewal before the window opens keeps the remaining time. Every answer takes the day it is asked about;
/// nothing here reads a clock.
/// </summary>
public sealed record CertificationRule(int? ValidityMonths, int WindowLength, WindowUnit WindowUnit, bool EarlyRenewalKeepsRemainingTime)
{
    /// <summary>
    /// The period a completion on <paramref name="completedOn"/> gives, after <paramref name="current"/> (the person's
    /// latest period, or null for a first certification):
    /// <list type="bullet">
    /// <item>first time, or after it lapsed: from the completion date;</item>
    /// <item>inside the recertification window: from the current expiry date, so no time is lost;</item>
    /// <item>before the window opens: from the current expiry date when <see cref="EarlyRenewalKeepsRemainingTime"/>,
    /// otherwise from the completion date (the remaining time is given up);</item>
    /// <item>no expiry: valid from the completion, never expires.</item>
    /// </list>
    /// Null when the completion is not later than the current one (already counted, or an older record).
    /// </summary>
    public CertificationPeriod? Grant(CertificationPeriod? current, DateOnly completedOn)
    {
        if (current is not null && completedOn <= current.CompletedOn)
        {
            return null;
        }

        if (ValidityMonths is not { } months)
        {
            return new CertificationPeriod(completedOn, completedOn, null);
        }

        var from = completedOn;
        if (current?.ExpiresOn is { } expires && completedOn < expires)
        {
            var inWindow = completedOn >= WindowOpensOn(expires);
            if (inWindow || EarlyRenewalKeepsRemainingTime)
            {
                from = expires;
            }
        }

        return new CertificationPeriod(completedOn, from, from.AddMonths(months));
    }

    /// <summary>The first day of the recertification window before <paramref name="expiresOn"/>.</summary>
    public DateOnly WindowOpensOn(DateOnly expiresOn) =>
        WindowUnit == WindowUnit.Months ? expiresOn.AddMonths(-WindowLength) : expiresOn.AddDays(-WindowLength);

    /// <summary>
    /// Where someone whose latest period is <paramref name="latest"/> stands on <paramref name="today"/>. A period
    /// counts from the completion (a renewal's later start never makes the person look unqualified in between) and
    /// ends the day before its expiry date: on the expiry date it has lapsed.
    /// </summary>
    public CertificationStatus StatusOn(CertificationPeriod? latest, DateOnly today)
    {
        if (latest is null || today < latest.CompletedOn)
        {
            return CertificationStatus.NotHeld;
        }

        if (latest.ExpiresOn is not { } expires)
        {
            return CertificationStatus.Active;
        }

        if (today >= expires)
        {
            return CertificationStatus.Lapsed;
        }

        return today >= WindowOpensOn(expires) ? CertificationStatus.DueSoon : CertificationStatus.Active;
    }

    /// <summary>
    /// Every period the completions give, oldest first: the full history. Completions may come in any order; the same
    /// date twice counts once.
    /// </summary>
    public IReadOnlyList<CertificationPeriod> History(IEnumerable<DateOnly> completions)
    {
        var periods = new List<CertificationPeriod>();
        foreach (var day in completions.Distinct().Order())
        {
            if (Grant(periods.Count == 0 ? null : periods[^1], day) is { } period)
            {
                periods.Add(period);
            }
        }

        return periods;
    }
}
