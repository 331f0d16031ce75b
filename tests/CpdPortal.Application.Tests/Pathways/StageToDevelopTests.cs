using CpdPortal.Application.Pathways;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Application.Tests.Pathways;

public class StageToDevelopTests
{
    [Fact]
    public void StageToDevelop_NotAssessed_IsNovice()
    {
        var stage = PathwayService.StageToDevelop(null);

        Assert.Equal(DreyfusStage.Novice, stage);
    }

    [Theory]
    [InlineData(DreyfusStage.Novice, DreyfusStage.AdvancedBeginner)]
    [InlineData(DreyfusStage.AdvancedBeginner, DreyfusStage.Competent)]
    [InlineData(DreyfusStage.Proficient, DreyfusStage.Expert)]
    public void StageToDevelop_Assessed_IsTheStageAbove(DreyfusStage current, DreyfusStage expected)
    {
        var stage = PathwayService.StageToDevelop(current);

        Assert.Equal(expected, stage);
    }

    [Fact]
    public void StageToDevelop_Expert_IsNone()
    {
        var stage = PathwayService.StageToDevelop(DreyfusStage.Expert);

        Assert.Null(stage);
    }
}
