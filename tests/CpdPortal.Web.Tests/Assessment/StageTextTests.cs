using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;
using CpdPortal.Web.Features.Assessment;

namespace CpdPortal.Web.Tests.Assessment;

public class StageTextTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Current_NotAssessed_SaysSo()
    {
        var text = StageText.Current(null);

        Assert.Equal("Not yet assessed", text);
    }

    [Fact]
    public void Current_SelfAssessed_SaysItIsYourAssessment()
    {
        var text = StageText.Current(new CurrentStage(1, DreyfusStage.AdvancedBeginner, false, At, DreyfusStage.AdvancedBeginner));

        Assert.Equal("Advanced beginner (your assessment)", text);
    }

    [Fact]
    public void Current_ValidatedAtTheSelfAssessedStage_SaysAgreedBySupervisor()
    {
        var text = StageText.Current(new CurrentStage(1, DreyfusStage.Competent, true, At, DreyfusStage.Competent));

        Assert.Equal("Competent (agreed by your supervisor)", text);
    }

    [Fact]
    public void Current_ValidatedAtADifferentStage_SaysSetBySupervisorAndWhatYouSaid()
    {
        var text = StageText.Current(new CurrentStage(1, DreyfusStage.Competent, true, At, DreyfusStage.Proficient));

        Assert.Equal("Competent (set by your supervisor; you assessed Proficient)", text);
    }

    [Theory]
    [InlineData(0, "Met")]
    [InlineData(-1, "Met")]
    [InlineData(1, "1 stage")]
    [InlineData(3, "3 stages")]
    public void Gap_Stages_ReadsAsText(int stages, string expected)
    {
        var text = StageText.Gap(stages);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("1", "1 hour")]
    [InlineData("7.4", "7.4 hours")]
    [InlineData("3.50", "3.5 hours")]
    [InlineData("44", "44 hours")]
    public void Hours_Decimal_ReadsWithoutTrailingZeros(string hours, string expected)
    {
        var text = StageText.Hours(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(CourseDelivery.FaceToFace, "Face to face")]
    [InlineData(CourseDelivery.OnlineLive, "Online, live")]
    [InlineData(CourseDelivery.ELearning, "E-learning")]
    [InlineData(CourseDelivery.Blended, "Blended")]
    public void Delivery_EachKind_HasPlainWords(CourseDelivery delivery, string expected)
    {
        var text = StageText.Delivery(delivery);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(AssessmentKind.SelfAssessment, "You")]
    [InlineData(AssessmentKind.Validation, "Your supervisor, Alex Morgan")]
    public void Kind_WhoAssessed_IsNamedFromTheReadersPointOfView(AssessmentKind kind, string expected)
    {
        var text = StageText.Kind(kind, "Alex Morgan");

        Assert.Equal(expected, text);
    }
}
