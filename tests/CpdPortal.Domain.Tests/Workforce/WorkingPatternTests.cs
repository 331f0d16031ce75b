using CpdPortal.Domain.Common;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Domain.Tests.Workforce;

/// <summary>The HR file's optional columns: days absent and FTE (issue 15, point 5).</summary>
public class WorkingPatternTests
{
    private static StaffImportRow AGoodRow() => new(
        "E1001", "Sam", "Patel", "sam.patel@example.org", "Social worker", "Assessment", "", "no", "", "permanent", "01/09/2025", "");

    [Fact]
    public void Validate_OptionalCellsGiven_AreOnTheRecord()
    {
        var (record, errors) = StaffImportRules.Validate(AGoodRow() with { DaysAbsent = " 4.5 ", Fte = "0.6" });

        Assert.Empty(errors);
        Assert.Equal(4.5m, record?.AbsenceDays);
        Assert.Equal(0.6m, record?.Fte);
    }

    [Fact]
    public void Validate_OptionalCellsEmpty_KeepWhatIsStored()
    {
        var (record, errors) = StaffImportRules.Validate(AGoodRow() with { DaysAbsent = "", Fte = null });

        Assert.Empty(errors);
        Assert.Null(record?.AbsenceDays);
        Assert.Null(record?.Fte);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-0.5")]
    [InlineData("three days")]
    [InlineData("0.60001")]
    [InlineData("60%")]
    public void Validate_BadFte_NamesTheColumn(string fte)
    {
        var (record, errors) = StaffImportRules.Validate(AGoodRow() with { Fte = fte });

        Assert.Null(record);
        Assert.Equal(new ImportError("fte", WorkingPattern.FteMessage), Assert.Single(errors));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("367")]
    [InlineData("4.25")]
    [InlineData("four")]
    public void Validate_BadDaysAbsent_NamesTheColumn(string days)
    {
        var (record, errors) = StaffImportRules.Validate(AGoodRow() with { DaysAbsent = days });

        Assert.Null(record);
        Assert.Equal(new ImportError("days absent", WorkingPattern.AbsenceMessage), Assert.Single(errors));
    }

    [Fact]
    public void Validate_FormulaInDaysAbsent_IsRefusedAsAFormula()
    {
        var (_, errors) = StaffImportRules.Validate(AGoodRow() with { DaysAbsent = "=SUM(A1:A3)" });

        Assert.Equal(new ImportError("days absent", ImportCells.FormulaMessage("days absent")), Assert.Single(errors));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("0.8108", "0.8108")]
    [InlineData(".5", "0.5")]
    public void Fte_InRange_IsKept(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WorkingPattern.Fte(WorkingPattern.ParseNumber(text)!.Value));

    [Fact]
    public void StaffMember_ChangeWorkingPatternOutOfRange_IsADomainErrorAndKeepsTheOldValue()
    {
        var person = new StaffMember("E1", "Sam", "Patel", "sam@example.org", "Social worker", new Team("Assessment"), EmploymentType.Permanent, new DateOnly(2025, 1, 6));

        Assert.Equal(1m, person.FullTimeEquivalent);
        Assert.Throws<DomainRuleException>(() => person.ChangeWorkingPattern(1.2m));
        Assert.Equal(1m, person.FullTimeEquivalent);
        person.ChangeWorkingPattern(0.6m);
        person.RecordAbsence(12.5m);
        Assert.Equal(0.6m, person.FullTimeEquivalent);
        Assert.Equal(12.5m, person.AbsenceDays);
    }
}
