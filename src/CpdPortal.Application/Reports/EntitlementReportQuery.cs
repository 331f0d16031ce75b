using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>The staff counted, how many used their whole allowance, and the mean of the days they used.</summary>
public sealed record EntitlementHeadline(int Staff, int AtOrAbove, decimal MeanDays);

public sealed record EntitlementTeam(string Team, int Staff, decimal MeanDays, decimal MeanAllowance, int AtOrAbove);

/// <summary>Training days per person against their allowance: the bands, the headline and a row per team, as numbers.</summary>
public sealed record EntitlementReport(ReportScope Scope, EntitlementHeadline Headline, IReadOnlyList<BandCount> Bands, IReadOnlyList<EntitlementTeam> ByTeam);

/// <summary>
/// Training days per person against their allowance (pro rata where the council says so). One query: a row per person
/// in post with their team and their year's entitlement hours from the learning-year summaries (docs/adr/0030); the
/// domain works out each allowance, the bands and the means (<see cref="Measures"/>).
/// </summary>
public sealed class EntitlementReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<EntitlementReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var people = await PeopleAsync(db, scope, filter, ct);
        var byTeam = people
            .GroupBy(p => p.Team)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EntitlementTeam(
                g.Key,
                g.Count(),
                Measures.Mean(g.Select(d => d.Days).ToList()),
                Measures.Mean(g.Select(d => d.Allowance).ToList()),
                g.Count(d => d.Days >= d.Allowance)))
            .ToList();
        return new EntitlementReport(scope, Headline(people), Measures.EntitlementBands(people.Select(d => (d.Days, d.Allowance))), byTeam);
    }

    internal static EntitlementHeadline Headline(IReadOnlyCollection<PersonDays> people) =>
        new(people.Count, people.Count(d => d.Days >= d.Allowance), Measures.Mean(people.Select(d => d.Days).ToList()));

    /// <summary>Each person in post on the reference day: their team, the days they used and their allowance.</summary>
    internal static async Task<List<PersonDays>> PeopleAsync(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        var (settings, year) = (scope.Settings, scope.Year);
        var people = await ReportPopulation.InPost(db, filter, scope.ReferenceDay)
            .Select(s => new
            {
                Team = s.Team!.Name,
                s.FullTimeEquivalent,
                s.StartDate,
                s.LeaveDate,
                Hours = db.LearningYearSummaries
                    .Where(x => x.StaffMemberId == s.Id && x.YearStart == year.Start)
                    .Sum(x => (decimal?)x.EntitlementHours) ?? 0m,
            })
            .ToListAsync(ct);
        return people
            .Select(p => new PersonDays(
                p.Team,
                Entitlement.ToDays(p.Hours, settings.WorkingDayHours),
                settings.AllowanceFor(p.FullTimeEquivalent, year, p.StartDate, p.LeaveDate)))
            .ToList();
    }

    internal sealed record PersonDays(string Team, decimal Days, decimal Allowance);
}
