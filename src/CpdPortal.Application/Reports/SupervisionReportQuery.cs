using CpdPortal.Application.Common;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>The supervised staff counted and how many of them are overdue on the reference day.</summary>
public sealed record SupervisionHeadline(int Supervised, int Overdue);

public sealed record SupervisionStatusCount(SupervisionDueStatus Status, int Staff);

public sealed record SupervisorLoad(string Supervisor, int Supervisees, int Overdue);

/// <summary>Someone overdue: their last session (null: none recorded) and the day the next was due.</summary>
public sealed record OverduePerson(string Name, string Supervisor, DateOnly? Last, DateOnly Due);

public sealed record SupervisionReport(
    ReportScope Scope,
    SupervisionHeadline Headline,
    IReadOnlyList<SupervisionStatusCount> ByStatus,
    IReadOnlyList<SupervisorLoad> BySupervisor,
    IReadOnlyList<OverduePerson> Overdue);

/// <summary>
/// Who is on time for supervision by their role's policy, and the overdue by supervisor. One query reads each
/// supervised person's start date, role's policy, supervisor and last session (ids and dates, no names), the domain works out
/// each due date; a second reads the names of the supervisors and of the overdue only.
/// </summary>
public sealed class SupervisionReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>The statuses in the order the report lists them.</summary>
    public static readonly IReadOnlyList<SupervisionDueStatus> Statuses = [SupervisionDueStatus.OnTime, SupervisionDueStatus.DueSoon, SupervisionDueStatus.Overdue];

    public async Task<SupervisionReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var people = await DueAsync(db, scope, filter, ct);
        var overdue = people.Where(p => p.Status == SupervisionDueStatus.Overdue).ToList();
        var named = overdue.Select(p => p.Id).Concat(people.Select(p => p.SupervisorId)).Distinct().ToList();
        var names = await db.StaffMembers
            .Where(s => named.Contains(s.Id))
            .Select(s => new { s.Id, Name = s.GivenName + " " + s.FamilyName })
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var bySupervisor = people
            .GroupBy(p => names[p.SupervisorId])
            .Select(g => new SupervisorLoad(g.Key, g.Count(), g.Count(p => p.Status == SupervisionDueStatus.Overdue)))
            .OrderByDescending(g => g.Overdue)
            .ThenBy(g => g.Supervisor, StringComparer.Ordinal)
            .ToList();
        var overdueList = overdue
            .Select(p => new OverduePerson(names[p.Id], names[p.SupervisorId], p.Last, p.Due))
            .OrderBy(p => p.Due)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return new SupervisionReport(scope, Headline(people), Statuses.Select(s => new SupervisionStatusCount(s, people.Count(p => p.Status == s))).ToList(), bySupervisor, overdueList);
    }

    internal static SupervisionHeadline Headline(IReadOnlyCollection<PersonDue> people) =>
        new(people.Count, people.Count(p => p.Status == SupervisionDueStatus.Overdue));

    /// <summary>Each supervised person in post on the reference day, with when their next supervision was due and its status then.</summary>
    internal static async Task<List<PersonDue>> DueAsync(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        var day = scope.ReferenceDay;
        // The role's policy comes with the person (a left join: a role without a row is supervised monthly).
        var people = await (
                from s in ReportPopulation.InPost(db, filter, day).Where(s => s.SupervisorId != null)
                join p in db.SupervisionPolicies on s.PathwayRoleId equals (int?)p.PathwayRoleId into policies
                from p in policies.DefaultIfEmpty()
                select new
                {
                    s.Id,
                    SupervisorId = s.SupervisorId!.Value,
                    s.StartDate,
                    Asye = p == null ? (bool?)null : p.FollowsAsyeSchedule,
                    Frequency = p == null ? (SupervisionFrequency?)null : p.Frequency,
                    Last = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id && x.Date <= day).Max(x => (DateOnly?)x.Date),
                })
            .ToListAsync(ct);
        return people
            .Select(p =>
            {
                var policy = p.Asye is { } asye ? new SupervisionPolicy(asye, p.Frequency!.Value) : SupervisionPolicy.MonthlyPolicy;
                var due = SupervisionSchedule.NextDue(policy, p.StartDate, p.Last);
                return new PersonDue(p.Id, p.SupervisorId, p.Last, due, SupervisionSchedule.StatusOn(due, day));
            })
            .ToList();
    }

    internal sealed record PersonDue(int Id, int SupervisorId, DateOnly? Last, DateOnly Due, SupervisionDueStatus Status);
}
