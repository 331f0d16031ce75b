using CpdPortal.Domain.Common;
using CpdPortal.Domain.Pathways;

namespace CpdPortal.Domain.Tests.Pathways;

/// <summary>Editing a pathway: adding, renaming, moving and removing roles (steps stay 1, 2, 3…), and role courses.</summary>
public class PathwayEditingTests
{
    private static CareerPathway Pathway()
    {
        var pathway = new CareerPathway("Children's social care");
        pathway.AddRole("Family support worker", 1, requiresRegistration: false);
        pathway.AddRole("Social worker", 2, requiresRegistration: true);
        pathway.AddRole("Team manager", 3, requiresRegistration: true);
        pathway.AddRole("Advanced practitioner", 3, requiresRegistration: true);
        pathway.AddRole("Service manager", 4, requiresRegistration: true);
        return pathway;
    }

    private static PathwayRole Role(CareerPathway pathway, string title) => pathway.Roles.Single(r => r.Title == title);

    private static string Layout(CareerPathway pathway) =>
        string.Join(" | ", pathway.OrderedRoles().GroupBy(r => r.Step).Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Title))}"));

    [Fact]
    public void AddRoleAtEnd_NoStepGiven_GoesOnANewLastStep()
    {
        var pathway = Pathway();

        var role = pathway.AddRoleAtEnd("Principal social worker", requiresRegistration: true);

        Assert.Equal(5, role.Step);
    }

    [Fact]
    public void AddRoleAtEnd_AlternativeToAStep_SharesThatStep()
    {
        var pathway = Pathway();

        var role = pathway.AddRoleAtEnd("Practice educator", requiresRegistration: true, alternativeToStep: 3);

        Assert.Equal("1: Family support worker | 2: Social worker | 3: Advanced practitioner, Practice educator, Team manager | 4: Service manager", Layout(pathway));
        Assert.True(role.RequiresRegistration);
    }

    [Fact]
    public void AddRoleAtEnd_StepNotOnThePathway_IsRefused()
    {
        var pathway = Pathway();

        var error = Assert.Throws<DomainRuleException>(() => pathway.AddRoleAtEnd("Practice educator", requiresRegistration: true, alternativeToStep: 9));

        Assert.Equal("Choose a step that is on the pathway", error.Message);
        Assert.Equal(5, pathway.Roles.Count);
    }

    [Fact]
    public void MoveEarlier_RoleAloneOnItsStep_SwapsWithThePreviousStep()
    {
        var pathway = Pathway();

        pathway.MoveEarlier(Role(pathway, "Service manager"));

        Assert.Equal("1: Family support worker | 2: Social worker | 3: Service manager | 4: Advanced practitioner, Team manager", Layout(pathway));
    }

    [Fact]
    public void MoveEarlier_RoleSharingItsStep_GetsAStepOfItsOwnBeforeItsAlternatives()
    {
        var pathway = Pathway();

        pathway.MoveEarlier(Role(pathway, "Team manager"));

        Assert.Equal("1: Family support worker | 2: Social worker | 3: Team manager | 4: Advanced practitioner | 5: Service manager", Layout(pathway));
    }

    [Fact]
    public void MoveLater_RoleSharingItsStep_GetsAStepOfItsOwnAfterItsAlternatives()
    {
        var pathway = Pathway();

        pathway.MoveLater(Role(pathway, "Team manager"));

        Assert.Equal("1: Family support worker | 2: Social worker | 3: Advanced practitioner | 4: Team manager | 5: Service manager", Layout(pathway));
    }

    [Fact]
    public void MoveLater_RoleAloneOnItsStep_SwapsWithTheNextStepAndItsAlternatives()
    {
        var pathway = Pathway();

        pathway.MoveLater(Role(pathway, "Social worker"));

        Assert.Equal("1: Family support worker | 2: Advanced practitioner, Team manager | 3: Social worker | 4: Service manager", Layout(pathway));
    }

    [Fact]
    public void MoveEarlier_FirstRole_IsRefused()
    {
        var pathway = Pathway();

        var error = Assert.Throws<DomainRuleException>(() => pathway.MoveEarlier(Role(pathway, "Family support worker")));

        Assert.Equal("Family support worker is already the first role", error.Message);
    }

    [Fact]
    public void MoveLater_LastRole_IsRefused()
    {
        var pathway = Pathway();

        Assert.Throws<DomainRuleException>(() => pathway.MoveLater(Role(pathway, "Service manager")));
    }

    [Fact]
    public void RemoveRole_NobodyHoldsIt_RemovesItAndRenumbersTheSteps()
    {
        var pathway = Pathway();

        pathway.RemoveRole(Role(pathway, "Social worker"), holders: 0);

        Assert.Equal("1: Family support worker | 2: Advanced practitioner, Team manager | 3: Service manager", Layout(pathway));
    }

    [Fact]
    public void RemoveRole_StaffHoldIt_IsRefusedSayingWhy()
    {
        var pathway = Pathway();

        var error = Assert.Throws<DomainRuleException>(() => pathway.RemoveRole(Role(pathway, "Social worker"), holders: 3));

        Assert.Equal("You cannot remove Social worker because 3 members of staff hold it. Move them to another role first", error.Message);
        Assert.Equal(5, pathway.Roles.Count);
    }

    [Fact]
    public void RenameRole_TitleOfAnotherRole_IsRefused()
    {
        var pathway = Pathway();

        var error = Assert.Throws<DomainRuleException>(() => pathway.RenameRole(Role(pathway, "Social worker"), " team MANAGER "));

        Assert.Equal("This pathway already has a role called team MANAGER", error.Message);
    }

    [Fact]
    public void RenameRole_NewTitle_IsTrimmedAndKept()
    {
        var pathway = Pathway();
        var role = Role(pathway, "Social worker");

        pathway.RenameRole(role, "  Social worker (level 2) ");

        Assert.Equal("Social worker (level 2)", role.Title);
    }

    [Fact]
    public void AddCourse_SameCourseRequiredAndRecommended_IsRefused()
    {
        var role = Role(Pathway(), "Social worker");
        role.AddCourse(7, required: true);

        var error = Assert.Throws<DomainRuleException>(() => role.AddCourse(7, required: false));

        Assert.Equal("This course is already required for the role. Remove it first to recommend it instead", error.Message);
        Assert.True(Assert.Single(role.Courses).Required);
    }

    [Fact]
    public void AddCourse_SameWayTwice_ChangesNothing()
    {
        var role = Role(Pathway(), "Social worker");

        var first = role.AddCourse(7, required: false);
        var second = role.AddCourse(7, required: false);

        Assert.True(first);
        Assert.False(second);
        Assert.Single(role.Courses);
    }

    [Fact]
    public void RemoveCourse_ThenRecommend_IsAllowed()
    {
        var role = Role(Pathway(), "Social worker");
        role.AddCourse(7, required: true);

        var removed = role.RemoveCourse(7);
        role.AddCourse(7, required: false);

        Assert.True(removed);
        Assert.False(Assert.Single(role.Courses).Required);
    }
}
