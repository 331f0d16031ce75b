using CpdPortal.Application.Activities;
using CpdPortal.Application.Competence;
using CpdPortal.Application.Planning;
using CpdPortal.Domain.Supervision;

namespace CpdPortal.Application.Supervision;

/// <summary>Who a supervisor page is about.</summary>
public sealed record SuperviseeHeader(int StaffMemberId, string Name, string JobTitle, string TeamName, string? RoleName, bool IsRegistered);

/// <summary>/supervision/{staffId}: one supervisee's record, read-only, with what awaits the supervisor.</summary>
public sealed record SuperviseeOverview(
    SuperviseeHeader Supervisee,
    NextSupervision? Supervision,
    ActivityList Activities,
    AssessmentOverview Stages,
    MyPlan Plan,
    IReadOnlyList<SessionRow> RecentSessions,
    int SessionCount,
    IReadOnlyList<OpenActionRow> OpenActions);

/// <summary>One past session in a list.</summary>
public sealed record SessionRow(int Id, DateOnly Date, SupervisionType Type, decimal Hours, string SupervisorName, bool Acknowledged, int OpenActions);

/// <summary>An open action from any session of the supervisee, whoever wrote it.</summary>
public sealed record OpenActionRow(int ActionId, int SessionId, DateOnly SessionDate, string Text, ActionOwner Owner, DateOnly DueDate, bool IsOverdue);

/// <summary>What the session form needs: who, their areas for learning needs, and the actions still open.</summary>
public sealed record SessionFormData(SuperviseeHeader Supervisee, IReadOnlyList<AreaOption> Areas, IReadOnlyList<OpenActionRow> OpenActions);

/// <summary>What the supervisor sends: the session, and which of the open actions they reviewed as done.</summary>
public sealed record SessionInput(SessionDetails Details, IReadOnlyCollection<int> CompletedActionIds);

/// <summary>/supervision/sessions/{id}: the record as both parties read it, and what the reader may do with it.</summary>
public sealed record SessionView(
    int Id,
    SuperviseeHeader Supervisee,
    string SupervisorName,
    DateOnly Date,
    decimal Hours,
    SupervisionType Type,
    string? ReviewOfLastActions,
    string? Management,
    string? Development,
    string? Support,
    string? Mediation,
    string? LearningNeeds,
    IReadOnlyList<string> LearningNeedAreas,
    DateOnly? NextDate,
    IReadOnlyList<ActionRow> Actions,
    IReadOnlyList<AddendumRow> Addenda,
    DateTimeOffset? AcknowledgedAt,
    string? SuperviseeComment,
    SessionPermissions Can);

public sealed record ActionRow(int Id, string Text, ActionOwner Owner, DateOnly DueDate, ActionStatus Status);

public sealed record AddendumRow(DateTimeOffset At, string ByName, string Text);

/// <summary>
/// What the reader may do: the author edits until acknowledged and adds addenda after (while still the supervisor);
/// the supervisee acknowledges once; either closes open actions.
/// </summary>
public sealed record SessionPermissions(bool Edit, bool Acknowledge, bool AddAddendum, bool CompleteActions, bool IsSupervisee);

/// <summary>/supervision/plans: a submitted plan of one of my supervisees.</summary>
public sealed record PlanAwaitingReview(int PlanId, int StaffMemberId, string Name, string TeamName, DateOnly YearStart, DateTimeOffset SubmittedAt, int Goals);

/// <summary>/supervision/plans/{id}: the plan, its owner, and the version the review form must send back.</summary>
public sealed record PlanForReview(SuperviseeHeader Supervisee, PlanView Plan, int Version);

/// <summary>/supervision/{staffId}/stages/{areaId}: the area's wording, the self-assessment to validate, and the history.</summary>
public sealed record StageValidationPage(SuperviseeHeader Supervisee, AreaAssessment Area, SelfAssessed? Latest);

/// <summary>The latest self-assessment in an area, with its evidence and whether a validation has answered it since.</summary>
public sealed record SelfAssessed(int AssessmentId, Domain.Competence.DreyfusStage Stage, string? Evidence, DateTimeOffset At, bool AwaitingValidation);

/// <summary>Input of a stage validation: which self-assessment it answers, the agreed stage, and a reason if different.</summary>
public sealed record StageValidationInput(int AssessmentId, Domain.Competence.DreyfusStage Stage, string? Reason);
