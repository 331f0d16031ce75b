using CpdPortal.Application.Common;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>The staff counted, how many have an approved plan for the year and how many have none.</summary>
public sealed record PlansHeadline(int Staff, int Approved, int WithoutPlan);

/// <summary>How many staff have a plan in each state (null: no plan).</summary>
public sealed record PlanStatusCount(PlanStatus? Status, int Staff);

public sealed record PlansTeam(string Team, int Staff, int Approved, int WithoutPlan);

/// <summary>Someone without an approved plan: their name, team, supervisor (null: none) and plan state (null: no plan).</summary>
public sealed record PlanlessPerson(string Name, string Team, string? Supervisor, PlanStatus? Status);

public sealed record PlansReport(ReportScope Scope, PlansHeadline Headline, IReadOnlyList<PlanStatusCount> ByStatus, IReadOnlyList<PlansTeam> ByTeam, IReadOnlyList<PlanlessPerson> WithoutApprovedPlan);

/// <summary>
/// The share of staff with an approved plan this year, by team, and who has none. The counts by state and by team
/// are grouped in the database (a row per state, a row per team); only the people without an approved plan come back as
/// rows. The index reads the same figures from <see cref="ReportHeadcount"/>, one row shared with other headlines.
/// </summary>
public sealed class PlansReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>The states in the order the report lists them, "no plan" (null) last.</summary>
    public static readonly IReadOnlyList<PlanStatus?> States = [PlanStatus.Approved, PlanStatus.Submitted, PlanStatus.ChangesRequested, PlanStatus.Draft, null];

    public async Task<PlansReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var byStatus = await ByStatusAsync(db, scope, filter, ct);
        var teams = await Plans(db, scope, filter)
            .GroupBy(x => x.Staff!.TeamId)
            .Select(g => new { TeamId = g.Key, Staff = g.Count(), Approved = g.Count(x => x.Status == PlanStatus.Approved), None = g.Count(x => x.Status == null) })
            .Join(db.Teams, g => g.TeamId, t => t.Id, (g, t) => new PlansTeam(t.Name, g.Staff, g.Approved, g.None))
            .ToListAsync(ct);
        var without = await Plans(db, scope, filter)
            .Where(x => x.Status == null || x.Status != PlanStatus.Approved)
            .Select(x => new PlanlessPerson(
                x.Staff!.GivenName + " " + x.Staff.FamilyName,
                x.Staff.Team!.Name,
                x.Staff.Supervisor == null ? null : x.Staff.Supervisor.GivenName + " " + x.Staff.Supervisor.FamilyName,
                x.Status))
            .ToListAsync(ct);
        return new PlansReport(
            scope,
            new PlansHeadline(byStatus.Sum(s => s.Staff), byStatus.Single(s => s.Status == PlanStatus.Approved).Staff, byStatus.Single(s => s.Status is null).Staff),
            byStatus,
            teams.OrderBy(t => t.Team, StringComparer.Ordinal).ToList(),
            without.OrderBy(p => p.Team, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>How many staff in post have a plan in each state this year (a row per state, counted in the database).</summary>
    private static async Task<List<PlanStatusCount>> ByStatusAsync(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        var counts = await Plans(db, scope, filter)
            .GroupBy(x => x.Status)
            .Select(g => new { Status = g.Key, Staff = g.Count() })
            .ToListAsync(ct);
        return States.Select(s => new PlanStatusCount(s, counts.Where(c => c.Status == s).Sum(c => c.Staff))).ToList();
    }

    internal static PlansHeadline Headline(ReportHeadcount headcount) => new(headcount.InPost, headcount.ApprovedPlan, headcount.NoPlan);

    /// <summary>Each person in post on the reference day with the state of their plan for the learning year (null: none).</summary>
    private static IQueryable<StaffPlan> Plans(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter)
    {
        var yearStart = scope.Year.Start;
        return from s in ReportPopulation.InPost(db, filter, scope.ReferenceDay)
               join p in db.DevelopmentPlans.Where(p => p.YearStart == yearStart) on s.Id equals p.StaffMemberId into plans
               from p in plans.DefaultIfEmpty()
               select new StaffPlan { Staff = s, Status = p == null ? null : p.Status };
    }

    private sealed class StaffPlan
    {
        public StaffMember? Staff { get; init; }

        public PlanStatus? Status { get; init; }
    }
}
