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

    /// <summary>Adds a role on a new step after every other role, or as an alternative on an existing step.</summary>
    public PathwayRole AddRoleAtEnd(string title, bool requiresRegistration, int? alternativeToStep = null)
    {
        if (alternativeToStep is { } step && !_roles.Exists(r => r.Step == step))
        {
            throw new DomainRuleException("role.step", "Choose a step that is on the pathway");
        }

        var newStep = alternativeToStep ?? (_roles.Count == 0 ? 1 : _roles.Max(r => r.Step) + 1);
        return AddRole(title, newStep, requiresRegistration);
    }

    /// <summary>Renames a role; titles are unique on a pathway.</summary>
    public void RenameRole(PathwayRole role, string title)
    {
        EnsureOnPathway(role);
        var trimmed = Guard.Text(title, FieldLengths.Title, "role.title", "the role title");
        if (_roles.Exists(r => r != role && string.Equals(r.Title, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException("role.duplicate", $"This pathway already has a role called {trimmed}");
        }

        role.Rename(trimmed);
    }

    /// <summary>
    /// Moves a role one place earlier. A role alone on its step swaps places with the step before it; a role that
    /// shares its step with alternatives leaves them for a step of its own just before. Steps stay numbered 1, 2, 3…
    /// </summary>
    public void MoveEarlier(PathwayRole role) => Move(role, earlier: true);

    /// <summary>Moves a role one place later (the mirror of <see cref="MoveEarlier"/>).</summary>
    public void MoveLater(PathwayRole role) => Move(role, earlier: false);

    /// <summary>Removes a role that nobody holds; steps are renumbered. <paramref name="holders"/> is how many staff hold it.</summary>
    public void RemoveRole(PathwayRole role, int holders)
    {
        EnsureOnPathway(role);
        if (holders > 0)
        {
            throw new DomainRuleException(
                "role.held",
                $"You cannot remove {role.Title} because {holders} {(holders == 1 ? "member of staff holds" : "members of staff hold")} it. Move them to another role first");
        }

        _roles.Remove(role);
        Renumber();
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

    private void Move(PathwayRole role, bool earlier)
    {
        EnsureOnPathway(role);
        var sharing = _roles.Count(r => r.Step == role.Step) > 1;
        if (sharing)
        {
            // Leave the alternatives for a step of one's own just before (or after) them.
            foreach (var other in _roles.Where(r => r != role && (earlier ? r.Step >= role.Step : r.Step > role.Step)))
            {
                other.MoveToStep(other.Step + 1);
            }

            if (!earlier)
            {
                role.MoveToStep(role.Step + 1);
            }
        }
        else
        {
            var neighbours = earlier ? _roles.Where(r => r.Step < role.Step).ToList() : _roles.Where(r => r.Step > role.Step).ToList();
            if (neighbours.Count == 0)
            {
                throw new DomainRuleException("role.move", earlier ? $"{role.Title} is already the first role" : $"{role.Title} is already the last role");
            }

            var step = earlier ? neighbours.Max(r => r.Step) : neighbours.Min(r => r.Step);
            foreach (var other in neighbours.Where(r => r.Step == step))
            {
                other.MoveToStep(role.Step);
            }

            role.MoveToStep(step);
        }

        Renumber();
    }

    /// <summary>Numbers the steps 1, 2, 3… in their current order, keeping alternatives together.</summary>
    private void Renumber()
    {
        var steps = _roles.Select(r => r.Step).Distinct().Order().ToList();
        foreach (var role in _roles)
        {
            role.MoveToStep(steps.IndexOf(role.Step) + 1);
        }
    }

    private void EnsureOnPathway(PathwayRole role)
    {
        if (!_roles.Contains(role))
        {
            throw new DomainRuleException("role.pathway", "That role is not on this pathway");
        }
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
