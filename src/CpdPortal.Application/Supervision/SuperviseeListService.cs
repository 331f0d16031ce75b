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
/// One projected command for the whole page, whatever its size; the due-date rule comes from the domain.
/// </summary>
public sealed class SuperviseeListService(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<SuperviseeRow>> ListAsync(int supervisorId, int? page, CancellationToken ct = default) =>
        (await RowsAsync(supervisorId, ct)).ToPage(page, Paging.DefaultPageSize);

    /// <summary>Every current supervisee, most urgent first (overdue, then due soon, then by due date).</summary>
    public async Task<IReadOnlyList<SuperviseeRow>> RowsAsync(int supervisorId, CancellationToken ct = default) =>
        (await RowsAndFollowUpsAsync(supervisorId, ct)).Rows;

    /// <summary>
    /// The rows of <see cref="RowsAsync"/> and how many course follow-ups of these supervisees wait for an answer (what
    /// PracticeFollowUpService.WaitingCountAsync counts), in the same one command (docs/adr/0031): the home page.
    /// </summary>
    public async Task<(IReadOnlyList<SuperviseeRow> Rows, int FollowUpsWaiting)> RowsAndFollowUpsAsync(int supervisorId, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var settings = await db.PortalSettingsAsync(ct);
        var yearStart = settings.LearningYear.PeriodContaining(today).Start;

        // One command for the whole list (ADR 0026): each fact is a correlated subquery on an index keyed by the
        // supervisee, so the cost follows the supervisor's dozen people, never the council's size.
        var people = await SuperviseeAccess.CurrentSuperviseesOf(db, supervisorId, today)
            .Select(s => new
            {
                s.Id,
                Name = s.GivenName + " " + s.FamilyName,
                s.JobTitle,
                TeamName = s.Team!.Name,
                s.StartDate,
                Last = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id).Max(x => (DateOnly?)x.Date),
                Policy = db.SupervisionPolicies.Where(p => p.PathwayRoleId == s.PathwayRoleId).Select(p => new { p.FollowsAsyeSchedule, p.Frequency }).FirstOrDefault(),
                Plan = db.DevelopmentPlans.Where(p => p.StaffMemberId == s.Id && p.YearStart == yearStart).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
                PlansToReview = db.DevelopmentPlans.Count(p => p.StaffMemberId == s.Id && p.Status == PlanStatus.Submitted),

                // A self-assessment awaits validation when it is the latest assessment of its area (no validation came after it).
                AssessmentsAwaiting = db.StageAssessments.Count(a => a.StaffMemberId == s.Id
                                                                     && a.Kind == AssessmentKind.SelfAssessment
                                                                     && !db.StageAssessments.Any(b => b.StaffMemberId == s.Id && b.AreaId == a.AreaId && b.Id > a.Id)),
                FollowUpsWaiting = db.PracticeFollowUps.Count(f => f.StaffMemberId == s.Id && f.AnsweredAt == null),
            })
            .ToListAsync(ct);

        var rows = people
            .Select(p =>
            {
                var policy = p.Policy is null ? SupervisionPolicy.MonthlyPolicy : new SupervisionPolicy(p.Policy.FollowsAsyeSchedule, p.Policy.Frequency);
                var due = SupervisionSchedule.NextDue(policy, p.StartDate, p.Last);
                return new SuperviseeRow(
                    p.Id,
                    p.Name,
                    p.JobTitle,
                    p.TeamName,
                    p.Last,
                    due,
                    SupervisionSchedule.StatusOn(due, today),
                    SupervisionSchedule.FrequencyOn(policy, p.StartDate, p.Last is { } from && from >= p.StartDate ? from : p.StartDate),
                    p.Plan,
                    p.PlansToReview,
                    p.PlansToReview + p.AssessmentsAwaiting);
            })
            .OrderByDescending(r => r.DueStatus)
            .ThenBy(r => r.NextDue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return (rows, people.Sum(p => p.FollowUpsWaiting));
    }
}
