using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>
/// The one rule every supervisor page starts from: a supervisor reaches only their CURRENT supervisees (the staff
/// record's supervisor line today), neither of them having left. Continuity follows from it: when the line changes,
/// the old supervisor loses the person at once and the new one inherits their sessions, open actions and plans.
/// </summary>
internal static class SuperviseeAccess
{
    public static IQueryable<StaffMember> CurrentSuperviseesOf(ICpdPortalDbContext db, int supervisorId, DateOnly today)
    {
        var notLeft = db.StaffMembers.NotLeftBefore(today);
        return notLeft.Where(s => s.SupervisorId == supervisorId && notLeft.Any(me => me.Id == supervisorId));
    }

    public static Task<bool> IsCurrentSuperviseeAsync(ICpdPortalDbContext db, int supervisorId, int staffMemberId, DateOnly today, CancellationToken ct) =>
        CurrentSuperviseesOf(db, supervisorId, today).AnyAsync(s => s.Id == staffMemberId, ct);
}
