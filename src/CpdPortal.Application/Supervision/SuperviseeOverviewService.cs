using System.Globalization;
using CpdPortal.Application.Activities;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Application.Planning;
using CpdPortal.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>
/// /supervision/{staffId}: a current supervisee's record as the practitioner pages show it, read-only, plus the
/// supervision record. Null for anyone who is not the supervisor's current supervisee, so the page answers 404.
/// </summary>
public sealed class SuperviseeOverviewService(
    ICpdPortalDbContext db,
    TimeProvider clock,
    ActivityService activities,
    SelfAssessmentService assessments,
    PlanService plans,
    IAuditLog audit)
{
    public const int RecentSessionsShown = 5;

    public async Task<SuperviseeOverview?> GetAsync(int supervisorId, int staffMemberId, ActivityListQuery activityQuery, CancellationToken ct = default)
    {
        var today = clock.UkToday();

        // The access rule, the header, the supervision due date and the number of sessions in one command (ADR 0026).
        var person = await SuperviseeAccess.CurrentSuperviseesOf(db, supervisorId, today)
            .Where(s => s.Id == staffMemberId)
            .Select(s => new
            {
                Header = new SuperviseeHeader(
                    s.Id,
                    s.GivenName + " " + s.FamilyName,
                    s.JobTitle,
                    s.Team!.Name,
                    db.PathwayRoles.Where(r => r.Id == s.PathwayRoleId).Select(r => r.Title).FirstOrDefault(),
                    s.RegistrationNumber != null),
                s.StartDate,
                Last = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id).Max(x => (DateOnly?)x.Date),
                Policy = db.SupervisionPolicies.Where(p => p.PathwayRoleId == s.PathwayRoleId).Select(p => new { p.FollowsAsyeSchedule, p.Frequency }).FirstOrDefault(),
                Sessions = db.SupervisionSessions.Count(x => x.SuperviseeId == s.Id),
            })
            .SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        // The sessions' count came with the person: the newest few are one more command (docs/adr/0031).
        var sessions = await SupervisionReads.SessionRowsAsync(db, staffMemberId, 0, RecentSessionsShown, ct);
        return new SuperviseeOverview(
            person.Header,
            SupervisionDue.From(person.StartDate, person.Last, person.Policy?.FollowsAsyeSchedule, person.Policy?.Frequency, today),
            await activities.ListAsync(staffMemberId, activityQuery, ct),
            await assessments.GetOverviewAsync(staffMemberId, ct),
            await plans.GetAsync(staffMemberId, ct),
            sessions,
            person.Sessions,
            await SupervisionReads.OpenActionsAsync(db, staffMemberId, today, ct));
    }

    /// <summary>One page of all the supervisee's sessions (older ones than the overview shows).</summary>
    public async Task<(SuperviseeHeader Supervisee, PagedResult<SessionRow> Sessions)?> SessionsAsync(int supervisorId, int staffMemberId, int page, CancellationToken ct = default)
    {
        if (!await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, staffMemberId, clock.UkToday(), ct))
        {
            return null;
        }

        var header = await SupervisionReads.HeaderAsync(db, staffMemberId, ct);
        return (header!, await SupervisionReads.SessionsAsync(db, staffMemberId, page, Paging.DefaultPageSize, ct));
    }

    /// <summary>One CPD entry of the supervisee, read-only.</summary>
    public async Task<(SuperviseeHeader Supervisee, ActivityDetail Activity)?> ActivityAsync(int supervisorId, int staffMemberId, int activityId, CancellationToken ct = default)
    {
        if (!await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, staffMemberId, clock.UkToday(), ct))
        {
            return null;
        }

        var activity = await activities.GetAsync(staffMemberId, activityId, ct);
        if (activity is null)
        {
            return null;
        }

        // The supervisor reads the supervisee's reflection: audited like a read of a supervision record (issue 14).
        await audit.RecordAsync(AuditActions.CpdEntryRead, AuditEntityTypes.CpdActivity, activityId.ToString(CultureInfo.InvariantCulture), ct);
        return ((await SupervisionReads.HeaderAsync(db, staffMemberId, ct))!, activity);
    }
}
