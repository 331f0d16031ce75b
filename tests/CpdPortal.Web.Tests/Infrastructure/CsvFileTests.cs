using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Tests.Infrastructure;

/// <summary>The formula neutralising every CSV download goes through (issue 14: full-width forms as well as ASCII).</summary>
public class CsvFileTests
{
    [Theory]
    [InlineData("=SUM(A1)")]
    [InlineData("+44 20")]
    [InlineData("-1")]
    [InlineData("@cmd")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("\uFF1DSUM(A1)")] // ＝ full-width equals
    [InlineData("\uFF0B44")] // ＋ full-width plus
    [InlineData("\uFF0D1")] // － full-width hyphen-minus
    [InlineData("\uFF20cmd")] // ＠ full-width commercial at
    public void Neutralise_FormulaStart_GetsALeadingApostrophe(string cell)
    {
        // Act
        var result = CsvFile.Neutralise(cell);

        // Assert
        Assert.Equal("'" + cell, result);
    }

    [Theory]
    [InlineData("Sam Patel")]
    [InlineData("1 = 1")]
    [InlineData("\uFF21bc")] // Ａ full-width A: not a formula character
    public void Neutralise_OrdinaryText_IsUnchanged(string cell)
    {
        // Act
        var result = CsvFile.Neutralise(cell);

        // Assert
        Assert.Equal(cell, result);
    }
}
