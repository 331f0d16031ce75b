using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Notifications;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent (or to be tried again at <see cref="OutboxEmail.NextAttemptAt"/>).</summary>
    Pending = 0,
    Sent = 1,

    /// <summary>Given up: the reason is in <see cref="OutboxEmail.LastError"/>.</summary>
    Failed = 2,

    /// <summary>Waiting for the recipient's weekly digest.</summary>
    Held = 3,

    /// <summary>Included in a weekly digest (which is its own row).</summary>
    InDigest = 4,
}

/// <summary>
/// One email to send (table EmailOutbox), written in the same transaction as the notice that causes it and sent later
/// by the outbox job (docs/adr/0023). The address is read from the staff record when the email is sent. The body is
/// written by the portal from a template, never from anything a person typed. <see cref="IdempotencyKey"/> goes with
/// the email (Message-ID, Notify's reference, the pickup file name), so a resend after a crash is recognisable.
/// </summary>
public sealed class OutboxEmail
{
    public const int IdempotencyKeyMaxLength = 40;
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 8000;
    public const int CalendarMaxLength = 8000;
    public const int LastErrorMaxLength = 500;
    public const int ClaimTokenMaxLength = 40;

    private OutboxEmail()
    {
        IdempotencyKey = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
        Link = string.Empty;
    }

    public OutboxEmail(int recipientStaffId, NotificationKind kind, string subject, string body, string link, string? calendar, bool held, DateTimeOffset now)
        : this()
    {
        RecipientStaffId = recipientStaffId;
        Kind = kind;
        Subject = Guard.Text(subject, SubjectMaxLength, "email.subject", "a subject");
        Body = Guard.Text(body, BodyMaxLength, "email.body", "a body");
        Link = Guard.Text(link, Notification.LinkMaxLength, "email.link", "a link");
        Calendar = calendar is { Length: > CalendarMaxLength } ? throw new ArgumentException("The calendar invitation is too long.", nameof(calendar)) : calendar;
        Status = held ? OutboxStatus.Held : OutboxStatus.Pending;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }

    public string IdempotencyKey { get; private set; }

    public int RecipientStaffId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    /// <summary>The portal page the email points to (a path; the sender adds the portal's address).</summary>
    public string Link { get; private set; }

    /// <summary>An iCalendar invitation (text/calendar) for booking emails, or null.</summary>
    public string? Calendar { get; private set; }

    /// <summary>For calendar emails, the session, so that later invitations for the same booking count up their SEQUENCE.</summary>
    public int? CalendarSessionId { get; private set; }

    public OutboxStatus Status { get; private set; }

    /// <summary>Tries so far; counted when a sender claims the row, so a crash mid-send still counts.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The run that claimed the row to send it; only that run may record the outcome.</summary>
    public string? ClaimToken { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public void ForSession(int sessionId) => CalendarSessionId = sessionId;

    public void RecordSent(DateTimeOffset now)
    {
        Status = OutboxStatus.Sent;
        SentAt = now;
        LastError = null;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    /// <summary>
    /// A try failed: tried again after the policy's back-off, or marked failed with the reason once the attempts are
    /// used up or when the failure is permanent (an address that can never work).
    /// </summary>
    public void RecordFailure(string reason, bool permanent, EmailRetryPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        LastError = Shorten(reason);
        ClaimToken = null;
        ClaimedUntil = null;
        if (permanent || Attempts >= policy.MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        Status = OutboxStatus.Pending;
        NextAttemptAt = now + policy.DelayAfter(Attempts);
    }

    /// <summary>A held notice went out in a weekly digest.</summary>
    public void RecordInDigest() => Status = OutboxStatus.InDigest;

    private static string Shorten(string reason)
    {
        var text = string.IsNullOrWhiteSpace(reason) ? "Unknown error" : reason.Trim().ReplaceLineEndings(" ");
        return text.Length <= LastErrorMaxLength ? text : text[..(LastErrorMaxLength - 1)] + "…";
    }
}

/// <summary>How often and how long a failing email is tried: exponential back-off from <see cref="BaseDelay"/>, capped.</summary>
public sealed record EmailRetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static readonly EmailRetryPolicy Default = new(5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(6));

    /// <summary>The wait after the <paramref name="attempts"/>-th failed try: base, 2×base, 4×base… never more than the cap.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = BaseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}

/// <summary>
/// A time-driven notice already given (table ScheduledNotices): its key, e.g. "SessionReminder:booking:12", is the
/// primary key, so each reminder is written once even when jobs overlap (docs/adr/0023).
/// </summary>
public sealed class ScheduledNotice
{
    public const int KeyMaxLength = 120;

    private ScheduledNotice()
    {
        Key = string.Empty;
    }

    public ScheduledNotice(string key, DateTimeOffset now)
    {
        Key = Guard.Text(key, KeyMaxLength, "notice.key", "a key");
        CreatedAt = now;
    }

    public string Key { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
