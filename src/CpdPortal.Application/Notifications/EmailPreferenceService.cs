using CpdPortal.Application.Common;
using CpdPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Notifications;

/// <summary>My email choice as the form shows it.</summary>
public sealed record MyEmailPreference(EmailFrequency Frequency, IReadOnlySet<NotificationKind> Stopped);

/// <summary>My choice of immediate emails or a weekly digest, and the optional notices I stopped (/my/email-preferences).</summary>
public sealed class EmailPreferenceService(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<MyEmailPreference> GetAsync(int staffMemberId, CancellationToken ct = default)
    {
        var row = await db.EmailPreferences.AsNoTracking()
            .Where(p => p.StaffMemberId == staffMemberId)
            .Select(p => new { p.Frequency, p.StoppedKinds })
            .SingleOrDefaultAsync(ct);
        return row is null
            ? new MyEmailPreference(EmailFrequency.Immediate, new HashSet<NotificationKind>())
            : new MyEmailPreference(row.Frequency, EmailPreference.ParseStopped(row.StoppedKinds));
    }

    /// <summary>Saves my choice; a choice that breaks the rules throws <see cref="Domain.Common.DomainValidationException"/> and saves nothing.</summary>
    public async Task SaveAsync(int staffMemberId, string? frequency, IReadOnlyList<string>? stopped, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var row = await db.EmailPreferences.SingleOrDefaultAsync(p => p.StaffMemberId == staffMemberId, ct);
        var isNew = row is null;
        row ??= new EmailPreference(staffMemberId, now);
        row.Change(frequency, stopped, now);
        if (isNew)
        {
            db.EmailPreferences.Add(row);
        }

        await db.SaveChangesAsync(ct);
    }
}
