using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Tests.Infrastructure;

public class UkTimeFormatTests
{
    [Fact]
    public void DateTime_Winter_IsGreenwichTime()
    {
        var text = UkTimeFormat.DateTime(new DateTimeOffset(2026, 11, 22, 10, 5, 0, TimeSpan.Zero));

        Assert.Equal("22 November 2026 at 10:05am", text);
    }

    [Fact]
    public void DateTime_Summer_IsBritishSummerTime()
    {
        var text = UkTimeFormat.DateTime(new DateTimeOffset(2026, 7, 1, 12, 30, 0, TimeSpan.Zero));

        Assert.Equal("1 July 2026 at 1:30pm", text);
    }

    [Fact]
    public void Date_LateEveningUtcInSummer_IsTheNextUkDay()
    {
        var text = UkTimeFormat.Date(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal("1 July 2026", text);
    }
}
