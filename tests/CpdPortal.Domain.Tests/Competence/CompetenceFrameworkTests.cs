using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Tests.Competence;

public class CompetenceFrameworkTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void AddArea_SeveralAreas_KeepsTheirOrder()
    {
        var framework = new CompetenceFramework("pcf", "Professional Capabilities Framework", 1, FrameworkAudience.RegisteredSocialWorkers);

        framework.AddArea("Professionalism");
        framework.AddArea("Values and ethics");

        Assert.Equal("PCF", framework.Code);
        Assert.Equal([1, 2], framework.Areas.Select(a => a.Order));
        Assert.Equal(["Professionalism", "Values and ethics"], framework.Areas.Select(a => a.Name));
    }

    [Fact]
    public void AddArea_SameNameTwice_IsRefused()
    {
        var framework = new CompetenceFramework("PCF", "PCF", 1, FrameworkAudience.AllStaff);
        framework.AddArea("Knowledge");

        var error = Assert.Throws<DomainRuleException>(() => framework.AddArea(" knowledge "));

        Assert.Equal("area.duplicate", error.Rule);
    }

    [Fact]
    public void AddArea_BlankName_IsRefusedWithAFormMessage()
    {
        var framework = new CompetenceFramework("PCF", "PCF", 1, FrameworkAudience.AllStaff);

        var error = Assert.Throws<DomainRuleException>(() => framework.AddArea("  "));

        Assert.Equal("Enter the area name", error.Message);
    }

    [Fact]
    public void Constructor_VersionBelowOne_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => new CompetenceFramework("PCF", "PCF", 0, FrameworkAudience.AllStaff));
    }

    [Fact]
    public void Publish_NoAreas_IsRefused()
    {
        var framework = new CompetenceFramework("PCF", "PCF", 1, FrameworkAudience.AllStaff);

        Assert.Throws<DomainRuleException>(() => framework.Publish(Today));
        Assert.False(framework.IsPublished);
    }

    [Fact]
    public void Publish_Twice_KeepsTheFirstDate()
    {
        var framework = new CompetenceFramework("PCF", "PCF", 1, FrameworkAudience.AllStaff);
        framework.AddArea("Knowledge");

        framework.Publish(Today);
        framework.Publish(Today.AddDays(5));

        Assert.Equal(Today, framework.PublishedOn);
    }

    [Theory]
    [InlineData(FrameworkAudience.AllStaff, true, true)]
    [InlineData(FrameworkAudience.AllStaff, false, true)]
    [InlineData(FrameworkAudience.RegisteredSocialWorkers, true, true)]
    [InlineData(FrameworkAudience.RegisteredSocialWorkers, false, false)]
    [InlineData(FrameworkAudience.NonRegisteredStaff, true, false)]
    [InlineData(FrameworkAudience.NonRegisteredStaff, false, true)]
    public void AppliesTo_RegistrationStatus_MatchesTheAudience(FrameworkAudience audience, bool registered, bool applies)
    {
        var framework = new CompetenceFramework("X", "X", 1, audience);

        Assert.Equal(applies, framework.AppliesTo(registered));
    }

    [Fact]
    public void WordingFor_AreaWording_OverridesTheGenericDescription()
    {
        var framework = new CompetenceFramework("PCF", "PCF", 1, FrameworkAudience.AllStaff);
        var area = framework.AddArea("Critical reflection and analysis");

        area.DescribeStage(DreyfusStage.Competent, "Forms and tests hypotheses.");
        area.DescribeStage(DreyfusStage.Competent, "Forms and tests hypotheses; explains the rationale.");

        Assert.Equal("Forms and tests hypotheses; explains the rationale.", area.WordingFor(DreyfusStage.Competent));
        Assert.Single(area.StageDescriptors);
        Assert.Equal(DreyfusStages.Describe(DreyfusStage.Expert).Description, area.WordingFor(DreyfusStage.Expert));
    }

    [Fact]
    public void DescribeStage_UndefinedStage_IsRefused()
    {
        var area = new CompetenceFramework("PCF", "PCF", 1, FrameworkAudience.AllStaff).AddArea("Knowledge");

        Assert.Throws<DomainRuleException>(() => area.DescribeStage(0, "text"));
    }
}
