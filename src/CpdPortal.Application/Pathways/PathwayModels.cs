using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;

namespace CpdPortal.Application.Pathways;

/// <summary>/my/pathway. <see cref="Pathway"/> is null when the person has not been placed on a career pathway.</summary>
public sealed record MyPathway(string JobTitle, PathwayOverview? Pathway);

public sealed record PathwayOverview(
    string Name,
    string CurrentRole,
    IReadOnlyList<PathwayStep> Steps,
    IReadOnlyList<NextRole> NextRoles);

/// <summary>One step of the pathway; several roles on a step are alternatives.</summary>
public sealed record PathwayStep(int Step, IReadOnlyList<PathwayStepRole> Roles)
{
    public bool IsCurrent => Roles.Any(r => r.IsCurrent);
}

public sealed record PathwayStepRole(int RoleId, string Title, bool IsCurrent);

/// <summary>
/// A role on the next step, and per area how far I am from what it expects, grouped by framework; with the courses
/// the role requires or recommends for stepping up to it (retired courses left out).
/// </summary>
public sealed record NextRole(
    int RoleId,
    string Title,
    string? Description,
    bool RequiresRegistration,
    IReadOnlyList<RoleFrameworkGaps> Frameworks,
    IReadOnlyList<CourseSuggestion> RequiredCourses,
    IReadOnlyList<CourseSuggestion> RecommendedCourses);

public sealed record RoleFrameworkGaps(string FrameworkName, IReadOnlyList<AreaGapRow> Areas);

/// <summary>
/// One area: the stage the role expects, my current stage (null: not yet assessed), the gap in stages (from the
/// domain's AreaGap), and the courses mapped to the stage I would develop next (<see cref="NextStage"/>).
/// </summary>
public sealed record AreaGapRow(
    int AreaId,
    string AreaName,
    DreyfusStage Expected,
    CurrentStage? Current,
    int GapStages,
    bool IsMet,
    DreyfusStage? NextStage,
    IReadOnlyList<CourseSuggestion> Courses);

public sealed record CourseSuggestion(int CourseId, string Title, CourseDelivery Delivery, decimal Hours);
