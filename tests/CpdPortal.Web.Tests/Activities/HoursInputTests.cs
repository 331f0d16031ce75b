using CpdPortal.Web.Features.Activities;

namespace CpdPortal.Web.Tests.Activities;

public class HoursInputTests
{
    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData(" 7.4 ", "7.4")]
    [InlineData("2", "2")]
    [InlineData(".5", "0.5")]
    [InlineData("0", "0")]
    [InlineData("-2", "-2")]
    [InlineData("1.555", "1.555")]
    public void Parse_Number_ReturnsItWithTheInvariantCulture(string typed, string expected)
    {
        // Act
        var (hours, error) = HoursInput.Parse(typed);

        // Assert
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), hours);
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_IsMissingWithoutAnError(string? typed)
    {
        // Act
        var result = HoursInput.Parse(typed);

        // Assert
        Assert.Equal((null, null), result);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("1,5")]
    [InlineData("1,000")]
    [InlineData("1.5 hours")]
    [InlineData("1e3")]
    [InlineData("£2")]
    [InlineData("99999999999999999999999999999999")]
    public void Parse_NotANumber_GivesTheGovukMessage(string typed)
    {
        // Act
        var (hours, error) = HoursInput.Parse(typed);

        // Assert
        Assert.Null(hours);
        Assert.Equal("Enter hours as a number, like 1.5", error);
    }

    [Theory]
    [InlineData("7.40", "7.4")]
    [InlineData("2.00", "2")]
    [InlineData("1.25", "1.25")]
    public void Format_Hours_DropsTrailingZeros(string hours, string expected)
    {
        // Act
        var text = HoursInput.Format(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected, text);
    }
}
