using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;

namespace CpdPortal.Application.Training;

/// <summary>A filter of the L&amp;D catalogue list: words in the title or provider, and whether retired courses show.</summary>
public sealed record CatalogueQuery(string? Search, bool ShowRetired, int? Page);

public sealed record CatalogueRow(int Id, string Title, string Provider, CourseDelivery Delivery, decimal Hours, bool Certificated, DateOnly? RetiredOn, int Cells, int UpcomingSessions);

/// <summary>A choice in a list of checkboxes or a select.</summary>
public sealed record Choice(int Id, string Name);

/// <summary>What the course form offers: the practice framework tags and the pathway roles, in order.</summary>
public sealed record CourseFormOptions(IReadOnlyList<Choice> Tags, IReadOnlyList<Choice> Roles);

/// <summary>One cell a course is mapped to, as its page lists it.</summary>
public sealed record MappedCell(int AreaId, string FrameworkName, int FrameworkId, string AreaName, int AreaOrder, DreyfusStage Stage);

/// <summary>The L&amp;D view of one course.</summary>
public sealed record CatalogueCourse(
    int Id,
    CourseDetails Details,
    string Provider,
    DateOnly? RetiredOn,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> TargetRoles,
    IReadOnlyList<string> MandatoryRoles,
    IReadOnlyList<MappedCell> Cells,
    IReadOnlyList<FrameworkAreas> MappableAreas);

/// <summary>A published framework and its areas, for choosing a cell.</summary>
public sealed record FrameworkAreas(int Id, string Name, IReadOnlyList<Choice> Areas);

/// <summary>A practice framework in the editable list, and how many courses carry it.</summary>
public sealed record TagRow(int Id, string Name, int Courses);
