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
    int PlansToReview,
    int AwaitingMe);

/// <summary>
/// "My supervisees": only the signed-in supervisor's current supervisees (not leavers), most urgent first.
/// A fixed handful of grouped queries for the whole page, whatever its size; the due-date rule comes from the domain.
/// </summary>
public sealed class SuperviseeListService(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<SuperviseeRow>> ListAsync(int supervisorId, int page, CancellationToken ct = default)
    {
        var rows = await RowsAsync(supervisorId, ct);
        var pageSize = Paging.DefaultPageSize;
        var current = Math.Min(Paging.Normalise(page), Math.Max(1, (int)Math.Ceiling(rows.Count / (double)pageSize)));
        return new PagedResult<SuperviseeRow>(rows.Skip((current - 1) * pageSize).Take(pageSize).ToList(), current, pageSize, rows.Count);
    }

    /// <summary>Every current supervisee, most urgent first (overdue, then due soon, then by due date).</summary>
    public async Task<IReadOnlyList<SuperviseeRow>> RowsAsync(int supervisorId, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var settings = await db.PortalSettingsAsync(ct);
        var yearStart = settings.LearningYear.PeriodContaining(today).Start;

        var people = await SuperviseeAccess.CurrentSuperviseesOf(db, supervisorId, today)
            .Select(s => new
            {
                s.Id,
                Name = s.GivenName + " " + s.FamilyName,
                s.JobTitle,
                TeamName = s.Team!.Name,
                s.StartDate,
                s.PathwayRoleId,
            })
            .ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();

        // One grouped query per fact, for all supervisees at once (not one per row).
        var lastSessions = await db.SupervisionSessions
            .Where(x => ids.Contains(x.SuperviseeId))
            .GroupBy(x => x.SuperviseeId)
            .Select(g => new { Id = g.Key, Last = g.Max(x => x.Date) })
            .ToDictionaryAsync(x => x.Id, x => x.Last, ct);
        var plans = await db.DevelopmentPlans
            .Where(p => ids.Contains(p.StaffMemberId) && (p.YearStart == yearStart || p.Status == PlanStatus.Submitted))
            .Select(p => new { p.StaffMemberId, p.YearStart, p.Status })
            .ToListAsync(ct);
        var plansOf = plans.ToLookup(p => p.StaffMemberId);

        // A self-assessment awaits validation when no validation of that area came after it.
        var assessments = await db.StageAssessments
            .Where(a => ids.Contains(a.StaffMemberId))
            .GroupBy(a => new { a.StaffMemberId, a.AreaId })
            .Select(g => new
            {
                g.Key.StaffMemberId,
                LastSelf = g.Where(a => a.Kind == AssessmentKind.SelfAssessment).Max(a => (int?)a.Id),
                LastValidation = g.Where(a => a.Kind == AssessmentKind.Validation).Max(a => (int?)a.Id),
            })
            .ToListAsync(ct);
        var assessmentsAwaiting = assessments
            .Where(a => a.LastSelf is { } self && self > (a.LastValidation ?? 0))
            .GroupBy(a => a.StaffMemberId)
            .ToDictionary(g => g.Key, g => g.Count());

        var policies = await db.SupervisionPolicies.AsNoTracking().ToDictionaryAsync(p => p.PathwayRoleId, p => p.Policy, ct);

        return people
            .Select(p =>
            {
                var policy = SupervisionDue.PolicyFor(policies, p.PathwayRoleId);
                DateOnly? last = lastSessions.TryGetValue(p.Id, out var l) ? l : null;
                var due = SupervisionSchedule.NextDue(policy, p.StartDate, last);
                var toReview = plansOf[p.Id].Count(x => x.Status == PlanStatus.Submitted);
                return new SuperviseeRow(
                    p.Id,
                    p.Name,
                    p.JobTitle,
                    p.TeamName,
                    last,
                    due,
                    SupervisionSchedule.StatusOn(due, today),
                    SupervisionSchedule.FrequencyOn(policy, p.StartDate, last is { } from && from >= p.StartDate ? from : p.StartDate),
                    plansOf[p.Id].Where(x => x.YearStart == yearStart).Select(x => (PlanStatus?)x.Status).FirstOrDefault(),
                    toReview,
                    toReview + assessmentsAwaiting.GetValueOrDefault(p.Id));
            })
            .OrderByDescending(r => r.DueStatus)
            .ThenBy(r => r.NextDue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}
