using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using static CpdPortal.TestCommon.StaffMemberBuilder;

namespace CpdPortal.Domain.Tests.Workforce;

public class StaffMemberDetailsTests
{
    [Fact]
    public void ChangeDetails_Valid_ChangesEveryFieldAndLowersTheEmail()
    {
        // Arrange
        var person = AStaffMember().Build();

        // Act
        person.ChangeDetails(" N123 ", "Nadia", "Khan", "Nadia.Khan@Example.org", EmploymentType.Agency, new DateOnly(2024, 5, 1));

        // Assert
        Assert.Equal("N123", person.StaffNumber);
        Assert.Equal("Nadia Khan", person.FullName);
        Assert.Equal("nadia.khan@example.org", person.Email);
        Assert.Equal(EmploymentType.Agency, person.EmploymentType);
        Assert.Equal(new DateOnly(2024, 5, 1), person.StartDate);
    }

    [Fact]
    public void ChangeDetails_BadEmail_ChangesNothing()
    {
        // Arrange
        var person = AStaffMember().Named("Test", "Person").Build();
        var before = (person.StaffNumber, person.GivenName, person.Email);

        // Act
        var error = Assert.Throws<DomainRuleException>(() => person.ChangeDetails("NEW1", "Other", "Name", "not an email", EmploymentType.Permanent, person.StartDate));

        // Assert
        Assert.Equal("staff.email", error.Rule);
        Assert.Equal(before, (person.StaffNumber, person.GivenName, person.Email));
    }

    [Fact]
    public void ChangeDetails_StartAfterLeaving_IsRefused()
    {
        // Arrange
        var person = AStaffMember().StartedOn(new DateOnly(2020, 1, 6)).Build();
        person.MarkAsLeaver(new DateOnly(2023, 3, 31));

        // Act
        var error = Assert.Throws<DomainRuleException>(() => person.ChangeDetails("S1", "A", "B", "a.b@example.org", EmploymentType.Permanent, new DateOnly(2023, 4, 1)));

        // Assert
        Assert.Equal("staff.startDate", error.Rule);
        Assert.Equal(new DateOnly(2020, 1, 6), person.StartDate);
    }
}
