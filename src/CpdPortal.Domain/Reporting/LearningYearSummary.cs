using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Reporting;

/// <summary>
/// One person's CPD figures for one learning year, kept up to date in the same transaction as every write to their
/// entries (docs/adr/0030), so that council-wide reports read one row per person instead of their whole history.
/// Only figures that come from the entries are kept here; team, role, working pattern and dates in post are read
/// from the staff record, so changing them needs no upkeep.
/// </summary>
public sealed class LearningYearSummary
{
    public LearningYearSummary(int staffMemberId, DateOnly yearStart)
    {
        StaffMemberId = staffMemberId;
        YearStart = yearStart;
    }

    public int StaffMemberId { get; private set; }

    /// <summary>The first day of the learning year (the council's learning-year start when the row was computed).</summary>
    public DateOnly YearStart { get; private set; }

    /// <summary>Hours the entitlement rule counts (<see cref="Entitlement.Calculate"/>): completed entries whose method counts.</summary>
    public decimal EntitlementHours { get; private set; }

    /// <summary>Of <see cref="EntitlementHours"/>, the hours of certificated entries.</summary>
    public decimal CertificatedHours { get; private set; }

    /// <summary>Of <see cref="EntitlementHours"/>, the hours dated in the first three months of the learning year.</summary>
    public decimal Quarter1Hours { get; private set; }

    public decimal Quarter2Hours { get; private set; }

    public decimal Quarter3Hours { get; private set; }

    public decimal Quarter4Hours { get; private set; }

    /// <summary>Completed entries in the learning year, whatever their method.</summary>
    public int CompleteEntries { get; private set; }

    /// <summary>
    /// The summaries of the given entries (of any number of people): one per person per learning year in which they
    /// have a completed entry. The entitlement figures are those of the domain rule itself.
    /// </summary>
    public static List<LearningYearSummary> Summarise(IEnumerable<SummarisedEntry> entries, LearningYearPolicy learningYear)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var summaries = new List<LearningYearSummary>();
        foreach (var group in entries
                     .Where(e => e.Entry.Status == ActivityStatus.Complete)
                     .GroupBy(e => (e.StaffMemberId, Year: learningYear.PeriodContaining(e.Entry.Date)))
                     .OrderBy(g => g.Key.StaffMemberId)
                     .ThenBy(g => g.Key.Year.Start))
        {
            var year = group.Key.Year;
            var summary = new LearningYearSummary(group.Key.StaffMemberId, year.Start) { CompleteEntries = group.Count() };
            foreach (var counted in Entitlement.Calculate(group.Select(e => e.Entry), year, 0m, 1m).Counted)
            {
                summary.EntitlementHours += counted.Hours;
                summary.CertificatedHours += counted.Certificated ? counted.Hours : 0m;
                switch (QuarterOf(year, counted.Date))
                {
                    case 1: summary.Quarter1Hours += counted.Hours; break;
                    case 2: summary.Quarter2Hours += counted.Hours; break;
                    case 3: summary.Quarter3Hours += counted.Hours; break;
                    default: summary.Quarter4Hours += counted.Hours; break;
                }
            }

            summaries.Add(summary);
        }

        return summaries;
    }

    /// <summary>Which quarter of the learning year (1 to 4) a day falls in: three calendar months from the year's start each.</summary>
    public static int QuarterOf(DatePeriod year, DateOnly day)
    {
        for (var q = 1; q < 4; q++)
        {
            if (day < year.Start.AddMonths(3 * q))
            {
                return q;
            }
        }

        return 4;
    }

    /// <summary>The hours of one quarter (1 to 4).</summary>
    public decimal QuarterHours(int quarter) => quarter switch
    {
        1 => Quarter1Hours,
        2 => Quarter2Hours,
        3 => Quarter3Hours,
        _ => Quarter4Hours,
    };

    /// <summary>Whether two summaries hold the same figures (the consistency tests compare stored rows with a recomputation).</summary>
    public bool SameFiguresAs(LearningYearSummary other) =>
        other is not null
        && StaffMemberId == other.StaffMemberId && YearStart == other.YearStart
        && EntitlementHours == other.EntitlementHours && CertificatedHours == other.CertificatedHours
        && Quarter1Hours == other.Quarter1Hours && Quarter2Hours == other.Quarter2Hours
        && Quarter3Hours == other.Quarter3Hours && Quarter4Hours == other.Quarter4Hours
        && CompleteEntries == other.CompleteEntries;

    public override string ToString() =>
        FormattableString.Invariant($"{StaffMemberId}@{YearStart:yyyy-MM-dd}: {EntitlementHours}h ({CertificatedHours} certificated; {Quarter1Hours}/{Quarter2Hours}/{Quarter3Hours}/{Quarter4Hours}), {CompleteEntries} complete");
}

/// <summary>One entry as the summaries see it: whose it is, and what the entitlement rule needs.</summary>
public sealed record SummarisedEntry(int StaffMemberId, EntitlementEntry Entry);
