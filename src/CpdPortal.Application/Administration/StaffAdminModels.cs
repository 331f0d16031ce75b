using CpdPortal.Domain.Workforce;

namespace CpdPortal.Application.Administration;

/// <summary>A staff member as an administrator enters them. Field names match the form's.</summary>
public sealed record StaffInput(
    string StaffNumber,
    string GivenName,
    string FamilyName,
    string Email,
    string JobTitle,
    int TeamId,
    int? PathwayRoleId,
    string? RegistrationNumber,
    EmploymentType EmploymentType,
    DateOnly StartDate,
    decimal FullTimeEquivalent,
    decimal? AbsenceDays);

/// <summary>One row of the staff list.</summary>
public sealed record StaffListRow(int Id, string StaffNumber, string Name, string Email, string JobTitle, string Team, DateOnly? LeaveDate);

/// <summary>The staff page: who the person is, their team, role and supervisor.</summary>
public sealed record StaffDetails(
    int Id,
    string StaffNumber,
    string GivenName,
    string FamilyName,
    string Email,
    string JobTitle,
    int TeamId,
    string Team,
    int? PathwayRoleId,
    string? PathwayRole,
    string? RegistrationNumber,
    EmploymentType EmploymentType,
    DateOnly StartDate,
    DateOnly? LeaveDate,
    int? SupervisorId,
    string? Supervisor,
    decimal FullTimeEquivalent,
    decimal? AbsenceDays)
{
    public string FullName => $"{GivenName} {FamilyName}";

    public StaffInput ToInput() =>
        new(StaffNumber, GivenName, FamilyName, Email, JobTitle, TeamId, PathwayRoleId, RegistrationNumber, EmploymentType, StartDate, FullTimeEquivalent, AbsenceDays);
}

/// <summary>One change of a person's FTE on the staff page: "import" when the HR import changed it.</summary>
public sealed record WorkingPatternChangeRow(decimal FromFte, decimal ToFte, DateTimeOffset ChangedAt, string ChangedBy);

/// <summary>A choice in a select list.</summary>
public sealed record Choice(int Id, string Name);

/// <summary>What the staff form offers: active teams and the pathway roles.</summary>
public sealed record StaffFormOptions(IReadOnlyList<Choice> Teams, IReadOnlyList<Choice> PathwayRoles);
