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
    DateOnly StartDate);

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
    string? Supervisor)
{
    public string FullName => $"{GivenName} {FamilyName}";

    public StaffInput ToInput() =>
        new(StaffNumber, GivenName, FamilyName, Email, JobTitle, TeamId, PathwayRoleId, RegistrationNumber, EmploymentType, StartDate);
}

/// <summary>A choice in a select list.</summary>
public sealed record Choice(int Id, string Name);

/// <summary>What the staff form offers: active teams and the pathway roles.</summary>
public sealed record StaffFormOptions(IReadOnlyList<Choice> Teams, IReadOnlyList<Choice> PathwayRoles);
