using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Competence;

/// <summary>
/// A named, versioned list of competence areas (e.g. the PCF, the post-qualifying standards, the Common Core).
/// A new version is a new framework row with the same code, so assessments stay tied to the version they used.
/// </summary>
public sealed class CompetenceFramework
{
    public const string PublishedRule = "framework.published";
    public const string PublishedMessage = "A published framework cannot be changed. Create a new version and edit that";

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

    /// <summary>When a newer version of the same framework was published in its place; null while current or draft.</summary>
    public DateOnly? SupersededOn { get; private set; }

    /// <summary>Draft, published (the current version) or superseded.</summary>
    public FrameworkStatus Status =>
        SupersededOn is not null ? FrameworkStatus.Superseded
        : PublishedOn is not null ? FrameworkStatus.Published
        : FrameworkStatus.Draft;

    public IReadOnlyCollection<CompetenceArea> Areas => _areas.AsReadOnly();

    public CompetenceArea AddArea(string name, string? description = null)
    {
        EnsureDraft();
        var trimmed = UniqueAreaName(name, except: null);
        var area = new CompetenceArea(this, trimmed, description, _areas.Count == 0 ? 1 : _areas.Max(a => a.Order) + 1);
        _areas.Add(area);
        return area;
    }

    /// <summary>
    /// A draft of the next version, copied from this published one: same code, name, audience and description, every
    /// area with its key and the wording of all five stages (an area that used the generic wording gets it written in).
    /// </summary>
    public CompetenceFramework NewVersion(int version)
    {
        if (!IsPublished)
        {
            throw new DomainRuleException("framework.draft", "This version is still a draft: edit it instead");
        }

        if (version <= Version)
        {
            throw new DomainRuleException("framework.version", $"The new version must be above {Version}");
        }

        var draft = new CompetenceFramework(Code, Name, version, Audience, Description);
        foreach (var area in _areas.OrderBy(a => a.Order))
        {
            draft._areas.Add(new CompetenceArea(draft, area));
        }

        return draft;
    }

    /// <summary>Changes the name and description of a draft.</summary>
    public void Rename(string name, string? description)
    {
        EnsureDraft();
        Name = Guard.Text(name, FieldLengths.Title, "framework.name", "the framework name");
        Description = Guard.OptionalText(description, FieldLengths.LongText, "framework.description", "the description");
    }

    public void RenameArea(CompetenceArea area, string name)
    {
        EnsureDraft();
        EnsureOwn(area);
        area.Rename(UniqueAreaName(name, except: area));
    }

    /// <summary>Removes an area from a draft; the others keep their order, numbered 1, 2, 3…</summary>
    public void RemoveArea(CompetenceArea area)
    {
        EnsureDraft();
        EnsureOwn(area);
        _areas.Remove(area);
        Renumber();
    }

    /// <summary>Moves an area of a draft one place earlier (or later, with <paramref name="earlier"/> false).</summary>
    public void MoveArea(CompetenceArea area, bool earlier)
    {
        EnsureDraft();
        EnsureOwn(area);
        var ordered = _areas.OrderBy(a => a.Order).ToList();
        var index = ordered.IndexOf(area);
        var other = earlier ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.Count)
        {
            throw new DomainRuleException("area.move", earlier ? $"{area.Name} is already the first area" : $"{area.Name} is already the last area");
        }

        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
    }

    /// <summary>
    /// Publishes this draft as the current version of its framework, superseding <paramref name="current"/> (the
    /// version published until now, if any). Needs at least one area and the wording of every stage of every area.
    /// </summary>
    public void PublishVersion(DateOnly on, CompetenceFramework? current)
    {
        EnsureDraft();
        if (current is not null && (current.Code != Code || current.Status != FrameworkStatus.Published || current.Version >= Version))
        {
            throw new DomainRuleException("framework.current", "Only a newer version of the same framework can replace the current one");
        }

        var unworded = _areas.OrderBy(a => a.Order).FirstOrDefault(a => !a.IsFullyWorded);
        if (unworded is not null)
        {
            throw new DomainRuleException("framework.wording", $"Describe all five stages of {unworded.Name} before publishing");
        }

        Publish(on);
        current?.Supersede(on);
    }

    public void Publish(DateOnly on)
    {
        if (_areas.Count == 0)
        {
            throw new DomainRuleException("framework.empty", "Add at least one competence area before publishing the framework");
        }

        PublishedOn ??= on;
    }

    private void Supersede(DateOnly on) => SupersededOn ??= on;

    private void EnsureDraft()
    {
        if (IsPublished)
        {
            throw new DomainRuleException(PublishedRule, PublishedMessage);
        }
    }

    private void EnsureOwn(CompetenceArea area)
    {
        if (!_areas.Contains(area))
        {
            throw new DomainRuleException("area.framework", "That area is not in this framework");
        }
    }

    private string UniqueAreaName(string name, CompetenceArea? except)
    {
        var trimmed = Guard.Text(name, FieldLengths.Title, "area.name", "the area name");
        if (_areas.Exists(a => a != except && string.Equals(a.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException("area.duplicate", $"This framework already has an area called {trimmed}");
        }

        return trimmed;
    }

    private void Renumber()
    {
        var ordered = _areas.OrderBy(a => a.Order).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
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
