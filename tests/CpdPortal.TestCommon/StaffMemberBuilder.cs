using CpdPortal.Domain.Workforce;

namespace CpdPortal.TestCommon;

/// <summary>Fluent test data for staff members: sensible defaults, override only what a test is about.</summary>
public sealed class StaffMemberBuilder
{
    private static int _next = 1000;

    private int _id = Interlocked.Increment(ref _next);
    private string _givenName = "Test";
    private string _familyName = "Person";
    private string _jobTitle = "Social worker";
    private Team _team = new Team("Protection and Court Team").WithId(1);
    private EmploymentType _employment = EmploymentType.Permanent;
    private DateOnly _start = new(2020, 1, 6);
    private string? _registration;
    private DateOnly? _leaveDate;

    public static StaffMemberBuilder AStaffMember() => new();

    public StaffMemberBuilder Named(string given, string family)
    {
        _givenName = given;
        _familyName = family;
        return this;
    }

    public StaffMemberBuilder WithId(int id)
    {
        _id = id;
        return this;
    }

    public StaffMemberBuilder AsJob(string jobTitle)
    {
        _jobTitle = jobTitle;
        return this;
    }

    public StaffMemberBuilder InTeam(Team team)
    {
        _team = team;
        return this;
    }

    public StaffMemberBuilder Agency()
    {
        _employment = EmploymentType.Agency;
        return this;
    }

    public StaffMemberBuilder StartedOn(DateOnly start)
    {
        _start = start;
        return this;
    }

    public StaffMemberBuilder Registered(string number = "SW123456")
    {
        _registration = number;
        return this;
    }

    public StaffMemberBuilder LeftOn(DateOnly leaveDate)
    {
        _leaveDate = leaveDate;
        return this;
    }

    public StaffMember Build()
    {
        var id = _id;
        var person = new StaffMember(
            $"S{id:00000}",
            _givenName,
            _familyName,
            $"{_givenName}.{_familyName}{id}@example.org".ToLowerInvariant(),
            _jobTitle,
            _team,
            _employment,
            _start).WithId(id);
        if (_registration is not null)
        {
            person.Register(_registration);
        }

        if (_leaveDate is { } leave)
        {
            person.MarkAsLeaver(leave);
        }

        return person;
    }
}
