using CpdPortal.Application.Common;
using CpdPortal.Application.PathwayAdmin;
using CpdPortal.Web.Infrastructure.Forms;

namespace CpdPortal.Web.Features.LearningPathways;

/// <summary>A new role. Bound as text, so junk gets a message rather than a 500.</summary>
public sealed class NewRoleForm : IRuleFields
{
    public const string AtTheEnd = "end";

    string? IRuleFields.FieldFor(string rule) => rule == "role.step" ? nameof(Place) : null;

    public string? Title { get; set; }

    public bool RequiresRegistration { get; set; }

    /// <summary>"end" for a new last step, or the number of the step the role is an alternative on.</summary>
    public string? Place { get; set; } = AtTheEnd;
}

/// <summary>The role's title and whether it requires registration.</summary>
public sealed class RoleDetailsForm
{
    public string? Title { get; set; }

    public bool RequiresRegistration { get; set; }
}

/// <summary>The expected stage per area: area id → "1" to "5", or empty for not expected.</summary>
public sealed class ExpectationsForm
{
    public Dictionary<int, string?> Stages { get; set; } = [];
}

/// <summary>Require or recommend a course.</summary>
public sealed class RoleCourseForm
{
    public const string Required = "required";
    public const string Recommended = "recommended";

    public string? CourseId { get; set; }

    public string? Kind { get; set; }
}

public sealed record PathwaysListViewModel(PagedResult<PathwaySummary> Pathways);

public sealed record PathwayViewModel(PathwayDetail Pathway, NewRoleForm Form);

/// <summary>The role page; <see cref="Stages"/> holds what was typed when the expectations form comes back with an error.</summary>
public sealed record RoleViewModel(RoleEditor Editor, RoleDetailsForm Details, IReadOnlyDictionary<int, string?>? Stages, RoleCourseForm Course);
