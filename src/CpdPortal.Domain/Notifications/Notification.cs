using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Notifications;

/// <summary>An in-app message to one staff member. The text is written by the portal, never copied from free text.</summary>
public sealed class Notification
{
    public const int MessageMaxLength = 300;
    public const int LinkMaxLength = 200;

    private Notification()
    {
        Message = string.Empty;
        Link = string.Empty;
    }

    public Notification(int recipientStaffId, string message, string link, DateTimeOffset now)
        : this(recipientStaffId, message, link, now, NotificationKind.General)
    {
    }

    /// <summary>
    /// A notice of a <paramref name="kind"/>: saving it also writes its email to the outbox, per the recipient's
    /// preference, in the same transaction (docs/adr/0023). <paramref name="sessionId"/> names the course session of a
    /// booking notice, whose email carries a calendar invitation.
    /// </summary>
    public Notification(int recipientStaffId, string message, string link, DateTimeOffset now, NotificationKind kind, int? sessionId = null)
    {
        RecipientStaffId = recipientStaffId;
        Message = Guard.Text(message, MessageMaxLength, "notification.message", "a message");
        // A page of this portal: "/x", never "//host" or "/\host", which browsers treat as another site.
        if (!link.StartsWith('/') || (link.Length > 1 && link[1] is '/' or '\\') || link.Length > LinkMaxLength)
        {
            throw new ArgumentException("A notification links to a page of the portal.", nameof(link));
        }

        Link = link;
        CreatedAt = now;
        Kind = kind;
        SessionId = sessionId;
    }

    public int Id { get; private set; }

    public int RecipientStaffId { get; private set; }

    public string Message { get; private set; }

    public string Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The course session a booking notice is about (for its calendar invitation), else null.</summary>
    public int? SessionId { get; private set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
