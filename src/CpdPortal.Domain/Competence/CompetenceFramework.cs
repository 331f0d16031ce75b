using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Competence;

/// <summary>
/// A named, versioned list of competence areas (e.g. the PCF, the post-qualifying standards, the Common Core).
/// A new version is a new framework row with the same code, so assessments stay tied to the version they used.
/// </summary>
public sealed class CompetenceFramework
{
    private readonly List<CompetenceArea> _areas = [];

    private CompetenceFramework()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public CompetenceFramework(string code, string name, int version, FrameworkAudience audience, string? description = null)
    {
        Code = Guard.Text(code, FieldLengths.Code, "framework.code", "a framework code").ToUpperInvariant();
        Name = Guard.Text(name, FieldLengths.Title, "framework.name", "the framework name");
        if (version < 1)
        {
            throw new DomainRuleException("framework.version", "The version must be 1 or more");
        }

        Version = version;
        Audience = audience;
        Description = Guard.OptionalText(description, FieldLengths.LongText, "framework.description", "a description");
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int Version { get; private set; }

    public FrameworkAudience Audience { get; private set; }

    public string? Description { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public bool IsPublished => PublishedOn is not null;

    public IReadOnlyCollection<CompetenceArea> Areas => _areas.AsReadOnly();

    public CompetenceArea AddArea(string name, string? description = null)
    {
        var trimmed = Guard.Text(name, FieldLengths.Title, "area.name", "the area name");
        if (_areas.Exists(a => string.Equals(a.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException("area.duplicate", $"This framework already has an area called {trimmed}");
        }

        var area = new CompetenceArea(this, trimmed, description, _areas.Count + 1);
        _areas.Add(area);
        return area;
    }

    public void Publish(DateOnly on)
    {
        if (_areas.Count == 0)
        {
            throw new DomainRuleException("framework.empty", "Add at least one competence area before publishing the framework");
        }

        PublishedOn ??= on;
    }

    /// <summary>Whether a staff member with this registration status works to this framework.</summary>
    public bool AppliesTo(bool isRegisteredSocialWorker) => Includes(Audience, isRegisteredSocialWorker);

    /// <summary>Whether a framework for this audience applies to a staff member with this registration status.</summary>
    public static bool Includes(FrameworkAudience audience, bool isRegisteredSocialWorker) => audience switch
    {
        FrameworkAudience.AllStaff => true,
        FrameworkAudience.RegisteredSocialWorkers => isRegisteredSocialWorker,
        FrameworkAudience.NonRegisteredStaff => !isRegisteredSocialWorker,
        _ => false,
    };
}
