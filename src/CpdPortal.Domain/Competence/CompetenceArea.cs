using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Competence;

/// <summary>One area (domain, standard or heading) of a competence framework, with optional per-stage wording.</summary>
public sealed class CompetenceArea
{
    private readonly List<AreaStageDescriptor> _stageDescriptors = [];

    private CompetenceArea()
    {
        Name = string.Empty;
    }

    internal CompetenceArea(CompetenceFramework framework, string name, string? description, int order)
    {
        Framework = framework;
        Name = name;
        Description = Guard.OptionalText(description, FieldLengths.LongText, "area.description", "a description");
        Order = order;
        Key = Guid.NewGuid();
    }

    /// <summary>Copies an area into a new version of its framework: same key, name, description and wording of every stage.</summary>
    internal CompetenceArea(CompetenceFramework framework, CompetenceArea source)
    {
        Framework = framework;
        Name = source.Name;
        Description = source.Description;
        Order = source.Order;
        Key = source.Key;
        foreach (var stage in DreyfusStages.All)
        {
            _stageDescriptors.Add(new AreaStageDescriptor(stage.Stage, source.WordingFor(stage.Stage)));
        }
    }

    public int Id { get; private set; }

    public int FrameworkId { get; private set; }

    public CompetenceFramework? Framework { get; private set; }

    /// <summary>
    /// Stays the same across versions of the framework: the area of a new version with the same key is the same area,
    /// so course mappings, role expectations and people's stages carry forward to it.
    /// </summary>
    public Guid Key { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public int Order { get; private set; }

    public IReadOnlyCollection<AreaStageDescriptor> StageDescriptors => _stageDescriptors.AsReadOnly();

    /// <summary>Sets (or replaces) what this stage looks like in this area.</summary>
    public void DescribeStage(DreyfusStage stage, string text)
    {
        if (!DreyfusStages.IsDefined(stage))
        {
            throw new DomainRuleException("area.stage", "Choose a Dreyfus stage");
        }

        EnsureDraft();
        var wording = Guard.Text(text, FieldLengths.LongText, "area.stage.text", "what this stage looks like");
        var existing = _stageDescriptors.Find(d => d.Stage == stage);
        if (existing is null)
        {
            _stageDescriptors.Add(new AreaStageDescriptor(stage, wording));
        }
        else
        {
            existing.Reword(wording);
        }
    }

    /// <summary>Whether the area has its own wording for every one of the five stages (needed to publish a new version).</summary>
    public bool IsFullyWorded => DreyfusStages.All.All(s => _stageDescriptors.Exists(d => d.Stage == s.Stage));

    /// <summary>Gives an area saved before keys existed a key of its own (reference data is upgraded once at start-up).</summary>
    public bool AssignKeyIfMissing()
    {
        if (Key != Guid.Empty)
        {
            return false;
        }

        Key = Guid.NewGuid();
        return true;
    }

    /// <summary>Changes the description of an area of a draft framework.</summary>
    public void Describe(string? description)
    {
        EnsureDraft();
        Description = Guard.OptionalText(description, FieldLengths.LongText, "area.description", "the description");
    }

    internal void Rename(string name) => Name = name;

    internal void MoveTo(int order) => Order = order;

    private void EnsureDraft()
    {
        if (Framework is { IsPublished: true })
        {
            throw new DomainRuleException(CompetenceFramework.PublishedRule, CompetenceFramework.PublishedMessage);
        }
    }

    /// <summary>The area's own wording for a stage, falling back to the generic Dreyfus description.</summary>
    public string WordingFor(DreyfusStage stage) =>
        _stageDescriptors.Find(d => d.Stage == stage)?.Text ?? DreyfusStages.Describe(stage).Description;
}
