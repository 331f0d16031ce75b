using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>The registered social workers counted and how many meet the rule in the registration year containing the reference day.</summary>
public sealed record RegistrationHeadline(int Registered, int Meeting, DatePeriod RegistrationYear);

public sealed record RegistrationTeam(string Team, int Registered, int Meeting);

/// <summary>Someone not yet meeting the rule: their completed entries and whether one has a peer reflection.</summary>
public sealed record AtRiskPerson(string Name, string Team, int Complete, bool PeerReflection);

public sealed record RegistrationReport(ReportScope Scope, RegistrationHeadline Headline, IReadOnlyList<RegistrationTeam> ByTeam, IReadOnlyList<AtRiskPerson> AtRisk);

/// <summary>
/// Registered social workers meeting Social Work England's rule this registration year, and who is at risk: the
/// completed entries of each registered person in post in the registration year (the rule is the domain's,
/// <see cref="RegistrationCompliance.Meets"/>).
/// </summary>
public sealed class RegistrationReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<RegistrationReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var rule = scope.Settings.RegistrationRule;
        var people = await Entries(db, scope, filter)
            .Select(x => new { Name = x.Staff!.GivenName + " " + x.Staff.FamilyName, Team = x.Staff.Team!.Name, x.Complete, x.WithReflection })
            .ToListAsync(ct);
        var byTeam = people
            .GroupBy(p => p.Team)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RegistrationTeam(g.Key, g.Count(), g.Count(p => RegistrationCompliance.Meets(rule, p.Complete, p.WithReflection))))
            .ToList();
        var atRisk = people
            .Where(p => !RegistrationCompliance.Meets(rule, p.Complete, p.WithReflection))
            .OrderBy(p => p.Complete)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new AtRiskPerson(p.Name, p.Team, p.Complete, p.WithReflection > 0))
            .ToList();
        var headline = new RegistrationHeadline(people.Count, people.Count - atRisk.Count, RegistrationYear(scope));
        return new RegistrationReport(scope, headline, byTeam, atRisk);
    }

    /// <summary>The index's figures: the registered counted in the database by (completed entries, any reflection), the rule applied to those few rows.</summary>
    internal static async Task<RegistrationHeadline> HeadlineAsync(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        var rule = scope.Settings.RegistrationRule;
        var groups = await Entries(db, scope, filter)
            .GroupBy(x => new { x.Complete, Reflected = x.WithReflection > 0 })
            .Select(g => new { g.Key.Complete, g.Key.Reflected, People = g.Count() })
            .ToListAsync(ct);
        return new RegistrationHeadline(
            groups.Sum(g => g.People),
            groups.Where(g => RegistrationCompliance.Meets(rule, g.Complete, g.Reflected ? 1 : 0)).Sum(g => g.People),
            RegistrationYear(scope));
    }

    private static DatePeriod RegistrationYear(ReportScope scope) => scope.Settings.RegistrationRule.Year.PeriodContaining(scope.ReferenceDay);

    /// <summary>Each registered person in post on the reference day, with their completed entries in the registration year and those with a peer reflection.</summary>
    private static IQueryable<PersonEntries> Entries(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter)
    {
        var registrationYear = RegistrationYear(scope);
        var (from, to) = (registrationYear.Start, registrationYear.End);
        return ReportPopulation.InPost(db, filter, scope.ReferenceDay)
            .Where(s => s.RegistrationNumber != null)
            .Select(s => new PersonEntries
            {
                Staff = s,
                Complete = db.CpdActivities.Count(a => a.StaffMemberId == s.Id && a.Status == ActivityStatus.Complete && a.Date >= from && a.Date <= to),
                WithReflection = db.CpdActivities.Count(a => a.StaffMemberId == s.Id && a.Status == ActivityStatus.Complete && a.Date >= from && a.Date <= to
                                                             && a.PeerReflection != null && a.PeerReflection != ""),
            });
    }

    private sealed class PersonEntries
    {
        public StaffMember? Staff { get; init; }

        public int Complete { get; init; }

        public int WithReflection { get; init; }
    }
}
