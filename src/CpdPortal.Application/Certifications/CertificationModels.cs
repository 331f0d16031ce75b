using CpdPortal.Domain.Certifications;

namespace CpdPortal.Application.Certifications;

/// <summary>A certification in L&amp;D's list: its rule, how many courses confer it and how many roles require it.</summary>
public sealed record CertificationRow(int Id, string Name, CertificationRule Rule, int CourseCount, int RoleCount)
{
    /// <summary>Required by a role, but no course grants it: nobody can become compliant through the portal.</summary>
    public bool IsGap => RoleCount > 0 && CourseCount == 0;
}

public sealed record CourseChoice(int Id, string Title);

/// <summary>A certification's page: the rule, the conferring courses, the roles that require it and who holds it.</summary>
public sealed record CertificationDetail(
    int Id,
    string Name,
    string? Description,
    CertificationRule Rule,
    IReadOnlyList<CourseChoice> Courses,
    IReadOnlyList<RequiringRole> Roles,
    StatusCounts Holders)
{
    public bool IsGap => Roles.Count > 0 && Courses.Count == 0;
}

public sealed record RequiringRole(int PathwayId, int RoleId, string PathwayName, string RoleTitle);

/// <summary>How many people (with the certification required) stand where, today.</summary>
public sealed record StatusCounts(int Active, int DueSoon, int Lapsed, int NotHeld)
{
    public int Total => Active + DueSoon + Lapsed + NotHeld;

    public int Compliant => Active + DueSoon;

    public static StatusCounts From(IEnumerable<CertificationStatus> statuses)
    {
        var list = statuses.ToList();
        return new StatusCounts(
            list.Count(s => s == CertificationStatus.Active),
            list.Count(s => s == CertificationStatus.DueSoon),
            list.Count(s => s == CertificationStatus.Lapsed),
            list.Count(s => s == CertificationStatus.NotHeld));
    }
}

/// <summary>One required certification as its holder (or their supervisor) sees it, with the courses that renew it.</summary>
public sealed record ComplianceItem(int CertificationId, string Name, CertificationStatus Status, DateOnly? ExpiresOn, DateOnly? WindowOpensOn, IReadOnlyList<CourseChoice> RenewingCourses);

/// <summary>What one person's role requires and where they stand.</summary>
public sealed record PersonCompliance(IReadOnlyList<ComplianceItem> Items)
{
    public bool IsCompliant => Items.All(i => Compliance.Counts(i.Status));

    public IEnumerable<ComplianceItem> DueSoon => Items.Where(i => i.Status == CertificationStatus.DueSoon);

    public IEnumerable<ComplianceItem> Lapsed => Items.Where(i => i.Status == CertificationStatus.Lapsed);

    public IEnumerable<ComplianceItem> NotHeld => Items.Where(i => i.Status == CertificationStatus.NotHeld);
}

/// <summary>A supervisee who needs attention: what is due soon, lapsed or missing.</summary>
public sealed record TeamMemberCompliance(int StaffMemberId, string Name, int Required, IReadOnlyList<ComplianceItem> NeedsAttention);

/// <summary>The supervisor's panel: how many of their people are compliant, and who is not or soon will not be.</summary>
public sealed record TeamCompliance(int People, int WithRequirements, int Compliant, IReadOnlyList<TeamMemberCompliance> NeedsAttention);

/// <summary>One period in a person's history of a certification.</summary>
public sealed record AwardRow(string CertificationName, DateOnly CompletedOn, DateOnly ValidFrom, DateOnly? ExpiresOn, CertificationSource Source);
