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
/// A course in the learning academy's catalogue, mapped to the competence areas and Dreyfus stages it develops.
/// First cut for the pathway's recommendations; the L&amp;D issue adds the catalogue's editing, sessions and more.
/// </summary>
public sealed class Course
{
    private readonly List<CourseMapping> _mappings = [];

    private Course()
    {
        Title = string.Empty;
        Provider = string.Empty;
    }

    public Course(string title, string provider, CourseDelivery delivery, decimal hours, bool certificated, string? summary = null)
    {
        Title = Guard.Text(title, FieldLengths.Title, "course.title", "the course title");
        Provider = Guard.Text(provider, FieldLengths.Name, "course.provider", "the provider");
        Summary = Guard.OptionalText(summary, FieldLengths.LongText, "course.summary", "a summary");
        if (hours is <= 0 or > 500)
        {
            throw new DomainRuleException("course.hours", "The course length must be more than 0 and at most 500 hours");
        }

        Delivery = delivery;
        Hours = hours;
        Certificated = certificated;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    public string Provider { get; private set; }

    public CourseDelivery Delivery { get; private set; }

    public decimal Hours { get; private set; }

    public bool Certificated { get; private set; }

    public DateOnly? RetiredOn { get; private set; }

    public IReadOnlyCollection<CourseMapping> Mappings => _mappings.AsReadOnly();

    public void MapTo(CompetenceArea area, DreyfusStage stage)
    {
        if (!DreyfusStages.IsDefined(stage))
        {
            throw new DomainRuleException("course.stage", "Choose a Dreyfus stage");
        }

        if (!_mappings.Exists(m => (m.Area == area || (area.Id != 0 && m.AreaId == area.Id)) && m.Stage == stage))
        {
            _mappings.Add(new CourseMapping(area, stage));
        }
    }

    public void Retire(DateOnly on) => RetiredOn ??= on;
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

    public int Id { get; private set; }

    public int CourseId { get; private set; }

    public int AreaId { get; private set; }

    public CompetenceArea? Area { get; private set; }

    public DreyfusStage Stage { get; private set; }
}
