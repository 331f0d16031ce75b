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

    /// <summary>Evaluates the rule over the year's not-deleted entries, projected to the four columns it needs.</summary>
    public static async Task<RegistrationStatus> EvaluateAsync(ICpdPortalDbContext db, int staffMemberId, RegistrationRule rule, DateOnly today, CancellationToken ct)
    {
        var year = rule.Year.PeriodContaining(today);
        var entries = await db.CpdActivities
            .Where(a => a.StaffMemberId == staffMemberId && a.Date >= year.Start && a.Date <= year.End)
            .Select(a => new RegistrationEntry(a.Id, a.Date, a.Status, a.PeerReflection != null && a.PeerReflection != ""))
            .ToListAsync(ct);
        return RegistrationCompliance.Evaluate(rule, entries, today);
    }
}
