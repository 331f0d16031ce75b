using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Planning;

/// <summary>/my/plan: the current learning year and my plan for it (null: not started yet).</summary>
public sealed record MyPlan(DatePeriod Year, PlanView? Plan);

public sealed record PlanView(
    int PlanId,
    PlanStatus Status,
    bool IsEditable,
    DateTimeOffset UpdatedAt,
    ReviewComment? ChangesRequested,
    IReadOnlyList<GoalRow> Goals,
    IReadOnlyList<TransitionRow> History);

/// <summary>The supervisor's comment when they asked for changes.</summary>
public sealed record ReviewComment(string ByName, DateTimeOffset At, string? Comment);

public sealed record GoalRow(int GoalId, int AreaId, string AreaName, DreyfusStage TargetStage, DateOnly TargetDate, string PlannedActivities, GoalStatus Status);

public sealed record TransitionRow(DateTimeOffset At, string ByName, PlanStatus From, PlanStatus To, string? Comment);

/// <summary>What the goal form needs: the areas of my frameworks and, when changing a goal, what it says now.</summary>
public sealed record GoalForm(PlanStatus Status, bool IsEditable, GoalDetails? Goal, IReadOnlyList<AreaOption> Areas);

public sealed record AreaOption(int AreaId, string Name, string FrameworkName);
