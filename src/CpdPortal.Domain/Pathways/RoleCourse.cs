namespace CpdPortal.Domain.Pathways;

/// <summary>A course a pathway role requires, or recommends, for stepping up to it. A course is one or the other.</summary>
public sealed class RoleCourse
{
    private RoleCourse()
    {
    }

    internal RoleCourse(int courseId, bool required)
    {
        CourseId = courseId;
        Required = required;
    }

    public int Id { get; private set; }

    public int RoleId { get; private set; }

    public int CourseId { get; private set; }

    /// <summary>True: required to step up; false: recommended.</summary>
    public bool Required { get; private set; }
}
