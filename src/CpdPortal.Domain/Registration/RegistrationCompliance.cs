using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Registration;

/// <summary>What the registration rule needs to know about one activity.</summary>
public sealed record RegistrationEntry(int ActivityId, DateOnly Date, ActivityStatus Status, bool HasPeerReflection);

/// <summary>Whether this registration year's CPD meets Social Work England's rule, and what is missing if not.</summary>
public sealed record RegistrationStatus(
    DatePeriod Year,
    int CompletedEntries,
    int EntriesWithPeerReflection,
    int MinimumEntries,
    bool PeerReflectionRequired,
    IReadOnlyList<string> Missing,
    bool InRenewalWindow,
    DateOnly RenewalWindowOpens,
    int DaysToDeadline)
{
    public bool Meets => Missing.Count == 0;

    public DateOnly Deadline => Year.End;
}

/// <summary>
/// Social Work England: each registration year (1 December to 30 November) at least two pieces of CPD, at least
/// one with a peer reflection; no minimum hours. Both numbers are settings.
/// </summary>
public static class RegistrationCompliance
{
    /// <summary>The rule on counts alone (for reports over many people): enough completed entries, and a peer reflection if required.</summary>
    public static bool Meets(RegistrationRule rule, int completedEntries, int entriesWithPeerReflection) =>
        completedEntries >= rule.MinimumEntries && (!rule.PeerReflectionRequired || entriesWithPeerReflection > 0);

    public static RegistrationStatus Evaluate(RegistrationRule rule, IEnumerable<RegistrationEntry> entries, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var year = rule.Year.PeriodContaining(today);
        var inYear = entries.Where(e => e.Status == ActivityStatus.Complete && year.Contains(e.Date)).ToList();
        return Status(rule, year, inYear.Count, inYear.Count(e => e.HasPeerReflection), today, byCriteria: false);
    }

    /// <summary>
    /// The rule over entries already assessed against every criterion (<see cref="RegistrationCriteria"/>): only entries
    /// that meet them count, and the peer reflection must be on one of those.
    /// </summary>
    public static RegistrationStatus EvaluateAssessed(RegistrationRule rule, IEnumerable<EntryAssessment> assessed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var year = rule.Year.PeriodContaining(today);
        var counted = assessed.Where(a => a.Counts && year.Contains(a.Date)).ToList();
        return Status(rule, year, counted.Count, counted.Count(a => a.HasPeerReflection), today, byCriteria: true);
    }

    private static RegistrationStatus Status(RegistrationRule rule, DatePeriod year, int counted, int withReflection, DateOnly today, bool byCriteria)
    {
        var missing = new List<string>();
        var shortBy = rule.MinimumEntries - counted;
        if (shortBy > 0)
        {
            missing.Add((shortBy, byCriteria) switch
            {
                (1, false) => "Record 1 more completed piece of CPD",
                (_, false) => $"Record {shortBy} more completed pieces of CPD",
                (1, true) => "Record 1 more piece of CPD that meets the criteria",
                _ => $"Record {shortBy} more pieces of CPD that meet the criteria",
            });
        }

        if (rule.PeerReflectionRequired && withReflection == 0)
        {
            missing.Add(byCriteria
                ? "Add a peer reflection to at least one piece of CPD that meets the criteria"
                : "Add a peer reflection to at least one completed piece of CPD");
        }

        var windowOpens = year.End.AddDays(1).AddMonths(-rule.RenewalWindowMonths);
        return new RegistrationStatus(
            year,
            counted,
            withReflection,
            rule.MinimumEntries,
            rule.PeerReflectionRequired,
            missing,
            today >= windowOpens,
            windowOpens,
            year.End.DayNumber - today.DayNumber);
    }
}
