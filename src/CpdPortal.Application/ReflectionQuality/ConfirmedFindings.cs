using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.ReflectionQuality;

namespace CpdPortal.Application.ReflectionQuality;

/// <summary>
/// Findings the writer confirmed on a form (docs/adr/0027). A service that saves the record takes them and adds the
/// confirmation rows and the audit entry to the same unit of work, so the record and its confirmation are stored
/// together or not at all.
/// </summary>
public sealed record ConfirmedFindings(IReadOnlyList<FieldFindings> Findings)
{
    /// <summary>
    /// Adds one row a field and one audit entry naming the record (no text) to the unit of work, without saving;
    /// nothing when nothing was found. <paramref name="staffMemberId"/> is the writer.
    /// </summary>
    public void AddTo(ICpdPortalDbContext db, IAuditLog audit, int staffMemberId, string recordType, int recordId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        if (Findings.Count == 0)
        {
            return;
        }

        foreach (var field in Findings)
        {
            db.IdentifyingDetailsConfirmations.Add(new IdentifyingDetailsConfirmation(staffMemberId, now, recordType, recordId, field.Field, field.Found));
        }

        audit.Add(AuditActions.IdentifyingDetailsConfirmed, recordType, recordId.ToString(CultureInfo.InvariantCulture));
    }
}
