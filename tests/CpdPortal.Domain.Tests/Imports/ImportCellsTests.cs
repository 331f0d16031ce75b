using CpdPortal.Domain.Imports;

namespace CpdPortal.Domain.Tests.Imports;

public class ImportCellsTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+44 20")]
    [InlineData("-3")]
    [InlineData("@SUM(A1)")]
    [InlineData("  =HYPERLINK(\"x\")")]
    [InlineData("\uFF1D1+1")]
    [InlineData("\uFF0B44")]
    [InlineData("\uFF0D3")]
    [InlineData("\uFF20SUM(A1)")]
    [InlineData(" \uFF1DHYPERLINK(\"x\")")]
    public void LooksLikeFormula_AsciiOrFullWidthFormulaStart_IsTrue(string cell)
    {
        // Act
        var result = ImportCells.LooksLikeFormula(cell);

        // Assert
        Assert.True(result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Sam Patel")]
    [InlineData("1 = 1")]
    [InlineData("\uFF21bc")]
    [InlineData("O'Brien-Smith")]
    public void LooksLikeFormula_OrdinaryText_IsFalse(string? cell)
    {
        // Act
        var result = ImportCells.LooksLikeFormula(cell);

        // Assert
        Assert.False(result);
    }

    [Fact]
    public void Validate_FullWidthEqualsInCourse_IsRefusedLikeTheAsciiForm()
    {
        // Arrange
        var row = new CompletionImportRow("S10001", "\uFF1Dcmd|' /C calc'!A0", "20/11/2026", "3.5", "yes");

        // Act
        var (record, errors) = CompletionImportRules.Validate(row, new DateOnly(2026, 11, 22));

        // Assert
        Assert.Null(record);
        Assert.Contains(errors, e => e.Column == "course" && e.Message == ImportCells.FormulaMessage("course"));
    }
}
