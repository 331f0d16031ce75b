using System.Net;
using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Notifications;

/// <summary>
/// Opening the page a notification links to reads it (issue 14): the header's unread links (one query, or none when
/// remembered, docs/adr/0040) and an UPDATE issued only when the page shown is one of them. Each test uses its own person and link.
/// </summary>
public sealed class NotificationOpenedTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_LinkedPage_MarksThoseNotificationsReadAndNoOthers()
    {
        // Arrange
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var alex = await factory.StaffIdAsync(DemoAccounts.Alex);
        var toPlan = await NotifyAsync(sam, "/my/plan", "/my/plan?from=notification#goals");
        var toSurvey = await NotifyAsync(sam, "/survey");
        var alexToPlan = await NotifyAsync(alex, "/my/plan");
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/plan");

        // Assert
        Assert.Equal(0, await UnreadAsync(toPlan));
        Assert.Equal(1, await UnreadAsync(toSurvey));
        Assert.Equal(1, await UnreadAsync(alexToPlan));
        var unreadNow = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientStaffId == sam && n.ReadAt == null));
        var link = document.GetSingle("[data-testid=notifications-link] a").NormalisedText();
        Assert.Equal($"Notifications ({unreadNow} unread)", link);
    }

    [Fact]
    public async Task Get_PageNoNotificationLinksTo_IssuesNoUpdateAndNoNotificationQueryOnceRemembered()
    {
        // Arrange
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var ids = await NotifyAsync(jo, "/courses/1");
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        await client.GetAsync("/my/pathway"); // warm up: the first request also reads the account
        var before = factory.Logs.Entries.Count;

        // Act
        using var response = await client.GetAsync("/my/pathway");
        var commands = factory.Logs.Entries.Skip(before).Where(e => e.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await UnreadAsync(ids));
        Assert.DoesNotContain(commands, c => c.Contains("UPDATE", StringComparison.OrdinalIgnoreCase) && c.Contains("Notifications", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("Notifications", StringComparison.Ordinal)); // remembered (docs/adr/0040)
    }

    [Fact]
    public async Task Get_LinkedPageThatAnswers404_LeavesTheNotificationUnread()
    {
        // Arrange
        var chris = await factory.StaffIdAsync(DemoAccounts.Chris);
        var ids = await NotifyAsync(chris, "/my/activities/999999");
        using var client = factory.CreateClientFor(DemoAccounts.Chris);

        // Act
        using var response = await client.GetAsync("/my/activities/999999");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await UnreadAsync(ids));
    }

    [Fact]
    public async Task Get_NotificationsListThenTheLinkedPage_OnlyTheLinkedPageMarksItRead()
    {
        // Arrange
        var lee = await factory.StaffIdAsync(DemoAccounts.Lee);
        var ids = await NotifyAsync(lee, "/learning/sessions");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var list = await client.GetDocumentAsync("/notifications");
        var afterList = await UnreadAsync(ids);
        var opened = await client.GetDocumentAsync("/learning/sessions");

        // Assert
        Assert.NotNull(list.QuerySelector("a[href='/learning/sessions']"));
        Assert.Equal(1, afterList);
        Assert.NotNull(opened.QuerySelector("main h1"));
        Assert.Equal(0, await UnreadAsync(ids));
    }

    [Theory]
    [InlineData("/my/plan", "/my/plan", true)]
    [InlineData("/my/plan", "/MY/PLAN/", true)]
    [InlineData("/courses/12?x=1", "/courses/12", true)]
    [InlineData("/courses/bookings/3/feedback#form", "/courses/bookings/3/feedback", true)]
    [InlineData("/courses/12", "/courses/123", false)]
    [InlineData("/courses/12", "/courses", false)]
    [InlineData("/", "/", false)]
    public void Opens_LinkAndPath_MatchesOnlyTheSamePage(string link, string path, bool expected)
    {
        // Act
        var result = CpdPortal.Application.Notifications.NotificationService.Opens(link, path);

        // Assert
        Assert.Equal(expected, result);
    }

    private Task<int> UnreadAsync(List<int> ids) =>
        factory.WithDbAsync(db => db.Notifications.CountAsync(n => ids.Contains(n.Id) && n.ReadAt == null));

    private Task<List<int>> NotifyAsync(int staffId, params string[] links) =>
        factory.WithDbAsync(async db =>
        {
            var notifications = links.Select(l => new Notification(staffId, "Something to look at", l, factory.Clock.GetUtcNow().AddMinutes(-5))).ToList();
            db.Notifications.AddRange(notifications);
            await db.SaveChangesAsync();
            return notifications.Select(n => n.Id).ToList();
        });
}
