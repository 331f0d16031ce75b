using CpdPortal.Application.Common;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>When one person's next supervision is due, for their own home page.</summary>
public sealed record NextSupervision(DateOnly? LastSession, DateOnly Due, SupervisionDueStatus Status);

public static class SupervisionDue
{
    /// <summary>The supervision policy of a pathway role: its row if it has one, else monthly.</summary>
    public static SupervisionPolicy PolicyFor(IReadOnlyDictionary<int, SupervisionPolicy> byRole, int? pathwayRoleId) =>
        pathwayRoleId is { } role && byRole.TryGetValue(role, out var policy) ? policy : SupervisionPolicy.MonthlyPolicy;

    /// <summary>Null when the person has no supervisor.</summary>
    public static async Task<NextSupervision?> ForAsync(ICpdPortalDbContext db, int staffMemberId, DateOnly today, CancellationToken ct)
    {
        var person = await db.StaffMembers
            .Where(s => s.Id == staffMemberId && s.SupervisorId != null)
            .Select(s => new
            {
                s.StartDate,
                s.PathwayRoleId,
                Last = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id).Max(x => (DateOnly?)x.Date),
                Policy = db.SupervisionPolicies.Where(p => p.PathwayRoleId == s.PathwayRoleId).Select(p => new { p.FollowsAsyeSchedule, p.Frequency }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        return From(person.StartDate, person.Last, person.Policy?.FollowsAsyeSchedule, person.Policy?.Frequency, today);
    }

    /// <summary>The next supervision from facts a page has already read (its role's policy row, when it has one).</summary>
    public static NextSupervision From(DateOnly startDate, DateOnly? last, bool? followsAsyeSchedule, SupervisionFrequency? frequency, DateOnly today)
    {
        var policy = followsAsyeSchedule is { } asye && frequency is { } standard ? new SupervisionPolicy(asye, standard) : SupervisionPolicy.MonthlyPolicy;
        var due = SupervisionSchedule.NextDue(policy, startDate, last);
        return new NextSupervision(last, due, SupervisionSchedule.StatusOn(due, today));
    }
}
