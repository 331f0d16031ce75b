using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;

namespace CpdPortal.Application.Auditing;

/// <summary>
/// Explicit audit events (sign-in, account and role changes, exports, reads). Changes to CPD records, plans,
/// supervision sessions and assessments are logged automatically when saved (AuditSaveChangesInterceptor).
/// Never pass free text: only the action, the entity's type and its id.
/// </summary>
public interface IAuditLog
{
    /// <summary>Adds an entry by the current actor to the unit of work; it is saved with the caller's changes.</summary>
    void Add(string action, string? entityType = null, string? entityId = null);

    /// <summary>Adds an entry by the current actor and saves it at once.</summary>
    Task RecordAsync(string action, string? entityType = null, string? entityId = null, CancellationToken ct = default);

    /// <summary>Adds an entry by a given actor (e.g. the account a sign-in attempt named) and saves it at once.</summary>
    Task RecordAsAsync(AuditActor actor, string action, string? entityType = null, string? entityId = null, CancellationToken ct = default);

    /// <summary>A supervision session was opened by someone other than its author (called by the supervision pages).</summary>
    Task SupervisionSessionReadAsync(int sessionId, CancellationToken ct = default);
}

public sealed class AuditLog(ICpdPortalDbContext db, IAuditActorAccessor current, TimeProvider clock) : IAuditLog
{
    public void Add(string action, string? entityType = null, string? entityId = null) =>
        AddAs(current.Current, action, entityType, entityId);

    public Task RecordAsync(string action, string? entityType = null, string? entityId = null, CancellationToken ct = default) =>
        RecordAsAsync(current.Current, action, entityType, entityId, ct);

    public async Task RecordAsAsync(AuditActor actor, string action, string? entityType = null, string? entityId = null, CancellationToken ct = default)
    {
        AddAs(actor, action, entityType, entityId);
        await db.SaveChangesAsync(ct);
    }

    public Task SupervisionSessionReadAsync(int sessionId, CancellationToken ct = default) =>
        RecordAsync(AuditActions.SupervisionSessionRead, AuditEntityTypes.SupervisionSession, sessionId.ToString(CultureInfo.InvariantCulture), ct);

    private void AddAs(AuditActor who, string action, string? entityType, string? entityId) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), who.AccountId, who.Email, action, entityType, entityId, who.IpAddress));
}

/// <summary>The entity type names written to the log.</summary>
public static class AuditEntityTypes
{
    public const string Account = nameof(Account);
    public const string AccountRole = nameof(AccountRole);
    public const string StaffMember = nameof(StaffMember);
    public const string Team = nameof(Team);
    public const string Settings = nameof(Settings);
    public const string SupervisionSession = nameof(SupervisionSession);
    public const string CpdRecord = nameof(CpdRecord);
    public const string AuditLog = nameof(AuditLog);
    public const string PathwayRole = nameof(PathwayRole);
    public const string Certification = nameof(Certification);
    public const string CompetenceFramework = nameof(CompetenceFramework);
    public const string Import = nameof(Import);
    public const string CpdActivity = nameof(CpdActivity);
    public const string Retention = nameof(Retention);

    /// <summary>A report, as "Report:{slug}".</summary>
    public static string Report(string slug) => $"Report:{slug}";
}
