using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Planning;

/// <summary>
/// A practitioner's CPD plan for one learning year: goals, and the history of its review.
/// Draft → Submitted → Approved, or → Changes requested → (edited) → Submitted again.
/// </summary>
public sealed class DevelopmentPlan
{
    public const int CommentMaxLength = 1000;

    private readonly List<PlanGoal> _goals = [];
    private readonly List<PlanTransition> _transitions = [];

    private DevelopmentPlan()
    {
    }

    private DevelopmentPlan(int staffMemberId, DateOnly yearStart, DateTimeOffset now)
    {
        StaffMemberId = staffMemberId;
        YearStart = yearStart;
        Status = PlanStatus.Draft;
        CreatedAt = now;
        Touch(now);
    }

    public int Id { get; private set; }

    public int StaffMemberId { get; private set; }

    /// <summary>The first day of the learning year the plan is for; one plan per person per year.</summary>
    public DateOnly YearStart { get; private set; }

    public PlanStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Goes up with every change: two people acting on the same plan at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<PlanGoal> Goals => _goals.AsReadOnly();

    public IReadOnlyCollection<PlanTransition> Transitions => _transitions.AsReadOnly();

    /// <summary>Only a draft, or a plan sent back for changes, can be edited by its owner.</summary>
    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.ChangesRequested;

    public static DevelopmentPlan Start(int staffMemberId, DateOnly yearStart, DateTimeOffset now) => new(staffMemberId, yearStart, now);

    public PlanGoal AddGoal(GoalDetails details, DateOnly today, DateTimeOffset now)
    {
        EnsureEditable();
        Validate(details, today);
        var goal = new PlanGoal(details);
        _goals.Add(goal);
        Touch(now);
        return goal;
    }

    public void ChangeGoal(int goalId, GoalDetails details, DateOnly today, DateTimeOffset now)
    {
        EnsureEditable();
        Validate(details, today);
        Goal(goalId).Change(details);
        Touch(now);
    }

    public void RemoveGoal(int goalId, DateTimeOffset now)
    {
        EnsureEditable();
        _goals.Remove(Goal(goalId));
        Touch(now);
    }

    /// <summary>Progress on a goal can be recorded at any time, even on an approved plan.</summary>
    public void RecordProgress(int goalId, GoalStatus status, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainRuleException("goal.status", "Select the goal's progress");
        }

        Goal(goalId).Progress(status);
        Touch(now);
    }

    public void Submit(int byStaffId, DateTimeOffset now)
    {
        if (byStaffId != StaffMemberId)
        {
            throw new DomainRuleException("plan.owner", "Only the plan's owner can submit it");
        }

        if (!IsEditable)
        {
            throw new DomainRuleException("plan.state", Status == PlanStatus.Submitted ? "This plan has already been submitted" : "An approved plan cannot be submitted again");
        }

        if (_goals.Count == 0)
        {
            throw new DomainValidationException([new FieldError("Goals", "Add at least one goal before you submit your plan")]);
        }

        Move(PlanStatus.Submitted, byStaffId, null, now);
    }

    public void Approve(int supervisorStaffId, string? comment, DateTimeOffset now)
    {
        EnsureReviewable(supervisorStaffId);
        Move(PlanStatus.Approved, supervisorStaffId, CleanComment(comment, required: false), now);
    }

    public void RequestChanges(int supervisorStaffId, string? comment, DateTimeOffset now)
    {
        EnsureReviewable(supervisorStaffId);
        Move(PlanStatus.ChangesRequested, supervisorStaffId, CleanComment(comment, required: true), now);
    }

    private void EnsureReviewable(int supervisorStaffId)
    {
        if (supervisorStaffId == StaffMemberId)
        {
            throw new DomainRuleException("plan.self", "You cannot review your own plan");
        }

        if (Status != PlanStatus.Submitted)
        {
            throw new DomainRuleException("plan.state", "Only a submitted plan can be reviewed");
        }
    }

    private static string? CleanComment(string? comment, bool required)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return required ? throw new DomainValidationException([new FieldError("Comment", "Enter what needs to change")]) : null;
        }

        var trimmed = comment.Trim();
        return trimmed.Length > CommentMaxLength
            ? throw new DomainValidationException([new FieldError("Comment", $"The comment must be {CommentMaxLength} characters or fewer")])
            : trimmed;
    }

    private void Move(PlanStatus to, int byStaffId, string? comment, DateTimeOffset now)
    {
        _transitions.Add(new PlanTransition(Status, to, byStaffId, comment, now));
        Status = to;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainRuleException("plan.locked", Status == PlanStatus.Submitted
                ? "Your plan is with your supervisor for review and cannot be changed until they respond"
                : "Your plan has been approved and cannot be changed");
        }
    }

    private PlanGoal Goal(int goalId) =>
        _goals.Find(g => g.Id == goalId) ?? throw new DomainRuleException("goal.missing", "That goal is not in this plan");

    private static void Validate(GoalDetails details, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (details.AreaId <= 0)
        {
            errors.Add(new("AreaId", "Select the competence area this goal develops"));
        }

        if (details.TargetStage is null || !DreyfusStages.IsDefined(details.TargetStage.Value))
        {
            errors.Add(new("TargetStage", "Select the stage you aim to reach"));
        }

        if (details.TargetDate is null)
        {
            errors.Add(new("TargetDate", "Enter the date you aim to reach it by"));
        }
        else if (details.TargetDate < today)
        {
            errors.Add(new("TargetDate", "The target date must be today or in the future"));
        }

        if (string.IsNullOrWhiteSpace(details.PlannedActivities))
        {
            errors.Add(new("PlannedActivities", "Enter the activities or courses you plan to do"));
        }
        else if (details.PlannedActivities.Trim().Length > FieldLengths.LongText)
        {
            errors.Add(new("PlannedActivities", $"The planned activities must be {FieldLengths.LongText} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}

/// <summary>What a goal says; field names match the form's.</summary>
public sealed record GoalDetails(int AreaId, DreyfusStage? TargetStage, DateOnly? TargetDate, string? PlannedActivities);
