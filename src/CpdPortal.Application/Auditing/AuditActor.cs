namespace CpdPortal.Application.Auditing;

/// <summary>Who is acting and from where, for the audit log.</summary>
public sealed record AuditActor(string? AccountId, string Email, string? IpAddress)
{
    public const string SystemEmail = "system";
    public const string UnknownAccountEmail = "unknown account";

    /// <summary>No one signed in: start-up, seeding, background work.</summary>
    public static AuditActor System { get; } = new(null, SystemEmail, null);
}

/// <summary>The current actor. The web app reads it from the request; without a request it is the system.</summary>
public interface IAuditActorAccessor
{
    AuditActor Current { get; }
}

/// <summary>Without a web request (seeding, tools) everything is done by the system.</summary>
public sealed class SystemAuditActorAccessor : IAuditActorAccessor
{
    public AuditActor Current => AuditActor.System;
}

/// <summary>
/// Switches the automatic change log off for one unit of work (the demo council's invented history), which
/// records a single entry instead.
/// </summary>
public sealed class AuditSuppression
{
    public bool IsSuppressed { get; private set; }

    public IDisposable Suppress()
    {
        IsSuppressed = true;
        return new Restore(this);
    }

    private sealed class Restore(AuditSuppression owner) : IDisposable
    {
        public void Dispose() => owner.IsSuppressed = false;
    }
}
