using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Planning;

/// <summary>
/// My CPD plan for the current learning year (/my/plan). The state machine is the domain's (DevelopmentPlan); this
/// loads and saves it, scoped to the signed-in staff member: a goal outside my current plan is "not found" (false).
/// Broken rules throw the domain's DomainValidationException or DomainRuleException and save nothing.
/// </summary>
public sealed class PlanService(ICpdPortalDbContext db, TimeProvider clock, IAuditLog audit)
{
    /// <summary>Where the supervisor reviews it.</summary>
    public const string ReviewLink = "/supervision/plans";

    public async Task<MyPlan> GetAsync(int staffMemberId, CancellationToken ct = default)
    {
        var year = await LearningYears.ContainingAsync(db, clock.UkToday(), ct);
        return new MyPlan(year, await ViewAsync(db, db.DevelopmentPlans.Where(p => p.StaffMemberId == staffMemberId && p.YearStart == year.Start), ct));
    }

    /// <summary>The plan the query selects (at most one) with its goals and history, or null. Shared with the supervisor's review.</summary>
    internal static async Task<PlanView?> ViewAsync(ICpdPortalDbContext db, IQueryable<DevelopmentPlan> plans, CancellationToken ct)
    {
        var plan = await plans
            .Select(p => new { p.Id, p.Status, p.UpdatedAt })
            .SingleOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var goals = await (
                from g in plans.SelectMany(p => p.Goals)
                join a in db.CompetenceAreas on g.AreaId equals a.Id
                orderby g.TargetDate, g.Id
                select new GoalRow(g.Id, g.AreaId, a.Name, g.TargetStage, g.TargetDate, g.PlannedActivities, g.Status))
            .ToListAsync(ct);
        var history = await (
                from t in plans.SelectMany(p => p.Transitions)
                join s in db.StaffMembers on t.ByStaffId equals s.Id
                orderby t.At descending, t.Id descending
                select new TransitionRow(t.At, s.GivenName + " " + s.FamilyName, t.From, t.To, t.Comment))
            .ToListAsync(ct);

        var changes = plan.Status == PlanStatus.ChangesRequested
            ? history.Where(t => t.To == PlanStatus.ChangesRequested).Select(t => new ReviewComment(t.ByName, t.At, t.Comment)).FirstOrDefault()
            : null;
        var editable = plan.Status is PlanStatus.Draft or PlanStatus.ChangesRequested;
        return new PlanView(plan.Id, plan.Status, editable, plan.UpdatedAt, changes, goals, history);
    }

    /// <summary>Starts my plan for the current learning year; does nothing if it exists already.</summary>
    public async Task StartAsync(int staffMemberId, CancellationToken ct = default)
    {
        var year = await LearningYears.ContainingAsync(db, clock.UkToday(), ct);
        if (await db.DevelopmentPlans.AnyAsync(p => p.StaffMemberId == staffMemberId && p.YearStart == year.Start, ct))
        {
            return;
        }

        db.DevelopmentPlans.Add(DevelopmentPlan.Start(staffMemberId, year.Start, clock.GetUtcNow()));
        try
        {
            await SaveAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Started at the same moment in another tab: the unique index kept one plan, which is what was wanted.
        }
    }

    /// <summary>
    /// The goal form for a new goal (<paramref name="goalId"/> null) or one of my goals. Null when I have no plan
    /// this year, or the goal is not in it.
    /// </summary>
    public async Task<GoalForm?> GetGoalFormAsync(int staffMemberId, int? goalId, CancellationToken ct = default)
    {
        var year = await LearningYears.ContainingAsync(db, clock.UkToday(), ct);
        var plans = db.DevelopmentPlans.Where(p => p.StaffMemberId == staffMemberId && p.YearStart == year.Start);
        var status = await plans.Select(p => (PlanStatus?)p.Status).SingleOrDefaultAsync(ct);
        if (status is null)
        {
            return null;
        }

        GoalDetails? goal = null;
        if (goalId is { } id)
        {
            goal = await plans
                .SelectMany(p => p.Goals)
                .Where(g => g.Id == id)
                .Select(g => new GoalDetails(g.AreaId, g.TargetStage, g.TargetDate, g.PlannedActivities))
                .SingleOrDefaultAsync(ct);
            if (goal is null)
            {
                return null;
            }
        }

        var registered = await MyCompetence.IsRegisteredAsync(db, staffMemberId, ct) ?? false;
        var areas = (await MyCompetence.AreasAsync(db, registered, ct))
            .Select(a => new AreaOption(a.AreaId, a.Name, a.FrameworkName))
            .ToList();
        var editable = status is PlanStatus.Draft or PlanStatus.ChangesRequested;
        return new GoalForm(status.Value, editable, goal, areas);
    }

    /// <summary>
    /// Adds a goal to my plan, once per form instance: a repeat answers with the goal the first post added
    /// (docs/adr/0017-one-record-per-form-submission.md). Null when I have no plan this year.
    /// </summary>
    public async Task<Submission?> AddGoalAsync(int staffMemberId, GoalDetails details, FormInstance? form, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        if (await OncePerForm.EarlierAsync(db, form, SubmittedRecords.PlanGoal, ct) is { } earlier)
        {
            return earlier;
        }

        var plan = await LoadAsync(staffMemberId, ct);
        if (plan is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var goal = plan.AddGoal(await OnlyMyAreaAsync(staffMemberId, details, ct), clock.UkToday(), now);
        try
        {
            Action<int>? alongside = confirmed is null ? null : id => confirmed.AddTo(db, audit, staffMemberId, ConfirmedRecordTypes.PlanGoal, id, now);
            return await OncePerForm.SaveWithAsync(db, form, SubmittedRecords.PlanGoal, () => goal.Id, now, alongside, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw PlanChanged();
        }
    }

    /// <summary>Changes one of my goals, with the identifying details I confirmed in the same save. False when it is not in my current plan.</summary>
    public async Task<bool> ChangeGoalAsync(int staffMemberId, int goalId, GoalDetails details, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        var plan = await LoadAsync(staffMemberId, ct);
        if (plan is null || !plan.Goals.Any(g => g.Id == goalId))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        plan.ChangeGoal(goalId, await OnlyMyAreaAsync(staffMemberId, details, ct), clock.UkToday(), now);
        confirmed?.AddTo(db, audit, staffMemberId, ConfirmedRecordTypes.PlanGoal, goalId, now);
        await SaveAsync(ct);
        return true;
    }

    /// <summary>Removes one of my goals. False when it is not in my current plan.</summary>
    public async Task<bool> RemoveGoalAsync(int staffMemberId, int goalId, CancellationToken ct = default)
    {
        var plan = await LoadAsync(staffMemberId, ct);
        if (plan is null || !plan.Goals.Any(g => g.Id == goalId))
        {
            return false;
        }

        plan.RemoveGoal(goalId, clock.GetUtcNow());
        await SaveAsync(ct);
        return true;
    }

    /// <summary>Records progress on one of my goals, whatever the plan's state. False when it is not in my current plan.</summary>
    public async Task<bool> RecordProgressAsync(int staffMemberId, int goalId, GoalStatus status, CancellationToken ct = default)
    {
        var plan = await LoadAsync(staffMemberId, ct);
        if (plan is null || !plan.Goals.Any(g => g.Id == goalId))
        {
            return false;
        }

        plan.RecordProgress(goalId, status, clock.GetUtcNow());
        await SaveAsync(ct);
        return true;
    }

    /// <summary>
    /// Submits my plan for review and tells my supervisor (if I have one) in the same save. False when I have no
    /// plan this year. The notification names me and links to the review list; it carries none of the plan's text.
    /// </summary>
    public async Task<bool> SubmitAsync(int staffMemberId, CancellationToken ct = default)
    {
        var plan = await LoadAsync(staffMemberId, ct);
        if (plan is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        plan.Submit(staffMemberId, now);
        var me = await db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => new { Name = s.GivenName + " " + s.FamilyName, s.SupervisorId })
            .SingleAsync(ct);
        if (me.SupervisorId is { } supervisorId)
        {
            db.Notifications.Add(new Notification(supervisorId, $"{me.Name} has submitted a CPD plan for review", ReviewLink, now, NotificationKind.PlanSubmitted));
        }

        await SaveAsync(ct);
        return true;
    }

    private async Task<DevelopmentPlan?> LoadAsync(int staffMemberId, CancellationToken ct)
    {
        var year = await LearningYears.ContainingAsync(db, clock.UkToday(), ct);
        return await db.DevelopmentPlans
            .Include(p => p.Goals)
            .SingleOrDefaultAsync(p => p.StaffMemberId == staffMemberId && p.YearStart == year.Start, ct);
    }

    /// <summary>An area outside my frameworks counts as no area chosen, so the domain asks for one.</summary>
    private async Task<GoalDetails> OnlyMyAreaAsync(int staffMemberId, GoalDetails details, CancellationToken ct) =>
        await MyCompetence.IsMyAreaAsync(db, staffMemberId, details.AreaId, ct) ? details : details with { AreaId = 0 };

    /// <summary>
    /// Saves a change to a plan. The plan's version is a concurrency token: if someone else changed it since it was
    /// read (another tab, or the supervisor reviewing it), nothing is overwritten and the person is asked to look again.
    /// </summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw PlanChanged();
        }
    }

    private static DomainRuleException PlanChanged() =>
        new("plan.changed", "Your plan was changed at the same time by someone else or in another tab. Check it and try again.");
}
