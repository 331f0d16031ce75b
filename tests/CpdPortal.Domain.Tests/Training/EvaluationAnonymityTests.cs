using CpdPortal.Domain.Training;

namespace CpdPortal.Domain.Tests.Training;

public class EvaluationAnonymityTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    [InlineData(250, true)]
    public void CanShowComments_Answers_OnlyFromFive(int answers, bool expected)
    {
        // Act
        var result = EvaluationAnonymity.CanShowComments(answers);

        // Assert
        Assert.Equal(expected, result);
    }
}
