using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Pathways;

/// <summary>
/// An ordered set of roles (e.g. family support worker to principal social worker). Roles sit on steps;
/// several roles may share a step (advanced practitioner, practice educator and team manager are alternatives).
/// </summary>
public sealed class CareerPathway
{
    private readonly List<PathwayRole> _roles = [];

    private CareerPathway()
    {
        Name = string.Empty;
    }

    public CareerPathway(string name, string? description = null)
    {
        Name = Guard.Text(name, FieldLengths.Title, "pathway.name", "the pathway name");
        Description = Guard.OptionalText(description, FieldLengths.LongText, "pathway.description", "a description");
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public IReadOnlyCollection<PathwayRole> Roles => _roles.AsReadOnly();

    public PathwayRole AddRole(string title, int step, bool requiresRegistration, string? description = null)
    {
        var trimmed = Guard.Text(title, FieldLengths.Title, "role.title", "the role title");
        if (step < 1)
        {
            throw new DomainRuleException("role.step", "The step must be 1 or more");
        }

        if (_roles.Exists(r => string.Equals(r.Title, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException("role.duplicate", $"This pathway already has a role called {trimmed}");
        }

        var role = new PathwayRole(this, trimmed, step, requiresRegistration, description);
        _roles.Add(role);
        return role;
    }

    /// <summary>The roles on the first step above the given role's step; empty at the top of the pathway.</summary>
    public IReadOnlyList<PathwayRole> NextRolesAfter(PathwayRole role)
    {
        if (!_roles.Contains(role))
        {
            throw new DomainRuleException("role.pathway", "That role is not on this pathway");
        }

        var higher = _roles.Where(r => r.Step > role.Step).ToList();
        if (higher.Count == 0)
        {
            return [];
        }

        var nextStep = higher.Min(r => r.Step);
        return higher.Where(r => r.Step == nextStep).OrderBy(r => r.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>Roles in pathway order.</summary>
    public IReadOnlyList<PathwayRole> OrderedRoles() =>
        _roles.OrderBy(r => r.Step).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();

    /// <summary>Per area, how far the staff member's current stages are from what a role expects.</summary>
    public static IReadOnlyList<AreaGap> GapsTo(PathwayRole role, IReadOnlyDictionary<int, DreyfusStage> currentStages) =>
        role.Expectations
            .Select(e => new AreaGap(
                e.AreaId,
                e.Stage,
                currentStages.TryGetValue(e.AreaId, out var current) ? current : null))
            .OrderBy(g => g.AreaId)
            .ToList();
}
