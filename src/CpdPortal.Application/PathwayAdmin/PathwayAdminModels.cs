using CpdPortal.Application.Training;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Application.PathwayAdmin;

/// <summary>One pathway in the list at /learning/pathways.</summary>
public sealed record PathwaySummary(int Id, string Name, int RoleCount, int StepCount);

/// <summary>A pathway's page: its roles step by step (alternatives together) with what each expects.</summary>
public sealed record PathwayDetail(int Id, string Name, string? Description, IReadOnlyList<RoleStep> Steps)
{
    public int RoleCount => Steps.Sum(s => s.Roles.Count);
}

public sealed record RoleStep(int Step, IReadOnlyList<RoleCard> Roles);

/// <summary>
/// A role as the pathway page shows it. <see cref="Frameworks"/>: the current frameworks that apply to the role
/// (by its registration) or in which it expects a stage, with the expected stage per area (null: not expected).
/// </summary>
public sealed record RoleCard(
    int Id,
    string Title,
    int Step,
    bool RequiresRegistration,
    int Holders,
    IReadOnlyList<FrameworkExpectations> Frameworks,
    IReadOnlyList<Choice> Required,
    IReadOnlyList<Choice> Recommended,
    bool IsFirst,
    bool IsLast);

public sealed record FrameworkExpectations(string FrameworkName, int Version, IReadOnlyList<ExpectationRow> Areas);

public sealed record ExpectationRow(int AreaId, string AreaName, DreyfusStage? Expected);

/// <summary>The role page: the role card, its pathway, and the courses that can still be added.</summary>
public sealed record RoleEditor(int PathwayId, string PathwayName, RoleCard Role, IReadOnlyList<Choice> CoursesToAdd);

/// <summary>A new role: on a new step at the end, or as an alternative on an existing step.</summary>
public sealed record NewRole(string? Title, bool RequiresRegistration, int? AlternativeToStep);

/// <summary>What a change to a pathway did.</summary>
public enum PathwayChange
{
    NotFound,
    Saved,
    Unchanged,
}
