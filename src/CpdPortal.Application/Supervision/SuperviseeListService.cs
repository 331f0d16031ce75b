using CpdPortal.Application.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>One supervisee as the supervisor's list shows them.</summary>
public sealed record SuperviseeRow(
    int StaffMemberId,
    string Name,
    string JobTitle,
    string TeamName,
    DateOnly? LastSession,
    DateOnly NextDue,
    SupervisionDueStatus DueStatus,
    SupervisionFrequency Frequency,
    PlanStatus? PlanStatus,
    int AwaitingMe);

/// <summary>
/// "My supervisees": only the signed-in supervisor's current supervisees (not leavers), most urgent first.
/// Four projected queries for the whole page, whatever its size; the due-date rule comes from the domain.
/// </summary>
public sealed class SuperviseeListService(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<SuperviseeRow>> ListAsync(int supervisorId, int page, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var settings = await db.Settings.AsNoTracking().SingleAsync(ct);
        var yearStart = settings.LearningYear.PeriodContaining(today).Start;

        var people = await db.StaffMembers
            .Where(s => s.SupervisorId == supervisorId && (s.LeaveDate == null || s.LeaveDate >= today)
                        && db.StaffMembers.Any(me => me.Id == supervisorId && (me.LeaveDate == null || me.LeaveDate >= today)))
            .Select(s => new
            {
                s.Id,
                Name = s.GivenName + " " + s.FamilyName,
                s.FamilyName,
                s.GivenName,
                s.JobTitle,
                TeamName = s.Team!.Name,
                s.StartDate,
                s.PathwayRoleId,
                LastSession = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id).Max(x => (DateOnly?)x.Date),
                PlanStatus = db.DevelopmentPlans.Where(p => p.StaffMemberId == s.Id && p.YearStart == yearStart).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
                PlansAwaiting = db.DevelopmentPlans.Count(p => p.StaffMemberId == s.Id && p.Status == PlanStatus.Submitted),
                AssessmentsAwaiting = db.StageAssessments.Count(a => a.StaffMemberId == s.Id && a.Kind == AssessmentKind.SelfAssessment
                    && !db.StageAssessments.Any(v => v.StaffMemberId == s.Id && v.AreaId == a.AreaId && v.Kind == AssessmentKind.Validation && v.Id > a.Id)),
            })
            .ToListAsync(ct);

        var policies = await db.SupervisionPolicies.AsNoTracking().ToDictionaryAsync(p => p.PathwayRoleId, p => p.Policy, ct);

        var rows = people
            .Select(p =>
            {
                var policy = SupervisionDue.PolicyFor(policies, p.PathwayRoleId);
                var due = SupervisionSchedule.NextDue(policy, p.StartDate, p.LastSession);
                return new SuperviseeRow(
                    p.Id,
                    p.Name,
                    p.JobTitle,
                    p.TeamName,
                    p.LastSession,
                    due,
                    SupervisionSchedule.StatusOn(due, today),
                    SupervisionSchedule.FrequencyOn(policy, p.StartDate, p.LastSession is { } last && last >= p.StartDate ? last : p.StartDate),
                    p.PlanStatus,
                    p.PlansAwaiting + p.AssessmentsAwaiting);
            })
            .OrderByDescending(r => r.DueStatus)
            .ThenBy(r => r.NextDue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

        var pageSize = Paging.DefaultPageSize;
        var current = Math.Min(Paging.Normalise(page), Math.Max(1, (int)Math.Ceiling(rows.Count / (double)pageSize)));
        return new PagedResult<SuperviseeRow>(rows.Skip((current - 1) * pageSize).Take(pageSize).ToList(), current, pageSize, rows.Count);
    }
}
