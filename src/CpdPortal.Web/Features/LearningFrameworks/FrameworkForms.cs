using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Application.Frameworks;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Web.Features.LearningFrameworks;

/// <summary>An area of a draft: name, description and the wording of stages 1 to 5 (Wording[1] … Wording[5]).</summary>
public sealed class AreaForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public Dictionary<int, string?> Wording { get; set; } = [];

    /// <summary>The form as the area stands; a stage still on the generic wording starts empty.</summary>
    public static AreaForm From(AreaDetail area) => new()
    {
        Name = area.Name,
        Description = area.Description,
        Wording = area.Stages.ToDictionary(s => (int)s.Stage, s => s.IsOwn ? s.Text : null),
    };

    public string? WordingFor(int stage) => Wording.GetValueOrDefault(stage);

    public static string Key(int stage) => stage.ToString(CultureInfo.InvariantCulture);
}

public sealed record FrameworksListViewModel(PagedResult<FrameworkSummary> Frameworks);

/// <summary>The framework page; <see cref="TypedAreaName"/> keeps a refused new area's name.</summary>
public sealed record FrameworkViewModel(FrameworkDetail Framework, string? TypedAreaName);

public sealed record AreaViewModel(AreaEditor Editor, AreaForm Form);

/// <summary>How statuses and audiences read on the pages.</summary>
public static class FrameworkText
{
    public static string Status(FrameworkStatus status) => status switch
    {
        FrameworkStatus.Draft => "Draft",
        FrameworkStatus.Published => "Published (current)",
        _ => "Superseded",
    };

    public static string TagClass(FrameworkStatus status) => status switch
    {
        FrameworkStatus.Draft => "govuk-tag--yellow",
        FrameworkStatus.Published => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Audience(FrameworkAudience audience) => audience switch
    {
        FrameworkAudience.RegisteredSocialWorkers => "Registered social workers",
        FrameworkAudience.NonRegisteredStaff => "Staff who are not registered social workers",
        _ => "All staff",
    };
}
