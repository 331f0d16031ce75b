using System.Text;
using CpdPortal.Application.Survey;
using CpdPortal.Domain.Survey;
using CpdPortal.Web.Features.SurveyResults;

namespace CpdPortal.Web.Tests.Survey;

public class SurveyResultsCsvTests
{
    private static readonly SurveyResultsRound Round = new(1, "=Round", new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31), null, false, new DateOnly(2025, 10, 31));

    private static SurveyFigures ResultsWith(int responses, IReadOnlyList<MethodRatingRow> methods, IReadOnlyList<CountRow> wishes, IReadOnlyList<CountRow> barriers) =>
        new(10, responses, 4, methods, wishes, barriers);

    [Fact]
    public void Write_CellsStartingWithFormulaCharacters_AreEscaped()
    {
        // Arrange
        var results = ResultsWith(
            6,
            [new MethodRatingRow("=HYPERLINK(\"x\")", 4.5, 6, 0), new MethodRatingRow("+Coaching", null, 0, 6)],
            [new CountRow("-Mentoring", 3)],
            [new CountRow("@Cost", 2)]);

        // Act
        var text = Encoding.UTF8.GetString(SurveyResultsCsv.Write(Round, results)).TrimStart('\uFEFF');

        // Assert
        Assert.StartsWith("Round,'=Round\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\",4.50,6,0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("'+Coaching,,0,6\r\n", text, StringComparison.Ordinal);
        Assert.Contains("'-Mentoring,3\r\n", text, StringComparison.Ordinal);
        Assert.Contains("'@Cost,2\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FewerThanFiveResponses_GivesOnlyTheReason()
    {
        // Arrange
        var results = ResultsWith(4, [new MethodRatingRow("Coaching", 4, 4, 0)], [new CountRow("Mentoring", 3)], []);

        // Act
        var text = Encoding.UTF8.GetString(SurveyResultsCsv.Write(Round, results)).TrimStart('\uFEFF');

        // Assert
        Assert.Equal($"Round,'=Round\r\nResponses,4\r\n{SurveyAnonymity.SuppressedMessage}\r\n", text);
    }
}
