using CpdPortal.Application.Common;
using CpdPortal.Application.Planning;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>The supervisor's decision on a submitted plan.</summary>
public enum PlanDecision
{
    Approve = 1,
    RequestChanges = 2,
}

/// <summary>
/// /supervision/plans: plans my current supervisees have submitted, and my decision on each. The plan's version
/// travels with the form, so a decision taken on a plan that changed since the page was read (another supervisor,
/// the practitioner withdrawing it) is refused rather than overwriting what happened.
/// </summary>
public sealed class PlanReviewService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const string PractitionerLink = "/my/plan";

    public Task<PagedResult<PlanAwaitingReview>> AwaitingAsync(int supervisorId, int? page, CancellationToken ct = default)
    {
        var mine = SuperviseeAccess.CurrentSuperviseesOf(db, supervisorId, clock.UkToday()).Select(s => s.Id);
        return db.DevelopmentPlans
            .Where(p => p.Status == PlanStatus.Submitted && mine.Contains(p.StaffMemberId))
            .Join(db.StaffMembers, p => p.StaffMemberId, s => s.Id, (p, s) => new { p, s })
            .OrderBy(x => x.p.UpdatedAt).ThenBy(x => x.p.Id)
            .ToPageAsync(
                page,
                Paging.DefaultPageSize,
                x => new PlanAwaitingReview(x.p.Id, x.s.Id, x.s.GivenName + " " + x.s.FamilyName, x.s.Team!.Name, x.p.YearStart, x.p.UpdatedAt, x.p.Goals.Count),
                ct);
    }

    /// <summary>Any plan (any state) of a current supervisee, with its history; null otherwise.</summary>
    public async Task<PlanForReview?> GetAsync(int supervisorId, int planId, CancellationToken ct = default)
    {
        var plan = await db.DevelopmentPlans.Where(p => p.Id == planId).Select(p => new { p.StaffMemberId, p.Version }).SingleOrDefaultAsync(ct);
        if (plan is null || !await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, plan.StaffMemberId, clock.UkToday(), ct))
        {
            return null;
        }

        var view = await PlanService.ViewAsync(db, db.DevelopmentPlans.Where(p => p.Id == planId), ct);
        return new PlanForReview((await SupervisionReads.HeaderAsync(db, plan.StaffMemberId, ct))!, view!, plan.Version);
    }

    /// <summary>
    /// Approves or sends back a plan and tells its owner in the same save (the notification carries no comment).
    /// False when the plan is not a current supervisee's. Throws the domain's errors for a plan that is not
    /// submitted or a missing/too long comment, and a rule error when the plan changed since <paramref name="version"/>.
    /// </summary>
    public async Task<bool> DecideAsync(int supervisorId, int planId, int version, PlanDecision decision, string? comment, CancellationToken ct = default)
    {
        var plan = await db.DevelopmentPlans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, plan.StaffMemberId, clock.UkToday(), ct))
        {
            return false;
        }

        if (plan.Version != version)
        {
            throw Changed();
        }

        var now = clock.GetUtcNow();
        string message;
        switch (decision)
        {
            case PlanDecision.Approve:
                plan.Approve(supervisorId, comment, now);
                message = "Your supervisor has approved your CPD plan";
                break;
            case PlanDecision.RequestChanges:
                plan.RequestChanges(supervisorId, comment, now);
                message = "Your supervisor has asked for changes to your CPD plan";
                break;
            default:
                throw new DomainValidationException([new FieldError("Decision", "Select whether you approve the plan or want changes")]);
        }

        db.Notifications.Add(new Notification(plan.StaffMemberId, message, PractitionerLink, now, NotificationKind.PlanDecided));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Changed();
        }

        return true;
    }

    private static DomainRuleException Changed() =>
        new("plan.changed", "This plan changed while you were reading it. Read it again before you decide.");
}
