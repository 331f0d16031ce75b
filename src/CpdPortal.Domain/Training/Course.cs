using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Training;

public enum CourseDelivery
{
    FaceToFace = 0,
    OnlineLive = 1,
    ELearning = 2,
    Blended = 3,
}

/// <summary>
/// A course in the learning academy's catalogue: what it is, who runs it and for whom, and the competence areas and
/// Dreyfus stages it develops (the mapping grid's cells).
/// </summary>
public sealed class Course
{
    /// <summary>The provider shown for a course the council's own academy runs.</summary>
    public const string InternalProvider = "Learning Academy";

    private readonly List<CourseMapping> _mappings = [];
    private readonly List<CourseTag> _tags = [];
    private readonly List<CourseRole> _roles = [];

    private Course()
    {
        Title = string.Empty;
        Provider = string.Empty;
    }

    public Course(CourseDetails details)
        : this()
    {
        Apply(details);
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>Run by a named external provider rather than the council's learning academy.</summary>
    public bool External { get; private set; }

    public string Provider { get; private set; }

    public CourseDelivery Delivery { get; private set; }

    /// <summary>Where the e-learning lives (required for e-learning, optional for other deliveries).</summary>
    public string? VleLink { get; private set; }

    public decimal Hours { get; private set; }

    public bool Certificated { get; private set; }

    /// <summary>The qualification the course earns credits towards, e.g. "Practice educator award (level 7)".</summary>
    public string? CreditsDescription { get; private set; }

    public int? Credits { get; private set; }

    public DateOnly? RetiredOn { get; private set; }

    public IReadOnlyCollection<CourseMapping> Mappings => _mappings.AsReadOnly();

    public IReadOnlyCollection<CourseTag> Tags => _tags.AsReadOnly();

    public IReadOnlyCollection<CourseRole> Roles => _roles.AsReadOnly();

    public bool IsRetiredOn(DateOnly day) => RetiredOn is { } retired && retired <= day;

    public void Update(CourseDetails details) => Apply(details);

    public void MapTo(CompetenceArea area, DreyfusStage stage)
    {
        EnsureStage(stage);
        if (!_mappings.Exists(m => (m.Area == area || (area.Id != 0 && m.AreaId == area.Id)) && m.Stage == stage))
        {
            _mappings.Add(new CourseMapping(area, stage));
        }
    }

    /// <summary>Maps the course to a cell by the area's id (the grid and the course page post ids).</summary>
    public bool MapTo(int areaId, DreyfusStage stage)
    {
        EnsureStage(stage);
        if (_mappings.Exists(m => m.AreaId == areaId && m.Stage == stage))
        {
            return false;
        }

        _mappings.Add(new CourseMapping(areaId, stage));
        return true;
    }

    public bool Unmap(int areaId, DreyfusStage stage)
    {
        EnsureStage(stage);
        return _mappings.RemoveAll(m => m.AreaId == areaId && m.Stage == stage) > 0;
    }

    public void Retire(DateOnly on) => RetiredOn ??= on;

    public void Reinstate() => RetiredOn = null;

    private static void EnsureStage(DreyfusStage stage)
    {
        if (!DreyfusStages.IsDefined(stage))
        {
            throw new DomainRuleException("course.stage", "Choose a Dreyfus stage from 1 to 5");
        }
    }

    private void Apply(CourseDetails details)
    {
        var errors = details.Validate();
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Title = details.Title!.Trim();
        Summary = details.Summary!.Trim();
        External = details.External!.Value;
        Provider = External ? details.Provider!.Trim() : InternalProvider;
        Delivery = details.Delivery!.Value;
        VleLink = string.IsNullOrWhiteSpace(details.VleLink) ? null : details.VleLink.Trim();
        Hours = details.Hours!.Value;
        Certificated = details.Certificated!.Value;
        CreditsDescription = string.IsNullOrWhiteSpace(details.CreditsDescription) ? null : details.CreditsDescription.Trim();
        Credits = details.Credits;

        _tags.RemoveAll(t => !details.TagIds.Contains(t.TagId));
        foreach (var tagId in details.TagIds.Distinct().Where(id => !_tags.Exists(t => t.TagId == id)))
        {
            _tags.Add(new CourseTag(tagId));
        }

        _roles.RemoveAll(r => !details.TargetRoleIds.Contains(r.PathwayRoleId));
        foreach (var roleId in details.TargetRoleIds.Distinct())
        {
            var mandatory = details.MandatoryRoleIds.Contains(roleId);
            var existing = _roles.Find(r => r.PathwayRoleId == roleId);
            if (existing is null)
            {
                _roles.Add(new CourseRole(roleId, mandatory));
            }
            else
            {
                existing.Mandatory = mandatory;
            }
        }
    }
}

/// <summary>A course develops this stage in this area: one cell of the mapping grid.</summary>
public sealed class CourseMapping
{
    private CourseMapping()
    {
    }

    internal CourseMapping(CompetenceArea area, DreyfusStage stage)
    {
        Area = area;
        AreaId = area.Id;
        Stage = stage;
    }

    internal CourseMapping(int areaId, DreyfusStage stage)
    {
        AreaId = areaId;
        Stage = stage;
    }

    public int Id { get; private set; }

    public int CourseId { get; private set; }

    public int AreaId { get; private set; }

    public CompetenceArea? Area { get; private set; }

    public DreyfusStage Stage { get; private set; }
}

/// <summary>A practice framework tag on a course (e.g. Signs of Safety).</summary>
public sealed class CourseTag
{
    private CourseTag()
    {
    }

    internal CourseTag(int tagId) => TagId = tagId;

    public int CourseId { get; private set; }

    public int TagId { get; private set; }
}

/// <summary>A pathway role the course is for, and whether it is mandatory for that role.</summary>
public sealed class CourseRole
{
    private CourseRole()
    {
    }

    internal CourseRole(int pathwayRoleId, bool mandatory)
    {
        PathwayRoleId = pathwayRoleId;
        Mandatory = mandatory;
    }

    public int CourseId { get; private set; }

    public int PathwayRoleId { get; private set; }

    public bool Mandatory { get; internal set; }
}
