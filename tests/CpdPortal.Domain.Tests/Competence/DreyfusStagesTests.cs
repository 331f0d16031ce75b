using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Tests.Competence;

public class DreyfusStagesTests
{
    [Theory]
    [InlineData(DreyfusStage.Novice, DreyfusStage.AdvancedBeginner)]
    [InlineData(DreyfusStage.AdvancedBeginner, DreyfusStage.Competent)]
    [InlineData(DreyfusStage.Competent, DreyfusStage.Proficient)]
    [InlineData(DreyfusStage.Proficient, DreyfusStage.Expert)]
    public void Next_BelowExpert_ReturnsTheFollowingStage(DreyfusStage stage, DreyfusStage expected)
    {
        Assert.Equal(expected, DreyfusStages.Next(stage));
    }

    [Fact]
    public void Next_Expert_ReturnsNull()
    {
        Assert.Null(DreyfusStages.Next(DreyfusStage.Expert));
    }

    [Fact]
    public void Next_UndefinedStage_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DreyfusStages.Next((DreyfusStage)6));
    }

    [Theory]
    [InlineData(DreyfusStage.Competent, DreyfusStage.Novice, 2)]
    [InlineData(DreyfusStage.Expert, DreyfusStage.AdvancedBeginner, 3)]
    [InlineData(DreyfusStage.Competent, DreyfusStage.Competent, 0)]
    [InlineData(DreyfusStage.Novice, DreyfusStage.Expert, 0)]
    public void Gap_AssessedStage_IsStagesStillToGoAndNeverNegative(DreyfusStage expected, DreyfusStage current, int gap)
    {
        Assert.Equal(gap, DreyfusStages.Gap(expected, current));
    }

    [Theory]
    [InlineData(DreyfusStage.Novice, 1)]
    [InlineData(DreyfusStage.Proficient, 4)]
    public void Gap_NotYetAssessed_IsTheWholeWayToTheExpectedStage(DreyfusStage expected, int gap)
    {
        Assert.Equal(gap, DreyfusStages.Gap(expected, null));
    }

    [Fact]
    public void All_ListsFiveStagesInOrderWithWording()
    {
        var all = DreyfusStages.All;

        Assert.Equal(
            [DreyfusStage.Novice, DreyfusStage.AdvancedBeginner, DreyfusStage.Competent, DreyfusStage.Proficient, DreyfusStage.Expert],
            all.Select(d => d.Stage));
        Assert.Equal("Advanced beginner", DreyfusStages.Name(DreyfusStage.AdvancedBeginner));
        Assert.All(all, d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
    }

    [Fact]
    public void Stages_AreOrderedSoTheyCanBeCompared()
    {
        Assert.True(DreyfusStage.Expert > DreyfusStage.Proficient);
        Assert.True(DreyfusStage.Novice < DreyfusStage.AdvancedBeginner);
    }
}
