using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Activities;

/// <summary>What the entitlement rule needs to know about one activity.</summary>
public sealed record EntitlementEntry(
    int ActivityId,
    string Title,
    DateOnly Date,
    decimal Hours,
    bool Certificated,
    ActivityStatus Status,
    bool MethodCountsTowardsEntitlement);

/// <summary>Training days used in a learning year against the allowance.</summary>
public sealed record EntitlementSummary(
    DatePeriod Year,
    decimal AllowanceDays,
    decimal DaysUsed,
    decimal CertificatedDays,
    decimal OtherDays,
    IReadOnlyList<EntitlementEntry> Counted)
{
    public decimal RemainingDays => Math.Max(0, AllowanceDays - DaysUsed);

    /// <summary>Share of the allowance used, 0 to 100 (capped: going over is shown as 100%).</summary>
    public int PercentUsed => AllowanceDays <= 0 ? 100 : (int)Math.Min(100, Math.Floor(DaysUsed / AllowanceDays * 100));

    public bool IsMet => DaysUsed >= AllowanceDays;
}

/// <summary>
/// The training entitlement (e.g. up to 15 working days a year): only completed entries, in the learning year,
/// whose method counts towards the entitlement. Hours become days by the configured working day.
/// </summary>
public static class Entitlement
{
    public static EntitlementSummary Calculate(
        IEnumerable<EntitlementEntry> entries,
        DatePeriod year,
        decimal allowanceDays,
        decimal workingDayHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDayHours);
        var counted = entries
            .Where(e => e.Status == ActivityStatus.Complete && e.MethodCountsTowardsEntitlement && year.Contains(e.Date))
            .OrderBy(e => e.Date)
            .ThenBy(e => e.ActivityId)
            .ToList();
        var certificatedHours = counted.Where(e => e.Certificated).Sum(e => e.Hours);
        var otherHours = counted.Where(e => !e.Certificated).Sum(e => e.Hours);
        var certificatedDays = ToDays(certificatedHours, workingDayHours);
        var otherDays = ToDays(otherHours, workingDayHours);
        return new EntitlementSummary(year, allowanceDays, ToDays(certificatedHours + otherHours, workingDayHours), certificatedDays, otherDays, counted);
    }

    /// <summary>Hours as working days, to one decimal place (rounded half away from zero).</summary>
    public static decimal ToDays(decimal hours, decimal workingDayHours) =>
        Math.Round(hours / workingDayHours, 1, MidpointRounding.AwayFromZero);
}
