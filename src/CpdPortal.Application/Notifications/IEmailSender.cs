using CpdPortal.Domain.Notifications;

namespace CpdPortal.Application.Notifications;

/// <summary>One email ready to hand to a provider: the address read from the staff record at sending time.</summary>
public sealed record EmailToSend(
    string IdempotencyKey,
    string ToAddress,
    string ToName,
    string GivenName,
    NotificationKind Kind,
    string Subject,
    string Body,
    string LinkUrl,
    string? Calendar);

/// <summary>
/// Hands an email to the configured provider (Email:Provider: Pickup, Smtp or GovukNotify). A failure is an
/// <see cref="EmailDeliveryException"/> saying whether trying again could help.
/// </summary>
public interface IEmailSender
{
    /// <summary>The provider's name for the outbox page and logs.</summary>
    string Name { get; }

    Task SendAsync(EmailToSend email, CancellationToken ct);
}

/// <summary>A provider did not take an email. <see cref="Permanent"/>: trying again cannot help (a refused address).</summary>
public sealed class EmailDeliveryException : Exception
{
    public EmailDeliveryException()
    {
    }

    public EmailDeliveryException(string message)
        : base(message)
    {
    }

    public EmailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmailDeliveryException(string message, bool permanent, Exception? innerException = null)
        : base(message, innerException)
    {
        Permanent = permanent;
    }

    public bool Permanent { get; }
}
