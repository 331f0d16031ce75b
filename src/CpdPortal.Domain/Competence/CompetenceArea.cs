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
    }

    public int Id { get; private set; }

    public int FrameworkId { get; private set; }

    public CompetenceFramework? Framework { get; private set; }

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

    /// <summary>The area's own wording for a stage, falling back to the generic Dreyfus description.</summary>
    public string WordingFor(DreyfusStage stage) =>
        _stageDescriptors.Find(d => d.Stage == stage)?.Text ?? DreyfusStages.Describe(stage).Description;
}
