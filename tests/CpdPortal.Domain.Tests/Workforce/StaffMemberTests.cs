using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using static CpdPortal.TestCommon.StaffMemberBuilder;

namespace CpdPortal.Domain.Tests.Workforce;

public class StaffMemberTests
{
    private static Func<int, int?> Lines(params StaffMember[] people)
    {
        var lines = people.ToDictionary(p => p.Id, p => p.SupervisorId);
        return id => lines.GetValueOrDefault(id);
    }

    [Fact]
    public void AssignSupervisor_Themselves_IsRefused()
    {
        var person = AStaffMember().Build();

        var error = Assert.Throws<DomainRuleException>(() => person.AssignSupervisor(person, Lines(person)));

        Assert.Equal("supervision.self", error.Rule);
        Assert.Null(person.SupervisorId);
    }

    [Fact]
    public void AssignSupervisor_SameIdDifferentInstance_IsRefusedAsSelf()
    {
        var person = AStaffMember().WithId(42).Build();
        var copy = AStaffMember().WithId(42).Build();

        var error = Assert.Throws<DomainRuleException>(() => person.AssignSupervisor(copy, Lines(person)));

        Assert.Equal("supervision.self", error.Rule);
    }

    [Fact]
    public void AssignSupervisor_SomeoneElse_SetsTheLine()
    {
        var manager = AStaffMember().Named("Alex", "Morgan").Build();
        var worker = AStaffMember().Named("Sam", "Patel").Build();

        worker.AssignSupervisor(manager, Lines(manager, worker));

        Assert.Equal(manager.Id, worker.SupervisorId);
    }

    [Fact]
    public void AssignSupervisor_DirectCycle_IsRefused()
    {
        var a = AStaffMember().Named("Alex", "Morgan").Build();
        var b = AStaffMember().Named("Sam", "Patel").Build();
        b.AssignSupervisor(a, Lines(a, b));

        var error = Assert.Throws<DomainRuleException>(() => a.AssignSupervisor(b, Lines(a, b)));

        Assert.Equal("supervision.cycle", error.Rule);
        Assert.Null(a.SupervisorId);
    }

    [Fact]
    public void AssignSupervisor_LongerCycle_IsRefused()
    {
        // principal supervises service manager supervises team manager supervises worker
        var principal = AStaffMember().Named("Hannah", "Brooks").Build();
        var service = AStaffMember().Named("Morgan", "Ellis").Build();
        var manager = AStaffMember().Named("Alex", "Morgan").Build();
        var worker = AStaffMember().Named("Sam", "Patel").Build();
        service.AssignSupervisor(principal, Lines(principal, service, manager, worker));
        manager.AssignSupervisor(service, Lines(principal, service, manager, worker));
        worker.AssignSupervisor(manager, Lines(principal, service, manager, worker));

        var error = Assert.Throws<DomainRuleException>(() => principal.AssignSupervisor(worker, Lines(principal, service, manager, worker)));

        Assert.Equal("supervision.cycle", error.Rule);
        Assert.Contains("Sam Patel cannot supervise Hannah Brooks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignSupervisor_ExistingLoopElsewhere_DoesNotHang()
    {
        var x = AStaffMember().Build();
        var y = AStaffMember().Build();
        var newcomer = AStaffMember().Build();
        var loop = new Dictionary<int, int?> { [x.Id] = y.Id, [y.Id] = x.Id };

        newcomer.AssignSupervisor(x, id => loop.GetValueOrDefault(id));

        Assert.Equal(x.Id, newcomer.SupervisorId);
    }

    [Fact]
    public void AssignSupervisor_Leaver_IsRefused()
    {
        var leaver = AStaffMember().StartedOn(new DateOnly(2020, 1, 1)).LeftOn(new DateOnly(2025, 3, 31)).Build();
        var worker = AStaffMember().Build();

        var error = Assert.Throws<DomainRuleException>(() => worker.AssignSupervisor(leaver, Lines(leaver, worker)));

        Assert.Equal("supervision.leaver", error.Rule);
    }

    [Fact]
    public void Register_WellFormedNumber_MakesThemARegisteredSocialWorker()
    {
        var person = AStaffMember().Build();

        person.Register(" sw012345 ");

        Assert.Equal("SW012345", person.RegistrationNumber);
        Assert.True(person.IsRegisteredSocialWorker);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("SW")]
    [InlineData("SW12A45")]
    [InlineData("XY123456")]
    public void Register_BadNumber_IsRefused(string number)
    {
        var person = AStaffMember().Build();

        Assert.Throws<DomainRuleException>(() => person.Register(number));
        Assert.False(person.IsRegisteredSocialWorker);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("name@localhost")]
    [InlineData("Name <name@example.org>")]
    [InlineData("")]
    public void Constructor_BadEmail_IsRefused(string email)
    {
        var team = new Team("Adoption");

        Assert.Throws<DomainRuleException>(() =>
            new StaffMember("S1", "Jo", "Okafor", email, "Family support worker", team, EmploymentType.Permanent, new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Constructor_Email_IsStoredInLowerCase()
    {
        var person = new StaffMember("S1", "Jo", "Okafor", "Jo.Okafor@Example.org", "Family support worker", new Team("Adoption"), EmploymentType.Permanent, new DateOnly(2024, 1, 1));

        Assert.Equal("jo.okafor@example.org", person.Email);
        Assert.Equal("Jo Okafor", person.FullName);
    }

    [Fact]
    public void MarkAsLeaver_BeforeStartDate_IsRefused()
    {
        var person = AStaffMember().StartedOn(new DateOnly(2024, 4, 1)).Build();

        Assert.Throws<DomainRuleException>(() => person.MarkAsLeaver(new DateOnly(2024, 3, 31)));
        Assert.Null(person.LeaveDate);
    }

    [Fact]
    public void IsCurrentOn_BeforeStartOnAndAfterLeaving_IsFalse()
    {
        var person = AStaffMember().StartedOn(new DateOnly(2024, 4, 1)).LeftOn(new DateOnly(2025, 4, 30)).Build();

        Assert.False(person.IsCurrentOn(new DateOnly(2024, 3, 31)));
        Assert.True(person.IsCurrentOn(new DateOnly(2024, 4, 1)));
        Assert.True(person.IsCurrentOn(new DateOnly(2025, 4, 30)));
        Assert.False(person.IsCurrentOn(new DateOnly(2025, 5, 1)));
    }

    [Fact]
    public void Reinstate_Leaver_IsCurrentAgain()
    {
        var person = AStaffMember().StartedOn(new DateOnly(2024, 4, 1)).LeftOn(new DateOnly(2025, 4, 30)).Build();

        person.Reinstate();

        Assert.True(person.IsCurrentOn(new DateOnly(2026, 1, 1)));
    }
}
