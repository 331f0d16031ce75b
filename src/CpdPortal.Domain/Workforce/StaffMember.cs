using System.Net.Mail;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Pathways;

namespace CpdPortal.Domain.Workforce;

/// <summary>A member of the children's services workforce: the person whose CPD the portal records.</summary>
public sealed class StaffMember
{
    private StaffMember()
    {
        StaffNumber = string.Empty;
        GivenName = string.Empty;
        FamilyName = string.Empty;
        Email = string.Empty;
        JobTitle = string.Empty;
    }

    public StaffMember(
        string staffNumber,
        string givenName,
        string familyName,
        string email,
        string jobTitle,
        Team team,
        EmploymentType employmentType,
        DateOnly startDate)
    {
        StaffNumber = Guard.Text(staffNumber, FieldLengths.StaffNumber, "staff.number", "the staff number");
        GivenName = Guard.Text(givenName, FieldLengths.Name, "staff.givenName", "the first name");
        FamilyName = Guard.Text(familyName, FieldLengths.Name, "staff.familyName", "the last name");
        Email = NormaliseEmail(email);
        JobTitle = Guard.Text(jobTitle, FieldLengths.Title, "staff.jobTitle", "the job title");
        Team = team;
        TeamId = team.Id;
        EmploymentType = employmentType;
        StartDate = startDate;
    }

    public int Id { get; private set; }

    public string StaffNumber { get; private set; }

    public string GivenName { get; private set; }

    public string FamilyName { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";

    public string Email { get; private set; }

    public string JobTitle { get; private set; }

    public int TeamId { get; private set; }

    public Team? Team { get; private set; }

    /// <summary>The person's current role on a career pathway, if it has been placed on one.</summary>
    public int? PathwayRoleId { get; private set; }

    public PathwayRole? PathwayRole { get; private set; }

    public int? SupervisorId { get; private set; }

    public StaffMember? Supervisor { get; private set; }

    /// <summary>Social Work England registration number; null for non-registered staff.</summary>
    public string? RegistrationNumber { get; private set; }

    public bool IsRegisteredSocialWorker => RegistrationNumber is not null;

    public EmploymentType EmploymentType { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? LeaveDate { get; private set; }

    /// <summary>The contracted full-time equivalent (more than 0, at most 1); 1 until HR says otherwise.</summary>
    public decimal FullTimeEquivalent { get; private set; } = WorkingPattern.FullTime;

    /// <summary>Days absent in the last 12 months as HR last reported them; null when never reported.</summary>
    public decimal? AbsenceDays { get; private set; }

    /// <summary>Still employed on the given day.</summary>
    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (LeaveDate is null || LeaveDate.Value >= day);

    public void MoveToTeam(Team team)
    {
        Team = team;
        TeamId = team.Id;
    }

    public void PlaceOnPathway(PathwayRole role)
    {
        PathwayRole = role;
        PathwayRoleId = role.Id;
    }

    /// <summary>Corrects who the person is (an administrator's edit or an HR import); uniqueness is checked by the caller.</summary>
    public void ChangeDetails(string staffNumber, string givenName, string familyName, string email, EmploymentType employmentType, DateOnly startDate)
    {
        if (LeaveDate is { } left && left < startDate)
        {
            throw new DomainRuleException("staff.startDate", "The start date must be the same as or before the leaving date");
        }

        // Every check before any change, so a refused edit leaves the person as they were.
        var number = Guard.Text(staffNumber, FieldLengths.StaffNumber, "staff.number", "the staff number");
        var given = Guard.Text(givenName, FieldLengths.Name, "staff.givenName", "the first name");
        var family = Guard.Text(familyName, FieldLengths.Name, "staff.familyName", "the last name");
        var address = NormaliseEmail(email);
        (StaffNumber, GivenName, FamilyName, Email, EmploymentType, StartDate) = (number, given, family, address, employmentType, startDate);
    }

    public void ChangeJobTitle(string jobTitle) =>
        JobTitle = Guard.Text(jobTitle, FieldLengths.Title, "staff.jobTitle", "the job title");

    public void Register(string registrationNumber) => RegistrationNumber = NormaliseRegistrationNumber(registrationNumber);

    public void Deregister() => RegistrationNumber = null;

    /// <summary>
    /// Sets who supervises this person. <paramref name="supervisorOf"/> answers, for any staff id, the id of that
    /// person's current supervisor; it is used to refuse a line that would loop back to this person.
    /// </summary>
    public void AssignSupervisor(StaffMember supervisor, Func<int, int?> supervisorOf)
    {
        SupervisionLines.EnsureCanSupervise(this, supervisor, supervisorOf);
        Supervisor = supervisor;
        SupervisorId = supervisor.Id;
    }

    public void RemoveSupervisor()
    {
        Supervisor = null;
        SupervisorId = null;
    }

    public void MarkAsLeaver(DateOnly leaveDate)
    {
        if (leaveDate < StartDate)
        {
            throw new DomainRuleException("staff.leaveDate", "The leaving date must be the same as or after the start date");
        }

        LeaveDate = leaveDate;
    }

    public void Reinstate() => LeaveDate = null;

    /// <summary>Sets the contracted working pattern (an HR import).</summary>
    public void ChangeWorkingPattern(decimal fullTimeEquivalent) => FullTimeEquivalent = WorkingPattern.Fte(fullTimeEquivalent);

    /// <summary>Records the days absent in the last 12 months (an HR import).</summary>
    public void RecordAbsence(decimal days) => AbsenceDays = WorkingPattern.AbsenceDays(days);

    /// <summary>No absence figure recorded (an administrator cleared it on the staff form).</summary>
    public void ClearAbsence() => AbsenceDays = null;

    /// <summary>The registration number as stored (upper case), or a domain error when it is not like SW123456.</summary>
    internal static string NormaliseRegistrationNumber(string registrationNumber)
    {
        var number = Guard.Text(registrationNumber, FieldLengths.RegistrationNumber, "staff.registration", "the Social Work England registration number")
            .ToUpperInvariant();
        if (!number.StartsWith("SW", StringComparison.Ordinal) || number.Length < 3 || !number[2..].All(char.IsAsciiDigit))
        {
            throw new DomainRuleException("staff.registration", "Enter a registration number in the correct format, like SW123456");
        }

        return number;
    }

    /// <summary>The email address as stored (lower case), or a domain error when it is not a valid address.</summary>
    internal static string NormaliseEmail(string email)
    {
        var trimmed = Guard.Text(email, FieldLengths.Email, "staff.email", "an email address");
        if (!MailAddress.TryCreate(trimmed, out var parsed) || !string.Equals(parsed.Address, trimmed, StringComparison.OrdinalIgnoreCase)
            || !trimmed.Contains('.', StringComparison.Ordinal))
        {
            throw new DomainRuleException("staff.email", "Enter an email address in the correct format, like name@example.org");
        }

        return trimmed.ToLowerInvariant();
    }
}
