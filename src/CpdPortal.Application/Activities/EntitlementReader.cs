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
        // One command: the person's working pattern with the year's entries (the pro-rata allowance needs both). The
        // entries also filter on the parameter: EF turns a collection projection into a LEFT JOIN to a derived table
        // keyed on "== s.Id", and SQLite does not push that key into it, so alone it read every entry of the year in
        // the council (13–20 s at 35,000 staff × 10 years); "== staffMemberId" inside the derived table uses the
        // (StaffMemberId, Date) index. (The parameter alone makes EF ask for APPLY, which SQLite lacks.)
        var person = await db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => new
            {
                InPost = new PersonInPost(s.FullTimeEquivalent, s.StartDate, s.LeaveDate),
                Entries = db.CpdActivities
                    .Where(a => a.StaffMemberId == s.Id && a.StaffMemberId == staffMemberId && a.Date >= start && a.Date <= end)
                    .Select(a => new EntitlementEntry(a.Id, a.Title, a.Date, a.Hours, a.Certificated, a.Status, a.Method!.CountsTowardsEntitlement))
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return FromEntries(settings, today, person?.Entries ?? [], person?.InPost);
    }

    /// <summary>
    /// The panel from entries already read (the home page reads them once for this and the registration rule), with
    /// the person's allowance pro rata to their working pattern and time in post (<see cref="PortalSettings.AllowanceFor"/>).
    /// </summary>
    internal static EntitlementPanel FromEntries(PortalSettings settings, DateOnly today, IEnumerable<EntitlementEntry> entries, PersonInPost? person)
    {
        var year = settings.LearningYear.PeriodContaining(today);
        var allowance = person is null
            ? settings.EntitlementDays
            : settings.AllowanceFor(person.FullTimeEquivalent, year, person.StartDate, person.LeaveDate);
        var summary = Entitlement.Calculate(entries.Where(e => e.Date >= year.Start && e.Date <= year.End).ToList(), year, allowance, settings.WorkingDayHours);
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
            counted)
        {
            AllowanceBasis = person is null || allowance == settings.EntitlementDays ? null : Basis(settings.EntitlementDays, person.FullTimeEquivalent, year, person.StartDate, person.LeaveDate),
        };
    }

    /// <summary>"Pro rata to 0.6 full-time equivalent and to the part of the learning year in post, of 15 days full time".</summary>
    private static string Basis(decimal full, decimal fte, DatePeriod year, DateOnly start, DateOnly? leave)
    {
        var uk = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var reasons = new List<string>();
        if (fte < 1m)
        {
            reasons.Add($"the working pattern ({fte.ToString("0.####", uk)} full-time equivalent)");
        }

        if (start > year.Start || (leave is { } left && left < year.End))
        {
            reasons.Add("the part of the learning year in post");
        }

        return $"Pro rata to {string.Join(" and to ", reasons)}, of {full.ToString("0.##", uk)} days for a full-time, full-year post.";
    }
}

/// <summary>What the pro-rata allowance needs of a person: working pattern and time in post.</summary>
internal sealed record PersonInPost(decimal FullTimeEquivalent, DateOnly StartDate, DateOnly? LeaveDate);
