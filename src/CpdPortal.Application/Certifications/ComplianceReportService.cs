using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Application.Reports;
using CpdPortal.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Certifications;

/// <summary>The compliance report's filters as applied (unknown ids are dropped and listed in the form's Ignored).</summary>
public sealed record ComplianceFilter(int? TeamId, int? RoleId, int? CertificationId);

public sealed record ComplianceFilterForm(
    ComplianceFilter Applied,
    IReadOnlyList<FilterOption> Teams,
    IReadOnlyList<FilterOption> Roles,
    IReadOnlyList<FilterOption> Certifications,
    IReadOnlyList<string> Ignored);

/// <summary>One line of the report: people required to hold a certification in a group, by status today.</summary>
public sealed record ComplianceLine(string Group, StatusCounts Counts)
{
    public decimal CompliantPercent => Counts.Total == 0 ? 0 : Math.Round(100m * Counts.Compliant / Counts.Total, 1);
}

/// <summary>The compliance report: the headline, by certification (the chart's data), by team and by role, and the CSV lines.</summary>
public sealed record ComplianceReport(
    DateOnly Today,
    int People,
    int CompliantPeople,
    IReadOnlyList<ComplianceLine> ByCertification,
    IReadOnlyList<ComplianceLine> ByTeam,
    IReadOnlyList<ComplianceLine> ByRole,
    IReadOnlyList<ComplianceCsvLine> Lines,
    IReadOnlyList<string> Gaps);

/// <summary>One CSV line: a team, a role and a certification, with the counts.</summary>
public sealed record ComplianceCsvLine(string Team, string Role, string Certification, StatusCounts Counts);

/// <summary>
/// /reports/compliance for L&amp;D and administrators: who holds what their role requires today, by certification, team
/// and role. Staff in post only; read from requirements and latest periods (docs/adr/0022) in one SQL command, plus
/// the filter options and the certifications no course confers (the gaps L&amp;D must close).
/// </summary>
public sealed class ComplianceReportService(ICpdPortalDbContext db, TimeProvider clock, FilterOptionsCache options)
{
    public async Task<ComplianceFilterForm> ReadFilterAsync(int? team, int? role, int? certification, CancellationToken ct = default)
    {
        // The teams and roles the report pages offer, remembered (docs/adr/0040): thousands of teams at a national size.
        var teams = (await ReportFilters.TeamsAsync(options, db, ct)).Options;
        var roles = (await ReportFilters.RolesAsync(options, db, ct)).Options;
        var certifications = await db.Certifications.OrderBy(c => c.Name).Select(c => new FilterOption(c.Id, c.Name)).ToListAsync(ct);
        var ignored = new List<string>();
        return new ComplianceFilterForm(
            new ComplianceFilter(Known(team, teams, "team", ignored), Known(role, roles, "role", ignored), Known(certification, certifications, "certification", ignored)),
            teams,
            roles,
            certifications,
            ignored);
    }

    public async Task<ComplianceReport> BuildAsync(ComplianceFilterForm form, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var filter = form.Applied;
        var people = db.StaffMembers.AsQueryable();
        if (filter.TeamId is { } team)
        {
            people = people.Where(s => s.TeamId == team);
        }

        if (filter.RoleId is { } role)
        {
            people = people.Where(s => s.PathwayRoleId == role);
        }

        var holdings = (await ComplianceQueries.RequiredHoldings(db, today, people, filter.CertificationId).ToListAsync(ct))
            .Select(h => (Holding: h, Status: h.Status(today)))
            .ToList();
        var teamNames = form.Teams.ToDictionary(t => t.Id, t => t.Name);
        var roleNames = form.Roles.ToDictionary(r => r.Id, r => r.Name);

        List<ComplianceLine> By(Func<RequiredHolding, string> group) => holdings
            .GroupBy(x => group(x.Holding))
            .Select(g => new ComplianceLine(g.Key, StatusCounts.From(g.Select(x => x.Status))))
            .OrderBy(l => l.Group, StringComparer.Ordinal)
            .ToList();

        // By team and by role a person counts once: compliant when every certification required of them counts.
        List<ComplianceLine> PeopleBy(Func<RequiredHolding, string> group) => holdings
            .GroupBy(x => x.Holding.StaffMemberId)
            .Select(p => (Group: group(p.First().Holding), Compliant: p.All(x => Compliance.Counts(x.Status)), Lapsed: p.Any(x => x.Status == CertificationStatus.Lapsed)))
            .GroupBy(p => p.Group)
            .Select(g => new ComplianceLine(g.Key, new StatusCounts(g.Count(p => p.Compliant), 0, g.Count(p => !p.Compliant && p.Lapsed), g.Count(p => !p.Compliant && !p.Lapsed))))
            .OrderBy(l => l.Group, StringComparer.Ordinal)
            .ToList();

        string TeamOf(RequiredHolding h) => teamNames.GetValueOrDefault(h.TeamId, "Unknown team");
        string RoleOf(RequiredHolding h) => roleNames.GetValueOrDefault(h.RoleId, "Unknown role");
        var lines = holdings
            .GroupBy(x => (Team: TeamOf(x.Holding), Role: RoleOf(x.Holding), x.Holding.CertificationName))
            .Select(g => new ComplianceCsvLine(g.Key.Team, g.Key.Role, g.Key.CertificationName, StatusCounts.From(g.Select(x => x.Status))))
            .OrderBy(l => l.Team, StringComparer.Ordinal).ThenBy(l => l.Role, StringComparer.Ordinal).ThenBy(l => l.Certification, StringComparer.Ordinal)
            .ToList();
        var perPerson = holdings.GroupBy(x => x.Holding.StaffMemberId).ToList();
        var gaps = await db.Certifications
            .Where(c => !c.Courses.Any() && db.PathwayRoles.Any(r => r.Certifications.Any(rc => rc.CertificationId == c.Id)))
            .OrderBy(c => c.Name)
            .Select(c => c.Name)
            .ToListAsync(ct);
        return new ComplianceReport(
            today,
            perPerson.Count,
            perPerson.Count(p => p.All(x => Compliance.Counts(x.Status))),
            By(h => h.CertificationName),
            PeopleBy(TeamOf),
            PeopleBy(RoleOf),
            lines,
            gaps);
    }

    private static int? Known(int? id, IReadOnlyList<FilterOption> options, string what, List<string> ignored)
    {
        if (id is null || options.Any(o => o.Id == id))
        {
            return id;
        }

        ignored.Add(string.Create(CultureInfo.InvariantCulture, $"There is no {what} with that number, so every {what} is counted"));
        return null;
    }
}
