using CpdPortal.Domain.Notifications;

namespace CpdPortal.Domain.Tests.Notifications;

public class NotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("supervision")]
    public void Constructor_LinkOffThePortal_IsRefused(string link)
    {
        Assert.Throws<ArgumentException>(() => new Notification(1, "Sam Patel has submitted a CPD plan for review", link, Now));
    }

    [Fact]
    public void MarkRead_Twice_KeepsTheFirstTime()
    {
        var notification = new Notification(1, "Sam Patel has submitted a CPD plan for review", "/supervision", Now);

        notification.MarkRead(Now.AddMinutes(1));
        notification.MarkRead(Now.AddMinutes(5));

        Assert.Equal(Now.AddMinutes(1), notification.ReadAt);
    }
}
