using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Pathways;

/// <summary>A role on a career pathway and the stage it expects in each competence area.</summary>
public sealed class PathwayRole
{
    private readonly List<RoleExpectation> _expectations = [];

    private PathwayRole()
    {
        Title = string.Empty;
    }

    internal PathwayRole(CareerPathway pathway, string title, int step, bool requiresRegistration, string? description)
    {
        Pathway = pathway;
        Title = title;
        Step = step;
        RequiresRegistration = requiresRegistration;
        Description = Guard.OptionalText(description, FieldLengths.LongText, "role.description", "a description");
    }

    public int Id { get; private set; }

    public int PathwayId { get; private set; }

    public CareerPathway? Pathway { get; private set; }

    public string Title { get; private set; }

    /// <summary>Position on the pathway; roles on the same step are alternatives.</summary>
    public int Step { get; private set; }

    /// <summary>Whether holders of this role must be registered with Social Work England.</summary>
    public bool RequiresRegistration { get; private set; }

    public string? Description { get; private set; }

    public IReadOnlyCollection<RoleExpectation> Expectations => _expectations.AsReadOnly();

    /// <summary>Sets (or changes) the stage this role expects in an area.</summary>
    public void Expect(CompetenceArea area, DreyfusStage stage)
    {
        if (!DreyfusStages.IsDefined(stage))
        {
            throw new DomainRuleException("role.stage", "Choose a Dreyfus stage");
        }

        var existing = _expectations.Find(e => e.Area == area || (area.Id != 0 && e.AreaId == area.Id));
        if (existing is null)
        {
            _expectations.Add(new RoleExpectation(area, stage));
        }
        else
        {
            existing.Change(stage);
        }
    }
}
