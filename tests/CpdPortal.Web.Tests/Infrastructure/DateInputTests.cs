using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Tests.Infrastructure;

public class DateInputTests
{
    [Fact]
    public void Parse_RealDate_ReturnsIt()
    {
        var (date, error) = new DateInput { Day = "29", Month = "2", Year = "2024" }.Parse("the date of the activity");

        Assert.Equal(new DateOnly(2024, 2, 29), date);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("", "", "", "Enter the date of the activity")]
    [InlineData("", "3", "2026", "The date of the activity must include a day")]
    [InlineData("1", "", "", "The date of the activity must include a month and a year")]
    [InlineData("31", "2", "2026", "The date of the activity must be a real date")]
    [InlineData("1", "13", "2026", "The date of the activity must be a real date")]
    [InlineData("x", "1", "2026", "The date of the activity must be a real date")]
    [InlineData("-1", "1", "2026", "The date of the activity must be a real date")]
    [InlineData("1", "1", "26", "Year must include 4 numbers")]
    public void Parse_BadDate_GivesTheGovukMessage(string day, string month, string year, string message)
    {
        var (date, error) = new DateInput { Day = day, Month = month, Year = year }.Parse("the date of the activity");

        Assert.Null(date);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Parse_EmptyOptionalDate_IsNoDateAndNoError()
    {
        Assert.Equal((null, null), new DateInput().Parse("the end date", required: false));
    }

    [Fact]
    public void From_Date_RoundTrips()
    {
        Assert.Equal(new DateOnly(2026, 11, 22), DateInput.From(new DateOnly(2026, 11, 22)).Parse("x").Date);
    }
}
