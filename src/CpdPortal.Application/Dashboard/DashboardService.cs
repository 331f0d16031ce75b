using CpdPortal.Application.Activities;
using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Application.Frameworks;
using CpdPortal.Application.Registration;
using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Dashboard;

/// <summary>Builds the role-aware home page. Each part is a small projected query; nothing is loaded per row.</summary>
public sealed class DashboardService(ICpdPortalDbContext db, TimeProvider clock, SuperviseeListService supervisees)
{
    public const int SuperviseesShown = 10;

    public async Task<Dashboard> GetAsync(CurrentUser user, string displayName, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var roles = PortalRoles.All.Where(user.IsIn).ToList();

        var practitioner = user.IsIn(PortalRoles.Practitioner) && user.StaffMemberId is { } me
            ? await GetPractitionerAsync(me, today, ct)
            : null;
        var supervisor = user.IsIn(PortalRoles.Supervisor) && user.StaffMemberId is { } supervisorId
            ? await GetSupervisorAsync(supervisorId, ct)
            : null;
        var learning = user.IsIn(PortalRoles.LearningAndDevelopment) ? await GetLearningAsync(ct) : null;
        var admin = user.IsIn(PortalRoles.Administrator) ? await GetAdministratorAsync(today, ct) : null;

        return new Dashboard(displayName, roles, practitioner, supervisor, learning, admin);
    }

    /// <summary>
    /// Two commands whatever the size of the council (ADR 0026, 0031, 0034): the person with their supervision, plan
    /// and unread facts as subqueries, their pathway's roles and the current frameworks with the areas they assessed
    /// (two small reference lists in the same command: a handful of roles times a handful of frameworks); the
    /// entries of the learning and registration years in one read that both the entitlement and the registration
    /// rule use.
    /// </summary>
    private async Task<PractitionerSummary?> GetPractitionerAsync(int staffMemberId, DateOnly today, CancellationToken ct)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var learningYear = settings.LearningYear.PeriodContaining(today);
        var me = await db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => new
            {
                s.JobTitle,
                TeamName = s.Team!.Name,
                SupervisorName = s.Supervisor == null ? null : s.Supervisor.GivenName + " " + s.Supervisor.FamilyName,
                s.SupervisorId,
                s.RegistrationNumber,
                s.EmploymentType,
                s.StartDate,
                s.LeaveDate,
                s.FullTimeEquivalent,
                s.PathwayRoleId,
                LastSession = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id).Max(x => (DateOnly?)x.Date),
                Policy = db.SupervisionPolicies.Where(p => p.PathwayRoleId == s.PathwayRoleId).Select(p => new { p.FollowsAsyeSchedule, p.Frequency }).FirstOrDefault(),
                Plan = db.DevelopmentPlans
                    .Where(p => p.StaffMemberId == s.Id && p.YearStart == learningYear.Start)
                    .Select(p => (PlanStatus?)p.Status)
                    .FirstOrDefault(),
                Unread = db.Notifications.Count(n => n.RecipientStaffId == s.Id && n.ReadAt == null),

                // The pathway (reference data: a handful of roles) in the same command, not one more.
                PathwayName = s.PathwayRole == null ? null : s.PathwayRole.Pathway!.Name,
                RoleTitle = s.PathwayRole == null ? null : s.PathwayRole.Title,
                RoleStep = s.PathwayRole == null ? (int?)null : s.PathwayRole.Step,
                PathwayRoles = db.PathwayRoles
                    .Where(r => s.PathwayRole != null && r.PathwayId == s.PathwayRole.PathwayId)
                    .Select(r => new { r.Title, r.Step })
                    .ToList(),

                // The current frameworks (reference data) with how many of their areas the person has assessed. An
                // assessment made under an earlier version still counts (it carries forward by area key).
                // The staff row inside the subquery is matched on "== s.Id" (EF makes that the LEFT JOIN's key; with
                // no key at all it asks for APPLY, which SQLite lacks) and filtered on the parameter (see EntitlementReader).
                Frameworks = db.CompetenceFrameworks
                    .Current()
                    .SelectMany(f => db.StaffMembers.Where(x => x.Id == staffMemberId), (f, x) => new { f, StaffId = x.Id })
                    .Where(fx => fx.StaffId == s.Id)
                    .Select(fx => fx.f)
                    .Select(f => new
                    {
                        f.Id,
                        f.Name,
                        f.Version,
                        f.Audience,
                        AreaCount = f.Areas.Count,
                        Assessed = f.Areas.Count(a => db.StageAssessments.Any(x => x.StaffMemberId == staffMemberId && db.CompetenceAreas.Any(y => y.Id == x.AreaId && y.Key == a.Key))),
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (me is null)
        {
            return null;
        }

        string? pathwayName = null;
        string? currentRole = null;
        IReadOnlyList<string> nextRoles = [];
        if (me.RoleStep is { } step)
        {
            // CareerPathway.NextRolesAfter's rule: the roles on the first step above the person's, by title.
            pathwayName = me.PathwayName;
            currentRole = me.RoleTitle;
            var higher = me.PathwayRoles.Where(r => r.Step > step).ToList();
            nextRoles = higher.Count == 0
                ? []
                : higher.Where(r => r.Step == higher.Min(h => h.Step)).Select(r => r.Title).Order(StringComparer.Ordinal).ToList();
        }

        var registered = me.RegistrationNumber is not null;

        var frameworkRows = me.Frameworks
            .Where(f => CompetenceFramework.Includes(f.Audience, registered))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var frameworks = frameworkRows.Select(f => new FrameworkSummary(f.Id, f.Name, f.Version, f.AreaCount)).ToList();

        // Social Work England's yearly CPD rule (registered social workers only) and the entitlement read one span. The
        // registration criteria come from each entry's stored assessment (docs/adr/0039, two outer joins on keys in the
        // same command): no writing is read and no pairs compared unless a stored row cannot stand (then the year's and
        // the year before's writing is read and assessed, one more command, as before).
        var registrationYear = registered ? settings.RegistrationRule.Year.PeriodContaining(today) : learningYear;
        var spanStart = registrationYear.Start < learningYear.Start ? registrationYear.Start : learningYear.Start;
        var spanEnd = registrationYear.End > learningYear.End ? registrationYear.End : learningYear.End;
        var entries = await (
                from a in db.CpdActivities.Where(a => a.StaffMemberId == staffMemberId && a.Date >= spanStart && a.Date <= spanEnd)
                join x in db.EntryAssessments on a.Id equals x.ActivityId into xs
                from x in xs.DefaultIfEmpty()
                join c in db.CpdActivities on x.NearCopyOfId equals (int?)c.Id into cs
                from c in cs.DefaultIfEmpty()
                select new
                {
                    Entry = new EntitlementEntry(a.Id, a.Title, a.Date, a.Hours, a.Certificated, a.Status, a.Method!.CountsTowardsEntitlement),
                    Criteria = new StoredCriteriaRow(
                        a.StaffMemberId, a.Id, a.Title, a.Date, a.Status, (int?)x.LearntWords, (int?)x.ImpactWords, (int?)x.ReflectionWords,
                        (DateOnly?)x.ComparedFrom, x.NearCopyOfId, x.NearCopySimilarity, c.Title, (DateOnly?)c.Date),
                })
            .ToListAsync(ct);
        var entitlement = EntitlementReader.FromEntries(settings, today, entries.Select(e => e.Entry), new PersonInPost(me.FullTimeEquivalent, me.StartDate, me.LeaveDate));
        RegistrationStatus? registration = null;
        if (registered)
        {
            var assessed = StoredCriteria.Assess(entries.Where(e => registrationYear.Contains(e.Entry.Date)).Select(e => e.Criteria), registrationYear)
                ?? StoredCriteria.InYear(await RegistrationQueries.AssessAsync(db, staffMemberId, registrationYear, ct), registrationYear);
            registration = RegistrationCompliance.EvaluateAssessed(settings.RegistrationRule, assessed, today);
        }

        var progress = new PractitionerProgress(me.Plan, me.Unread, frameworkRows.Sum(f => f.Assessed), frameworks.Sum(f => f.AreaCount));
        var due = me.SupervisorId is null
            ? null
            : SupervisionDue.From(me.StartDate, me.LastSession, me.Policy?.FollowsAsyeSchedule, me.Policy?.Frequency, today);

        return new PractitionerSummary(
            me.JobTitle,
            me.TeamName,
            me.SupervisorName,
            me.RegistrationNumber,
            me.EmploymentType,
            me.StartDate,
            pathwayName,
            currentRole,
            nextRoles,
            frameworks,
            registration,
            progress,
            entitlement,
            due);
    }

    /// <summary>
    /// What needs the supervisor first: who is overdue or due soon for supervision or has something awaiting them
    /// (the same rows and order as /supervision), how many plans wait for their review and how many course follow-ups.
    /// </summary>
    private async Task<SupervisorSummary> GetSupervisorAsync(int supervisorId, CancellationToken ct)
    {
        var (rows, followUpsWaiting) = await supervisees.RowsAndFollowUpsAsync(supervisorId, ct);
        var needing = rows.Where(r => r.DueStatus != SupervisionDueStatus.OnTime || r.AwaitingMe > 0).ToList();
        return new SupervisorSummary(
            needing.Take(SuperviseesShown).ToList(),
            needing.Count,
            rows.Count(r => r.DueStatus == SupervisionDueStatus.Overdue),
            rows.Count(r => r.DueStatus == SupervisionDueStatus.DueSoon),
            rows.Count,
            rows.Sum(r => r.PlansToReview),
            followUpsWaiting);
    }

    private async Task<LearningSummary> GetLearningAsync(CancellationToken ct)
    {
        var frameworks = await db.CompetenceFrameworks.Current().CountAsync(ct);
        var areas = await db.CompetenceAreas.OfCurrentFrameworks().CountAsync(ct);
        var pathways = await db.CareerPathways.CountAsync(ct);
        var roles = await db.PathwayRoles.CountAsync(ct);
        var rolesWithout = await db.PathwayRoles.CountAsync(r => !r.Expectations.Any(), ct);
        var byStage = await db.PathwayRoles
            .SelectMany(r => r.Expectations)
            .GroupBy(e => e.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var stageCounts = DreyfusStages.All
            .Select(d => new StageCount(d.Stage, byStage.FirstOrDefault(b => b.Stage == d.Stage)?.Count ?? 0))
            .ToList();
        return new LearningSummary(frameworks, areas, pathways, roles, rolesWithout, stageCounts);
    }

    private async Task<AdministratorSummary> GetAdministratorAsync(DateOnly today, CancellationToken ct)
    {
        var yearAgo = today.AddYears(-1);

        // One pass over current staff, grouped by team; totals are the sum of the groups.
        var byTeam = await db.StaffMembers
            .InPostOn(today)
            .GroupBy(s => s.TeamId)
            .Select(g => new
            {
                TeamId = g.Key,
                Count = g.Count(),
                Registered = g.Count(s => s.RegistrationNumber != null),
                Agency = g.Count(s => s.EmploymentType == Domain.Workforce.EmploymentType.Agency),
                WithoutSupervisor = g.Count(s => s.SupervisorId == null),
            })
            .ToListAsync(ct);
        var leavers = await db.StaffMembers.CountAsync(s => s.LeaveDate != null && s.LeaveDate > yearAgo && s.LeaveDate < today, ct);
        var teams = await db.Teams
            .Where(t => t.RetiredOn == null)
            .OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name })
            .ToListAsync(ct);

        var headcounts = teams
            .Select(t =>
            {
                var group = byTeam.Find(g => g.TeamId == t.Id);
                return new TeamHeadcount(t.Id, t.Name, group?.Count ?? 0, group?.Agency ?? 0);
            })
            .ToList();
        return new AdministratorSummary(
            byTeam.Sum(g => g.Count),
            byTeam.Sum(g => g.Registered),
            byTeam.Sum(g => g.Agency),
            leavers,
            byTeam.Sum(g => g.WithoutSupervisor),
            headcounts);
    }
}
