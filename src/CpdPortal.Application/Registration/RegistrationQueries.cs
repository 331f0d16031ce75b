using CpdPortal.Application.Common;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Registration;

/// <summary>The queries the registration page and the home page share.</summary>
internal static class RegistrationQueries
{
    public static async Task<RegistrationRule> RuleAsync(ICpdPortalDbContext db, CancellationToken ct) =>
        (await db.PortalSettingsAsync(ct)).RegistrationRule;

    /// <summary>
    /// Evaluates the rule over the year's entries, each assessed against Social Work England's criteria
    /// (RegistrationCriteria): only entries that meet them count.
    /// </summary>
    public static async Task<RegistrationStatus> EvaluateAsync(ICpdPortalDbContext db, int staffMemberId, RegistrationRule rule, DateOnly today, CancellationToken ct)
    {
        var year = rule.Year.PeriodContaining(today);
        var assessed = await StoredCriteria.InYearAsync(db, staffMemberId, year, ct);
        return RegistrationCompliance.EvaluateAssessed(rule, assessed, today);
    }

    /// <summary>
    /// The person's own not-deleted entries from the registration year and the one before (so last year's reused
    /// record is found), projected to the fields the criteria read, each assessed against <paramref name="year"/>.
    /// </summary>
    public static async Task<IReadOnlyList<EntryAssessment>> AssessAsync(ICpdPortalDbContext db, int staffMemberId, DatePeriod year, CancellationToken ct)
    {
        var from = year.Previous().Start;
        var entries = await db.CpdActivities
            .Where(a => a.StaffMemberId == staffMemberId && a.Date >= from && a.Date <= year.End)
            .Select(a => new CriteriaEntry(a.Id, a.Title, a.Date, a.Status, a.Description, a.WhatLearnt, a.Impact, a.PeerReflection))
            .ToListAsync(ct);
        return RegistrationCriteria.Assess(entries, year);
    }
}
