using CpdPortal.Domain.Competence;

namespace CpdPortal.Application.Frameworks;

/// <summary>One framework version in the list at /learning/frameworks.</summary>
public sealed record FrameworkSummary(int Id, string Code, string Name, int Version, FrameworkStatus Status, FrameworkAudience Audience, int AreaCount, DateOnly? PublishedOn);

/// <summary>A framework version's page: its areas with the wording of the five stages, and what can be done with it.</summary>
public sealed record FrameworkDetail(
    int Id,
    string Code,
    string Name,
    int Version,
    FrameworkStatus Status,
    FrameworkAudience Audience,
    string? Description,
    DateOnly? PublishedOn,
    DateOnly? SupersededOn,
    IReadOnlyList<AreaDetail> Areas,
    int? DraftId,
    int? CurrentId);

/// <summary>An area with the wording of each stage (<see cref="StageText.IsOwn"/> false: the generic Dreyfus wording shows).</summary>
public sealed record AreaDetail(int Id, string Name, string? Description, int Order, IReadOnlyList<StageText> Stages)
{
    public bool IsFullyWorded => Stages.All(s => s.IsOwn);
}

public sealed record StageText(DreyfusStage Stage, string Text, bool IsOwn);

/// <summary>An area of a draft as its edit form shows it.</summary>
public sealed record AreaEditor(int FrameworkId, string FrameworkName, int Version, AreaDetail Area);

/// <summary>What the area form sends: name, description and the wording of stages 1 to 5.</summary>
public sealed record AreaInput(string? Name, string? Description, IReadOnlyDictionary<int, string?> Wording);
