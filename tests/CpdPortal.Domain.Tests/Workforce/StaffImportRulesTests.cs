using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Domain.Tests.Workforce;

public class StaffImportRulesTests
{
    private static StaffImportRow AGoodRow() => new(
        " E1001 ", "Sam", "Patel", "Sam.Patel@Example.org", "Social worker", "Assessment", "E0001", "yes", "sw123456", "Permanent", "01/09/2025", "");

    [Fact]
    public void Validate_GoodRow_ReturnsTheNormalisedRecord()
    {
        // Act
        var (record, errors) = StaffImportRules.Validate(AGoodRow());

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(record);
        Assert.Equal("E1001", record.StaffNumber);
        Assert.Equal("sam.patel@example.org", record.Email);
        Assert.Equal("SW123456", record.RegistrationNumber);
        Assert.Equal(EmploymentType.Permanent, record.EmploymentType);
        Assert.Equal(new DateOnly(2025, 9, 1), record.StartDate);
        Assert.Null(record.LeaveDate);
    }

    [Theory]
    [InlineData("2025-09-01")]
    [InlineData("1/9/2025")]
    public void Validate_IsoOrShortUkDate_IsAccepted(string date)
    {
        // Act
        var (record, _) = StaffImportRules.Validate(AGoodRow() with { StartDate = date });

        // Assert
        Assert.Equal(new DateOnly(2025, 9, 1), record?.StartDate);
    }

    [Theory]
    [InlineData("31/02/2025")]
    [InlineData("09/01/25")]
    [InlineData("September 2025")]
    public void Validate_BadStartDate_NamesTheColumn(string date)
    {
        // Act
        var (record, errors) = StaffImportRules.Validate(AGoodRow() with { StartDate = date });

        // Assert
        Assert.Null(record);
        var error = Assert.Single(errors);
        Assert.Equal(new ImportError("start date", "Enter the start date as a real date, like 27/03/2026 or 2026-03-27"), error);
    }

    [Fact]
    public void Validate_LeaveBeforeStart_IsAnError()
    {
        // Act
        var (_, errors) = StaffImportRules.Validate(AGoodRow() with { LeaveDate = "31/08/2025" });

        // Assert
        Assert.Equal(new ImportError("leave date", "The leave date must be the same as or after the start date"), Assert.Single(errors));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "first name")]
    [InlineData("+44", "first name")]
    [InlineData("-1", "first name")]
    [InlineData("@SUM(A1)", "first name")]
    public void Validate_FormulaLookingCell_IsRefused(string cell, string column)
    {
        // Act
        var (_, errors) = StaffImportRules.Validate(AGoodRow() with { FirstName = cell });

        // Assert
        var error = Assert.Single(errors);
        Assert.Equal(column, error.Column);
        Assert.Contains("formula", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RegisteredWithoutNumber_IsAnError()
    {
        // Act
        var (_, errors) = StaffImportRules.Validate(AGoodRow() with { RegistrationNumber = " " });

        // Assert
        Assert.Equal(new ImportError("registration number", "Enter the Social Work England registration number of a registered social worker"), Assert.Single(errors));
    }

    [Fact]
    public void Validate_NotRegisteredWithNumber_IsAnError()
    {
        // Act
        var (_, errors) = StaffImportRules.Validate(AGoodRow() with { Registered = "no" });

        // Assert
        Assert.Equal("registration number", Assert.Single(errors).Column);
    }

    [Fact]
    public void Validate_NotRegisteredWithoutNumber_HasNoRegistration()
    {
        // Act
        var (record, errors) = StaffImportRules.Validate(AGoodRow() with { Registered = "No", RegistrationNumber = "" });

        // Assert
        Assert.Empty(errors);
        Assert.Null(record?.RegistrationNumber);
    }

    [Theory]
    [InlineData("registered", "maybe", "Enter yes or no for registered")]
    [InlineData("registration number", "123456", "Enter a registration number in the correct format, like SW123456")]
    [InlineData("email", "not-an-email", "Enter an email address in the correct format, like name@example.org")]
    [InlineData("employment type", "contractor", "Enter the employment type as one of: permanent, agency")]
    [InlineData("employment type", "1", "Enter the employment type as one of: permanent, agency")]
    [InlineData("staff number", "", "Enter the staff number")]
    [InlineData("team", "", "Enter the team")]
    public void Validate_BadCell_GivesItsMessage(string column, string value, string message)
    {
        // Arrange
        var row = column switch
        {
            "registered" => AGoodRow() with { Registered = value },
            "registration number" => AGoodRow() with { RegistrationNumber = value },
            "email" => AGoodRow() with { Email = value },
            "employment type" => AGoodRow() with { EmploymentType = value },
            "staff number" => AGoodRow() with { StaffNumber = value },
            _ => AGoodRow() with { Team = value },
        };

        // Act
        var (record, errors) = StaffImportRules.Validate(row);

        // Assert
        Assert.Null(record);
        Assert.Equal(new ImportError(column, message), Assert.Single(errors));
    }

    [Fact]
    public void Validate_OwnStaffNumberAsSupervisor_IsSelfSupervision()
    {
        // Act
        var (_, errors) = StaffImportRules.Validate(AGoodRow() with { SupervisorStaffNumber = "e1001" });

        // Assert
        Assert.Equal(new ImportError("supervisor staff number", "A person cannot supervise themselves"), Assert.Single(errors));
    }

    [Fact]
    public void Validate_ManyBadCells_ReportsEveryOne()
    {
        // Act
        var (_, errors) = StaffImportRules.Validate(AGoodRow() with { FirstName = "", Email = "x", StartDate = "soon" });

        // Assert
        Assert.Equal(["first name", "email", "start date"], errors.Select(e => e.Column));
    }
}
