using CpdPortal.Domain.Imports;

namespace CpdPortal.Domain.Tests.Imports;

public class CompletionImportRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CompletionImportRow AGoodRow() => new("S10001", "Trauma-informed practice", "20/11/2026", "3.5", "yes");

    [Fact]
    public void Validate_GoodRow_ReturnsTheRecord()
    {
        // Act
        var (record, errors) = CompletionImportRules.Validate(AGoodRow(), Today);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(new CompletionImportRecord("S10001", "Trauma-informed practice", new DateOnly(2026, 11, 20), 3.5m, true), record);
    }

    [Theory]
    [InlineData("date", "23/11/2026", "The date must be today or in the past")]
    [InlineData("date", "2026-02-30", "Enter the date as a real date, like 27/03/2026 or 2026-03-27")]
    [InlineData("hours", "0", "The hours must be more than 0 and no more than 100")]
    [InlineData("hours", "-2", "The hours must be more than 0 and no more than 100")]
    [InlineData("hours", "100.5", "The hours must be more than 0 and no more than 100")]
    [InlineData("hours", "three", "Enter the hours as a number, like 3 or 1.5")]
    [InlineData("certificated", "perhaps", "Enter yes or no for certificated")]
    [InlineData("course", "=cmd|' /C calc'!A0", "The course starts with =, +, - or @, which a spreadsheet would run as a formula; remove that character")]
    [InlineData("staff number", "", "Enter the staff number")]
    public void Validate_BadCell_GivesItsMessage(string column, string value, string message)
    {
        // Arrange
        var row = column switch
        {
            "date" => AGoodRow() with { Date = value },
            "hours" => AGoodRow() with { Hours = value },
            "certificated" => AGoodRow() with { Certificated = value },
            "course" => AGoodRow() with { Course = value },
            _ => AGoodRow() with { StaffNumber = value },
        };

        // Act
        var (record, errors) = CompletionImportRules.Validate(row, Today);

        // Assert
        Assert.Null(record);
        Assert.Equal(new ImportError(column, message), Assert.Single(errors));
    }

    [Fact]
    public void Validate_Today_IsAccepted()
    {
        // Act
        var (record, _) = CompletionImportRules.Validate(AGoodRow() with { Date = "2026-11-22", Hours = "100" }, Today);

        // Assert
        Assert.Equal(Today, record?.Date);
    }
}
