using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Tests.Competence;

/// <summary>Framework versions (ADR 0013): published versions are read-only, drafts are copies, publishing supersedes.</summary>
public class FrameworkVersioningTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CompetenceFramework Published()
    {
        var framework = new CompetenceFramework("PCF", "Professional Capabilities Framework", 1, FrameworkAudience.RegisteredSocialWorkers, "Nine domains.");
        framework.AddArea("Professionalism", "Identify and behave as a professional.");
        var reflection = framework.AddArea("Critical reflection and analysis");
        reflection.DescribeStage(DreyfusStage.Novice, "Reflects when prompted.");
        framework.Publish(Today.AddYears(-1));
        return framework;
    }

    private static void WordAll(CompetenceArea area)
    {
        foreach (var stage in DreyfusStages.All)
        {
            area.DescribeStage(stage.Stage, $"{area.Name} at {stage.Name}.");
        }
    }

    [Fact]
    public void NewVersion_Published_CopiesEveryAreaWithItsKeyAndWritesInEveryStagesWording()
    {
        var published = Published();

        var draft = published.NewVersion(2);

        Assert.Equal((FrameworkStatus.Draft, "PCF", 2), (draft.Status, draft.Code, draft.Version));
        Assert.Equal(published.Areas.Select(a => (a.Key, a.Name, a.Order)), draft.Areas.Select(a => (a.Key, a.Name, a.Order)));
        var reflection = draft.Areas.Single(a => a.Name == "Critical reflection and analysis");
        Assert.Equal("Reflects when prompted.", reflection.WordingFor(DreyfusStage.Novice));
        Assert.Equal(DreyfusStages.Describe(DreyfusStage.Expert).Description, reflection.WordingFor(DreyfusStage.Expert));
        Assert.All(draft.Areas, a => Assert.True(a.IsFullyWorded));
        Assert.Equal("Identify and behave as a professional.", draft.Areas.First().Description);
    }

    [Fact]
    public void NewVersion_Draft_IsRefused()
    {
        var draft = Published().NewVersion(2);

        Assert.Throws<DomainRuleException>(() => draft.NewVersion(3));
    }

    [Fact]
    public void NewVersion_NotAboveTheCurrentVersion_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => Published().NewVersion(1));
    }

    [Fact]
    public void AddArea_Published_IsRefused()
    {
        var published = Published();

        var error = Assert.Throws<DomainRuleException>(() => published.AddArea("Knowledge"));

        Assert.Equal(CompetenceFramework.PublishedMessage, error.Message);
        Assert.Equal(2, published.Areas.Count);
    }

    [Fact]
    public void DescribeStage_AreaOfAPublishedVersion_IsRefused()
    {
        var area = Published().Areas.First();

        Assert.Throws<DomainRuleException>(() => area.DescribeStage(DreyfusStage.Expert, "Changed in place."));
        Assert.Equal(DreyfusStages.Describe(DreyfusStage.Expert).Description, area.WordingFor(DreyfusStage.Expert));
    }

    [Fact]
    public void RenameArea_Draft_KeepsTheKey()
    {
        var draft = Published().NewVersion(2);
        var area = draft.Areas.First();
        var key = area.Key;

        draft.RenameArea(area, "Professionalism and identity");

        Assert.Equal(("Professionalism and identity", key), (area.Name, area.Key));
    }

    [Fact]
    public void AddArea_Draft_GetsANewKeyAtTheEnd()
    {
        var published = Published();
        var draft = published.NewVersion(2);

        var area = draft.AddArea("Knowledge");

        Assert.Equal(3, area.Order);
        Assert.DoesNotContain(area.Key, published.Areas.Select(a => a.Key));
    }

    [Fact]
    public void RemoveAndMoveArea_Draft_RenumbersTheOrder()
    {
        var draft = Published().NewVersion(2);
        var knowledge = draft.AddArea("Knowledge");

        draft.MoveArea(knowledge, earlier: true);
        draft.RemoveArea(draft.Areas.Single(a => a.Name == "Professionalism"));

        Assert.Equal(["Knowledge", "Critical reflection and analysis"], draft.Areas.OrderBy(a => a.Order).Select(a => a.Name));
        Assert.Equal([1, 2], draft.Areas.OrderBy(a => a.Order).Select(a => a.Order));
    }

    [Fact]
    public void PublishVersion_Draft_BecomesCurrentAndSupersedesThePrevious()
    {
        var published = Published();
        var draft = published.NewVersion(2);

        draft.PublishVersion(Today, published);

        Assert.Equal((FrameworkStatus.Published, Today), (draft.Status, draft.PublishedOn));
        Assert.Equal((FrameworkStatus.Superseded, Today), (published.Status, published.SupersededOn));
    }

    [Fact]
    public void PublishVersion_NewAreaWithoutWording_IsRefusedAndNothingChanges()
    {
        var published = Published();
        var draft = published.NewVersion(2);
        draft.AddArea("Knowledge");

        var error = Assert.Throws<DomainRuleException>(() => draft.PublishVersion(Today, published));

        Assert.Equal("Describe all five stages of Knowledge before publishing", error.Message);
        Assert.Equal(FrameworkStatus.Draft, draft.Status);
        Assert.Equal(FrameworkStatus.Published, published.Status);
    }

    [Fact]
    public void PublishVersion_NewAreaFullyWorded_IsAllowed()
    {
        var published = Published();
        var draft = published.NewVersion(2);
        WordAll(draft.AddArea("Knowledge"));

        draft.PublishVersion(Today, published);

        Assert.Equal(FrameworkStatus.Published, draft.Status);
    }

    [Fact]
    public void PublishVersion_NoAreas_IsRefused()
    {
        var published = Published();
        var draft = published.NewVersion(2);
        foreach (var area in draft.Areas.ToList())
        {
            draft.RemoveArea(area);
        }

        Assert.Throws<DomainRuleException>(() => draft.PublishVersion(Today, published));
        Assert.Equal(FrameworkStatus.Published, published.Status);
    }

    [Fact]
    public void PublishVersion_ReplacingAnotherFramework_IsRefused()
    {
        var other = new CompetenceFramework("COMMON-CORE", "Common Core", 1, FrameworkAudience.NonRegisteredStaff);
        other.AddArea("Safeguarding");
        other.Publish(Today);
        var draft = Published().NewVersion(2);

        Assert.Throws<DomainRuleException>(() => draft.PublishVersion(Today, other));
    }

    [Fact]
    public void AssignKeyIfMissing_AreaWithAKey_KeepsIt()
    {
        var area = Published().Areas.First();
        var key = area.Key;

        var assigned = area.AssignKeyIfMissing();

        Assert.False(assigned);
        Assert.Equal(key, area.Key);
        Assert.NotEqual(Guid.Empty, key);
    }
}
