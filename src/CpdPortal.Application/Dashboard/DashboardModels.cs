using CpdPortal.Application.Activities;
using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Application.Dashboard;

/// <summary>Everything the home page shows; each part is present only for the roles that may see it.</summary>
public sealed record Dashboard(
    string DisplayName,
    IReadOnlyList<string> Roles,
    PractitionerSummary? Practitioner,
    SupervisorSummary? Supervisor,
    LearningSummary? Learning,
    AdministratorSummary? Administrator);

public sealed record PractitionerSummary(
    string JobTitle,
    string TeamName,
    string? SupervisorName,
    string? RegistrationNumber,
    EmploymentType EmploymentType,
    DateOnly StartDate,
    string? PathwayName,
    string? CurrentRole,
    IReadOnlyList<string> NextRoles,
    IReadOnlyList<FrameworkSummary> Frameworks,
    RegistrationStatus? Registration,
    PractitionerProgress Progress,
    EntitlementPanel Entitlement,
    NextSupervision? Supervision);

/// <summary>
/// My plan's status this learning year (null: no plan yet), my unread notifications, and how many areas of my
/// frameworks I have assessed.
/// </summary>
public sealed record PractitionerProgress(PlanStatus? PlanStatus, int UnreadNotifications, int AreasAssessed, int AreaCount);

public sealed record FrameworkSummary(int Id, string Name, int Version, int AreaCount);

/// <summary>
/// The supervisor's first concern: the supervisees needing attention (overdue or due soon for supervision, or with a
/// plan or stage awaiting them), most urgent first, up to a page; and the counts behind them.
/// </summary>
public sealed record SupervisorSummary(
    IReadOnlyList<SuperviseeRow> NeedingAttention,
    int NeedingAttentionCount,
    int Overdue,
    int DueSoon,
    int TotalSupervisees,
    int PlansAwaitingReview,
    int FollowUpsWaiting);

public sealed record LearningSummary(
    int FrameworkCount,
    int AreaCount,
    int PathwayCount,
    int RoleCount,
    int RolesWithoutExpectations,
    IReadOnlyList<StageCount> ExpectationsByStage);

public sealed record StageCount(DreyfusStage Stage, int Count);

public sealed record AdministratorSummary(
    int CurrentStaff,
    int RegisteredStaff,
    int AgencyStaff,
    int LeaversThisYear,
    int StaffWithoutSupervisor,
    IReadOnlyList<TeamHeadcount> Teams);

public sealed record TeamHeadcount(int TeamId, string Name, int Headcount, int Agency);
