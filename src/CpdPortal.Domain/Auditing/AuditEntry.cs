namespace CpdPortal.Domain.Auditing;

/// <summary>
/// One line of the audit log: who (account id and email), did what (action), to which record (entity type and
/// id), when (UTC) and from where (IP address). Append-only: nothing in the portal changes or deletes an entry,
/// and it never holds free text that a user typed.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorMaxLength = 254;
    public const int ActionMaxLength = 64;
    public const int EntityTypeMaxLength = 64;
    public const int EntityIdMaxLength = 64;
    public const int IpAddressMaxLength = 45;

    private AuditEntry()
    {
        ActorEmail = string.Empty;
        Action = string.Empty;
    }

    public AuditEntry(DateTimeOffset occurredAt, string? actorAccountId, string actorEmail, string action, string? entityType, string? entityId, string? ipAddress)
    {
        OccurredAt = occurredAt.ToUniversalTime();
        ActorAccountId = actorAccountId;
        ActorEmail = Truncate(actorEmail, ActorMaxLength)!;
        Action = Truncate(action, ActionMaxLength)!;
        EntityType = Truncate(entityType, EntityTypeMaxLength);
        EntityId = Truncate(entityId, EntityIdMaxLength);
        IpAddress = Truncate(ipAddress, IpAddressMaxLength);
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The Identity account that acted; null for the system or an unknown account.</summary>
    public string? ActorAccountId { get; private set; }

    /// <summary>The acting account's email, "system" when no one is signed in, or "unknown account".</summary>
    public string ActorEmail { get; private set; }

    public string Action { get; private set; }

    public string? EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public string? IpAddress { get; private set; }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
