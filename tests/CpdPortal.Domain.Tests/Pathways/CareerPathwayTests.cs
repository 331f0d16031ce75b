using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Pathways;
using CpdPortal.TestCommon;

namespace CpdPortal.Domain.Tests.Pathways;

public class CareerPathwayTests
{
    private static CareerPathway Pathway(out PathwayRole socialWorker, out PathwayRole senior, out PathwayRole[] step6, out PathwayRole principal)
    {
        var pathway = new CareerPathway("Children's social care");
        socialWorker = pathway.AddRole("Social worker", 4, requiresRegistration: true);
        senior = pathway.AddRole("Senior practitioner", 5, requiresRegistration: true);
        step6 =
        [
            pathway.AddRole("Team manager", 6, requiresRegistration: true),
            pathway.AddRole("Advanced practitioner", 6, requiresRegistration: true),
        ];
        principal = pathway.AddRole("Principal social worker", 8, requiresRegistration: true);
        return pathway;
    }

    [Fact]
    public void NextRolesAfter_MiddleOfPathway_ReturnsTheRoleOnTheNextStep()
    {
        var pathway = Pathway(out var socialWorker, out var senior, out _, out _);

        Assert.Equal([senior], pathway.NextRolesAfter(socialWorker));
    }

    [Fact]
    public void NextRolesAfter_AlternativesOnTheNextStep_ReturnsAllOfThem()
    {
        var pathway = Pathway(out _, out var senior, out var step6, out _);

        var next = pathway.NextRolesAfter(senior);

        Assert.Equal(["Advanced practitioner", "Team manager"], next.Select(r => r.Title));
        Assert.All(step6, r => Assert.Contains(r, next));
    }

    [Fact]
    public void NextRolesAfter_GapInStepNumbers_SkipsToTheNextStepThatExists()
    {
        var pathway = Pathway(out _, out _, out var step6, out var principal);

        Assert.Equal([principal], pathway.NextRolesAfter(step6[0]));
    }

    [Fact]
    public void NextRolesAfter_TopOfPathway_IsEmpty()
    {
        var pathway = Pathway(out _, out _, out _, out var principal);

        Assert.Empty(pathway.NextRolesAfter(principal));
    }

    [Fact]
    public void NextRolesAfter_RoleFromAnotherPathway_IsRefused()
    {
        var pathway = Pathway(out _, out _, out _, out _);
        var other = new CareerPathway("Other").AddRole("Social worker", 1, requiresRegistration: true);

        Assert.Throws<DomainRuleException>(() => pathway.NextRolesAfter(other));
    }

    [Fact]
    public void AddRole_DuplicateTitle_IsRefused()
    {
        var pathway = new CareerPathway("Children's social care");
        pathway.AddRole("Social worker", 1, requiresRegistration: true);

        Assert.Throws<DomainRuleException>(() => pathway.AddRole("SOCIAL WORKER", 2, requiresRegistration: true));
    }

    [Fact]
    public void AddRole_StepBelowOne_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => new CareerPathway("P").AddRole("Role", 0, requiresRegistration: false));
    }

    [Fact]
    public void OrderedRoles_ReturnsRolesByStep()
    {
        var pathway = Pathway(out _, out _, out _, out _);

        Assert.Equal(
            ["Social worker", "Senior practitioner", "Advanced practitioner", "Team manager", "Principal social worker"],
            pathway.OrderedRoles().Select(r => r.Title));
    }

    [Fact]
    public void GapsTo_NextRole_IsExpectedMinusLatestStagePerArea()
    {
        var framework = new CompetenceFramework("PCF", "PCF", 1, FrameworkAudience.RegisteredSocialWorkers);
        var knowledge = framework.AddArea("Knowledge").WithId(1);
        var reflection = framework.AddArea("Critical reflection and analysis").WithId(2);
        var leadership = framework.AddArea("Professional leadership").WithId(3);
        var pathway = new CareerPathway("Children's social care");
        var senior = pathway.AddRole("Senior practitioner", 5, requiresRegistration: true);
        senior.Expect(knowledge, DreyfusStage.Proficient);
        senior.Expect(reflection, DreyfusStage.Proficient);
        senior.Expect(leadership, DreyfusStage.Competent);
        var current = new Dictionary<int, DreyfusStage>
        {
            [1] = DreyfusStage.Competent,
            [2] = DreyfusStage.Expert,
        };

        var gaps = CareerPathway.GapsTo(senior, current);

        Assert.Collection(
            gaps,
            g => Assert.Equal((1, 1, true, false), (g.AreaId, g.Stages, g.IsAssessed, g.IsMet)),
            g => Assert.Equal((2, 0, true, true), (g.AreaId, g.Stages, g.IsAssessed, g.IsMet)),
            g => Assert.Equal((3, 3, false, false), (g.AreaId, g.Stages, g.IsAssessed, g.IsMet)));
    }

    [Fact]
    public void Expect_SameAreaTwice_ChangesTheExpectation()
    {
        var area = new CompetenceFramework("PCF", "PCF", 1, FrameworkAudience.AllStaff).AddArea("Knowledge").WithId(7);
        var role = new CareerPathway("P").AddRole("Social worker", 1, requiresRegistration: true);

        role.Expect(area, DreyfusStage.Competent);
        role.Expect(area, DreyfusStage.Proficient);

        var expectation = Assert.Single(role.Expectations);
        Assert.Equal(DreyfusStage.Proficient, expectation.Stage);
    }
}
