using CpdPortal.Application.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Application.Competence;

/// <summary>/my/assessment: my areas grouped by framework, each with its current stage (null: not yet assessed).</summary>
public sealed record AssessmentOverview(IReadOnlyList<FrameworkAreas> Frameworks);

public sealed record FrameworkAreas(int FrameworkId, string Name, int Version, IReadOnlyList<AreaCurrentStage> Areas);

/// <summary><see cref="CarriedFromVersion"/>: the framework version the current stage was assessed under, when older than this one.</summary>
public sealed record AreaCurrentStage(int AreaId, string Name, CurrentStage? Current, int? CarriedFromVersion = null);

/// <summary>/my/assessment/{areaId}: the area, the five stages in its own wording, and my history in it.</summary>
public sealed record AreaAssessment(
    int AreaId,
    string Name,
    string? Description,
    string FrameworkName,
    IReadOnlyList<StageWording> Stages,
    PagedResult<AssessmentHistoryItem> History);

public sealed record StageWording(DreyfusStage Stage, string Name, string Wording);

/// <summary>
/// One past assessment: mine, or my supervisor's validation (by name). <see cref="UnderVersion"/>: the framework
/// version it was made under when that is an earlier version of the area (same key), with the area's name then.
/// </summary>
public sealed record AssessmentHistoryItem(DateTimeOffset AssessedAt, DreyfusStage Stage, AssessmentKind Kind, string AssessedBy, string? Note, int? UnderVersion = null, string? AreaNameThen = null);

/// <summary>What the self-assessment form sends. An unknown stage is passed on for the domain to refuse.</summary>
public sealed record SelfAssessmentInput(int AreaId, DreyfusStage Stage, string? Evidence);
