using CpdPortal.Application.Export;
using CpdPortal.Domain.Settings;
using CpdPortal.Web.Features.Export;
using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Tests.Export;

public class ExportChoicesTests
{
    private static readonly DatePeriod LearningYear = new(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31));
    private static readonly DatePeriod RegistrationYear = new(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30));

    [Theory]
    [InlineData(ExportForm.LearningYear, 2026, 4, 1, 2027, 3, 31)]
    [InlineData(ExportForm.RegistrationYear, 2025, 12, 1, 2026, 11, 30)]
    public void Resolve_NamedYear_ExportsThatYear(string period, int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay)
    {
        // Arrange
        var form = new ExportForm { Period = period, Format = ExportForm.Csv };

        // Act
        var (choice, errors) = ExportChoices.Resolve(form, Context(registered: true));

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(choice);
        Assert.Equal(new DatePeriod(new DateOnly(startYear, startMonth, startDay), new DateOnly(endYear, endMonth, endDay)), choice.Request.Period);
        Assert.Equal(ExportForm.Csv, choice.Format);
    }

    [Fact]
    public void Resolve_CustomDates_ExportsFromTheStartToTheEndInclusive()
    {
        // Arrange
        var form = Custom(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5));

        // Act
        var (choice, errors) = ExportChoices.Resolve(form, Context(registered: true));

        // Assert
        Assert.Empty(errors);
        Assert.Equal(new DatePeriod(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5)), choice!.Request.Period);
    }

    [Fact]
    public void Resolve_CustomFiveYearsExactly_IsAllowed()
    {
        // Arrange
        var form = Custom(new DateOnly(2022, 4, 1), new DateOnly(2027, 3, 31));

        // Act
        var (choice, errors) = ExportChoices.Resolve(form, Context(registered: true));

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(choice);
    }

    [Fact]
    public void Resolve_CustomOneDayOverFiveYears_SaysTheLatestEndDate()
    {
        // Arrange
        var form = Custom(new DateOnly(2022, 4, 1), new DateOnly(2027, 4, 1));

        // Act
        var (choice, errors) = ExportChoices.Resolve(form, Context(registered: true));

        // Assert
        Assert.Null(choice);
        var error = Assert.Single(errors);
        Assert.Equal("To", error.Field);
        Assert.Equal("The period can be at most 5 years: enter an end date on or before 31 March 2027", error.Message);
    }

    [Fact]
    public void Resolve_CustomEndBeforeStart_SaysSo()
    {
        // Arrange
        var form = Custom(new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1));

        // Act
        var (choice, errors) = ExportChoices.Resolve(form, Context(registered: true));

        // Assert
        Assert.Null(choice);
        Assert.Equal(("To", "The end date must be the same as or after the start date"), (errors[0].Field, errors[0].Message));
    }

    [Fact]
    public void Resolve_NothingChosen_AsksForThePeriodAndTheFormat()
    {
        // Act
        var (choice, errors) = ExportChoices.Resolve(new ExportForm(), Context(registered: true));

        // Assert
        Assert.Null(choice);
        Assert.Equal(
            [("Period", "Select the period to export"), ("Format", "Select a format: a CSV file or a printable page")],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Resolve_PrintablePageWithoutAFormat_NeedsNone()
    {
        // Arrange
        var form = new ExportForm { Period = ExportForm.LearningYear };

        // Act
        var (choice, errors) = ExportChoices.Resolve(form, Context(registered: true), requireFormat: false);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(ExportForm.Print, choice!.Format);
    }

    [Theory]
    [InlineData(true, "true", true)]
    [InlineData(true, "TRUE", true)]
    [InlineData(true, null, false)]
    [InlineData(true, "yes", false)]
    [InlineData(false, "true", false)]
    public void Resolve_SweFields_OnlyForRegisteredSocialWorkersWhoTickIt(bool registered, string? ticked, bool expected)
    {
        // Arrange
        var form = new ExportForm { Period = ExportForm.LearningYear, Format = ExportForm.Csv, SweFields = ticked };

        // Act
        var (choice, _) = ExportChoices.Resolve(form, Context(registered));

        // Assert
        Assert.Equal(expected, choice!.Request.SweFields);
    }

    [Fact]
    public void PrintQuery_CustomChoice_KeepsTheDatesAndOptionButNotTheFormat()
    {
        // Arrange
        var form = Custom(new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 6));
        form.Format = ExportForm.Print;
        form.SweFields = "true";

        // Act
        var query = form.PrintQuery();

        // Assert
        Assert.Equal(
            ["Period=custom", "From.Day=5", "From.Month=1", "From.Year=2026", "To.Day=6", "To.Month=2", "To.Year=2026", "SweFields=true"],
            query.Select(p => $"{p.Key}={p.Value}"));
    }

    private static ExportContext Context(bool registered) => new(new DateOnly(2026, 11, 22), LearningYear, RegistrationYear, registered);

    private static ExportForm Custom(DateOnly from, DateOnly to) =>
        new() { Period = ExportForm.Custom, Format = ExportForm.Csv, From = DateInput.From(from), To = DateInput.From(to) };
}
