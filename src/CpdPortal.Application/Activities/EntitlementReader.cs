using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Activities;

/// <summary>
/// Reads what the entitlement rule needs (one projected query) and lets the domain's <see cref="Entitlement"/>
/// decide what counts. Shared by the CPD list and the home page.
/// </summary>
public static class EntitlementReader
{
    public static async Task<EntitlementPanel> ReadAsync(ICpdPortalDbContext db, int staffMemberId, DateOnly today, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        return await ReadAsync(db, settings, staffMemberId, today, ct);
    }

    internal static async Task<EntitlementPanel> ReadAsync(ICpdPortalDbContext db, PortalSettings settings, int staffMemberId, DateOnly today, CancellationToken ct)
    {
        var year = settings.LearningYear.PeriodContaining(today);
        var start = year.Start;
        var end = year.End;
        var entries = await db.CpdActivities
            .Where(a => a.StaffMemberId == staffMemberId && a.Date >= start && a.Date <= end)
            .Select(a => new EntitlementEntry(a.Id, a.Title, a.Date, a.Hours, a.Certificated, a.Status, a.Method!.CountsTowardsEntitlement))
            .ToListAsync(ct);
        return FromEntries(settings, today, entries);
    }

    /// <summary>The panel from entries already read (the home page reads them once for this and the registration rule).</summary>
    internal static EntitlementPanel FromEntries(PortalSettings settings, DateOnly today, IEnumerable<EntitlementEntry> entries)
    {
        var year = settings.LearningYear.PeriodContaining(today);
        var summary = Entitlement.Calculate(entries.Where(e => e.Date >= year.Start && e.Date <= year.End).ToList(), year, settings.EntitlementDays, settings.WorkingDayHours);
        var counted = summary.Counted
            .Select(e => new CountedActivity(e.ActivityId, e.Title, e.Date, Entitlement.ToDays(e.Hours, settings.WorkingDayHours), e.Certificated))
            .ToList();
        return new EntitlementPanel(
            summary.Year,
            summary.AllowanceDays,
            summary.DaysUsed,
            summary.CertificatedDays,
            summary.OtherDays,
            summary.RemainingDays,
            summary.PercentUsed,
            counted);
    }
}
