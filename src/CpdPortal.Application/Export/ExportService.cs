using CpdPortal.Application.Activities;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Export;

/// <summary>
/// The export of a person's own CPD record for a period (CSV or a printable page). Read-only: it changes nothing.
/// Only the person's own, not-deleted entries; drafts only in the full record, never in Social Work England's fields.
/// </summary>
public sealed class ExportService(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>The longest period one export may cover.</summary>
    public const int MaxYears = 5;

    /// <summary>The years the form can name; null when there is no such staff record.</summary>
    public async Task<ExportContext?> GetContextAsync(int staffMemberId, CancellationToken ct = default)
    {
        var registered = await db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => (bool?)(s.RegistrationNumber != null))
            .SingleOrDefaultAsync(ct);
        if (registered is null)
        {
            return null;
        }

        var settings = await SettingsAsync(ct);
        var today = clock.UkToday();
        return new ExportContext(
            today,
            settings.LearningYear.PeriodContaining(today),
            settings.RegistrationRule.Year.PeriodContaining(today),
            registered.Value);
    }

    /// <summary>The person's entries dated in the period, oldest first.</summary>
    public async Task<ExportRecord?> GetRecordAsync(int staffMemberId, ExportRequest request, CancellationToken ct = default)
    {
        var name = await db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => s.GivenName + " " + s.FamilyName)
            .SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return null;
        }

        var workingDayHours = (await SettingsAsync(ct)).WorkingDayHours;
        var (start, end) = (request.Period.Start, request.Period.End);
        var query = db.CpdActivities.Where(a => a.StaffMemberId == staffMemberId && a.Date >= start && a.Date <= end);
        if (request.SweFields)
        {
            query = query.Where(a => a.Status == ActivityStatus.Complete);
        }

        var rows = await query
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(CpdEntryRecord.FromActivity)
            .ToListAsync(ct);

        // Area names in one query for the whole record, not one per entry.
        var areaIds = rows.SelectMany(r => r.AreaIds).Distinct().ToList();
        var areaNames = areaIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.CompetenceAreas.Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        var entries = rows
            .Select(r => new ExportEntry(
                r.Id,
                r.Date,
                r.EndDate,
                r.Method,
                r.Title,
                r.Hours,
                Entitlement.ToDays(r.Hours, workingDayHours),
                r.Status,
                r.Certificated,
                r.Description,
                r.WhatLearnt,
                r.Impact,
                r.PeerName,
                r.PeerReflection,
                r.AreaIds.Where(areaNames.ContainsKey).Select(id => areaNames[id]).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return new ExportRecord(name, request.Period, request.SweFields, entries);
    }

    private async Task<PortalSettings> SettingsAsync(CancellationToken ct) =>
        await db.PortalSettingsAsync(ct);
}
