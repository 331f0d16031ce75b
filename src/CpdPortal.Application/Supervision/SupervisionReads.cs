using CpdPortal.Application.Common;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>Projections the supervisor pages share: who the page is about, their sessions and their open actions.</summary>
internal static class SupervisionReads
{
    public static Task<SuperviseeHeader?> HeaderAsync(ICpdPortalDbContext db, int staffMemberId, CancellationToken ct) =>
        db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => new SuperviseeHeader(
                s.Id,
                s.GivenName + " " + s.FamilyName,
                s.JobTitle,
                s.Team!.Name,
                db.PathwayRoles.Where(r => r.Id == s.PathwayRoleId).Select(r => r.Title).FirstOrDefault(),
                s.RegistrationNumber != null))
            .SingleOrDefaultAsync(ct);

    /// <summary>One page of a supervisee's sessions, newest first, whoever wrote them.</summary>
    public static async Task<PagedResult<SessionRow>> SessionsAsync(ICpdPortalDbContext db, int superviseeId, int page, int pageSize, CancellationToken ct)
    {
        var sessions = db.SupervisionSessions.Where(x => x.SuperviseeId == superviseeId);
        var total = await sessions.CountAsync(ct);
        page = Paging.PageToShow(page, total, pageSize);
        var rows = await SessionRowsAsync(db, superviseeId, (page - 1) * pageSize, pageSize, ct);
        return new PagedResult<SessionRow>(rows, page, pageSize, total);
    }

    /// <summary>Sessions <paramref name="skip"/> onwards, newest first, whoever wrote them (one command).</summary>
    public static async Task<IReadOnlyList<SessionRow>> SessionRowsAsync(ICpdPortalDbContext db, int superviseeId, int skip, int take, CancellationToken ct) =>
        await (
                from x in db.SupervisionSessions.Where(x => x.SuperviseeId == superviseeId)
                join s in db.StaffMembers on x.SupervisorId equals s.Id
                orderby x.Date descending, x.Id descending
                select new SessionRow(
                    x.Id,
                    x.Date,
                    x.Type,
                    x.Hours,
                    s.GivenName + " " + s.FamilyName,
                    x.AcknowledgedAt != null,
                    x.Actions.Count(a => a.Status == ActionStatus.Open)))
            .Skip(skip)
            .Take(take)
            .ToListAsync(ct);

    /// <summary>Every open action from the supervisee's sessions, soonest due first.</summary>
    public static async Task<IReadOnlyList<OpenActionRow>> OpenActionsAsync(ICpdPortalDbContext db, int superviseeId, DateOnly today, CancellationToken ct)
    {
        var rows = await db.SupervisionSessions
            .Where(x => x.SuperviseeId == superviseeId)
            .SelectMany(x => x.Actions.Where(a => a.Status == ActionStatus.Open), (x, a) => new { a.Id, SessionId = x.Id, x.Date, a.Text, a.Owner, a.DueDate })
            .ToListAsync(ct);
        return rows
            .OrderBy(a => a.DueDate)
            .ThenBy(a => a.Id)
            .Select(a => new OpenActionRow(a.Id, a.SessionId, a.Date, a.Text, a.Owner, a.DueDate, a.DueDate < today))
            .ToList();
    }
}
