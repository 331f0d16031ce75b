using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Pathways;

/// <summary>A role on a career pathway and the stage it expects in each competence area.</summary>
public sealed class PathwayRole
{
    private readonly List<RoleExpectation> _expectations = [];
    private readonly List<RoleCourse> _courses = [];
    private readonly List<RoleCertification> _certifications = [];

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

    /// <summary>The courses required or recommended for stepping up to this role.</summary>
    public IReadOnlyCollection<RoleCourse> Courses => _courses.AsReadOnly();

    /// <summary>The certifications everyone in this role must hold (compliance, docs/adr/0022).</summary>
    public IReadOnlyCollection<RoleCertification> Certifications => _certifications.AsReadOnly();

    /// <summary>Requires a certification of everyone in the role; false when it already did.</summary>
    public bool RequireCertification(int certificationId)
    {
        if (_certifications.Exists(c => c.CertificationId == certificationId))
        {
            return false;
        }

        _certifications.Add(new RoleCertification(certificationId));
        return true;
    }

    /// <summary>No longer requires the certification; false when it did not.</summary>
    public bool StopRequiringCertification(int certificationId) => _certifications.RemoveAll(c => c.CertificationId == certificationId) > 0;

    /// <summary>Sets whether holders of this role must be registered with Social Work England.</summary>
    public void SetRequiresRegistration(bool requiresRegistration) => RequiresRegistration = requiresRegistration;

    /// <summary>The role no longer expects a stage in this area; false when it did not.</summary>
    public bool StopExpecting(int areaId) => _expectations.RemoveAll(e => e.AreaId == areaId) > 0;

    /// <summary>
    /// Requires or recommends a course. Adding it again the same way changes nothing (false); a course cannot be both
    /// required and recommended, so asking for the other way is refused until it is removed.
    /// </summary>
    public bool AddCourse(int courseId, bool required)
    {
        var existing = _courses.Find(c => c.CourseId == courseId);
        if (existing is null)
        {
            _courses.Add(new RoleCourse(courseId, required));
            return true;
        }

        if (existing.Required == required)
        {
            return false;
        }

        throw new DomainRuleException(
            "role.course",
            existing.Required
                ? "This course is already required for the role. Remove it first to recommend it instead"
                : "This course is already recommended for the role. Remove it first to require it instead");
    }

    /// <summary>Removes a required or recommended course; false when the role did not list it.</summary>
    public bool RemoveCourse(int courseId) => _courses.RemoveAll(c => c.CourseId == courseId) > 0;

    internal void Rename(string title) => Title = title;

    internal void MoveToStep(int step) => Step = step;

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
