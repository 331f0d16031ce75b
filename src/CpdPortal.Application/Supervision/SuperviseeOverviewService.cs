using System.Globalization;
using CpdPortal.Application.Activities;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
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
    IAuditLog audit)
{
    public const int RecentSessionsShown = 5;

    /// <summary>
    /// Five commands of its own whatever the size of the council and the person's history (docs/adr/0034): the person
    /// with the access rule, the supervision facts and their assessments; their CPD entries; their sessions with open
    /// actions; this year's plan with goals and history; the framework areas for the stages table.
    /// </summary>
    public async Task<SuperviseeOverview?> GetAsync(int supervisorId, int staffMemberId, int? year, int? page, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var settings = await db.PortalSettingsAsync(ct);

        // The access rule, the header, the supervision due date, the number of sessions and the assessment history in
        // one command. The assessments also filter on the parameter (see EntitlementReader: SQLite does not push the
        // outer key into the derived table of a collection projection).
        var person = await SuperviseeAccess.CurrentSuperviseesOf(db, supervisorId, today)
            .AsNoTracking()
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
                InPost = new PersonInPost(s.FullTimeEquivalent, s.StartDate, s.LeaveDate),
                s.StartDate,
                Last = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id).Max(x => (DateOnly?)x.Date),
                Policy = db.SupervisionPolicies.Where(p => p.PathwayRoleId == s.PathwayRoleId).Select(p => new { p.FollowsAsyeSchedule, p.Frequency }).FirstOrDefault(),
                Sessions = db.SupervisionSessions.Count(x => x.SuperviseeId == s.Id),
                Assessments = db.StageAssessments.Where(a => a.StaffMemberId == s.Id && a.StaffMemberId == staffMemberId).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var learningYear = settings.LearningYear.PeriodContaining(today);
        var activities = await SuperviseeOverviewReads.ActivitiesAsync(db, settings, staffMemberId, person.InPost, year, page, today, ct);
        var (recent, openActions) = await SuperviseeOverviewReads.SessionsAndActionsAsync(db, staffMemberId, RecentSessionsShown, today, ct);
        var plan = await SuperviseeOverviewReads.PlanAsync(db, staffMemberId, learningYear.Start, ct);
        var stages = await SuperviseeOverviewReads.StagesAsync(db, person.Header.IsRegistered, person.Assessments, ct);
        return new SuperviseeOverview(
            person.Header,
            SupervisionDue.From(person.StartDate, person.Last, person.Policy?.FollowsAsyeSchedule, person.Policy?.Frequency, today),
            activities,
            stages,
            new MyPlan(learningYear, plan),
            recent,
            person.Sessions,
            openActions);
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
