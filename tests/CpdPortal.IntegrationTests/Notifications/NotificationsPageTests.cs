using System.Net;
using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Notifications;

/// <summary>
/// /notifications and the unread count in the header. Opening the list marks nothing read (NotificationOpenedTests: opening
/// the linked page does).
/// Each test gives notifications to a different person.
/// </summary>
public sealed class NotificationsPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_Alex_ListsHisNotificationsNewestFirstAndLeavesThemUnread()
    {
        // Arrange
        var ids = await NotifyAsync(DemoAccounts.Alex, "Oldest for Alex", "Middle for Alex", "Newest for Alex");
        using var client = factory.CreateClientFor(DemoAccounts.Alex);

        // Act: a GET changes nothing (issue 14, reproduction 6).
        var first = await client.GetDocumentAsync("/notifications");
        var second = await client.GetDocumentAsync("/notifications");

        // Assert
        var rows = first.QuerySelectorAll("[data-testid=notifications] tbody tr");
        Assert.Equal(["Newest for Alex", "Middle for Alex", "Oldest for Alex"], rows.Select(r => r.GetSingle("[data-testid=message]").NormalisedText()));
        Assert.All(rows, r => Assert.Equal("/my/plan", r.GetSingle("a").GetAttribute("href")));
        Assert.All(second.QuerySelectorAll("[data-testid=status]"), s => Assert.Equal("New", s.NormalisedText()));
        var unread = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => ids.Contains(n.Id) && n.ReadAt == null));
        Assert.Equal(3, unread);
    }

    [Fact]
    public async Task MarkAllRead_Post_MarksEveryOneOfMineReadAndNobodyElses()
    {
        // Arrange
        var mine = await NotifyAsync(DemoAccounts.Chris, "For Chris 1", "For Chris 2");
        var demoEmails = DemoAccounts.All.Select(a => a.Email).ToList();
        var someoneElse = await factory.WithDbAsync(db => db.StaffMembers.Where(s => !demoEmails.Contains(s.Email)).Select(s => s.Id).FirstAsync());
        var others = await NotifyAsync(someoneElse, "For someone else, not Chris");
        using var client = factory.CreateClientFor(DemoAccounts.Chris);
        var token = (await client.GetDocumentAsync("/notifications")).GetAntiforgeryToken("form[data-testid=mark-all-read]");

        // Act
        using var withoutToken = await client.PostFormAsync("/notifications/mark-all-read", []);
        using var response = await client.PostFormAsync("/notifications/mark-all-read", [new(HtmlExtensions.AntiforgeryField, token)]);
        var after = await client.GetDocumentAsync("/notifications");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/notifications", response.RedirectTarget());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => mine.Contains(n.Id) && n.ReadAt == null)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => others.Contains(n.Id) && n.ReadAt == null)));
        Assert.All(after.QuerySelectorAll("[data-testid=status]"), s => Assert.Equal("Read", s.NormalisedText()));
        Assert.Empty(after.QuerySelectorAll("form[data-testid=mark-all-read]"));
    }

    [Fact]
    public async Task Get_Chris_DoesNotSeeSomeoneElsesNotifications()
    {
        // Arrange
        // (Not a demo account: other tests count the demo accounts' unread notifications.)
        var demoEmails = DemoAccounts.All.Select(a => a.Email).ToList();
        var someoneElse = await factory.WithDbAsync(db => db.StaffMembers.Where(s => !demoEmails.Contains(s.Email)).Select(s => s.Id).FirstAsync());
        await NotifyAsync(someoneElse, "Only for Sam 7c1e");
        using var client = factory.CreateClientFor(DemoAccounts.Chris);

        // Act
        using var response = await client.GetAsync("/notifications");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Only for Sam 7c1e", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Jo_WithNoNotifications_SaysSo()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/notifications");

        // Assert
        Assert.Equal("You have no notifications.", document.GetSingle("[data-testid=none]").NormalisedText());
        Assert.Equal("Notifications", document.GetSingle("[data-testid=notifications-link]").NormalisedText());
    }

    [Fact]
    public async Task Get_ManyNotifications_ShowsTwentyAPageAndMarksNoneRead()
    {
        // Arrange
        var messages = Enumerable.Range(1, 25).Select(i => $"Lee's notification {i:00}").ToArray();
        var ids = await NotifyAsync(DemoAccounts.Lee, messages);
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var page1 = await client.GetDocumentAsync("/notifications");
        var stillUnread = await factory.WithDbAsync(db => db.Notifications.Where(n => ids.Contains(n.Id) && n.ReadAt == null).Select(n => n.Message).ToListAsync());
        var page2 = await client.GetDocumentAsync("/notifications?page=2");

        // Assert
        var shown1 = page1.QuerySelectorAll("[data-testid=message]").Select(m => m.NormalisedText()).ToList();
        Assert.Equal(messages.AsEnumerable().Reverse().Take(20), shown1);
        Assert.NotNull(page1.QuerySelector("a[href='/notifications?page=2'][rel=next]"));
        Assert.Equal(messages.Order(StringComparer.Ordinal), stillUnread.Order(StringComparer.Ordinal));
        var rows2 = page2.QuerySelectorAll("[data-testid=notifications] tbody tr");
        Assert.Equal(messages.Take(5).Reverse(), rows2.Select(r => r.GetSingle("[data-testid=message]").NormalisedText()));
        Assert.All(rows2, r => Assert.Equal("New", r.GetSingle("[data-testid=status]").NormalisedText()));
    }

    [Fact]
    public async Task Header_UnreadNotifications_ShowsTheCountUntilTheyAreMarkedRead()
    {
        // Arrange
        await NotifyAsync(DemoAccounts.Sam, "First for Sam", "Second for Sam");
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        // (Not /my/plan, which the notifications link to: opening it would read them.)
        var before = await client.GetDocumentAsync("/my/pathway");
        var token = (await client.GetDocumentAsync("/notifications")).GetAntiforgeryToken("form[data-testid=mark-all-read]");
        using var marked = await client.PostFormAsync("/notifications/mark-all-read", [new(HtmlExtensions.AntiforgeryField, token)]);
        var opened = await client.GetDocumentAsync("/notifications");

        // Assert
        var link = before.GetSingle("[data-testid=notifications-link] a");
        Assert.Equal("/notifications", link.GetAttribute("href"));
        Assert.Equal("Notifications (2 unread)", link.NormalisedText());
        Assert.Equal("unread", link.GetSingle(".govuk-visually-hidden").NormalisedText());
        var current = opened.GetSingle("[data-testid=notifications-link] a");
        Assert.Equal("Notifications", current.NormalisedText());
        Assert.Equal("page", current.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Header_AccountWithoutStaffRecord_HasNoNotificationsLink()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        Assert.Empty(document.QuerySelectorAll("[data-testid=notifications-link]"));
        Assert.DoesNotContain(document.QuerySelectorAll("nav a"), a => a.GetAttribute("href") is "/notifications" or "/my/plan" or "/my/pathway" or "/my/assessment");
    }

    [Fact]
    public async Task Header_StaffMember_ShowsMyCpdAreaAndItsJourneyLinks()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        var header = document.QuerySelectorAll("nav.govuk-service-navigation__wrapper a").Select(a => (a.NormalisedText(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("My CPD", "/my/activities"), header);
        Assert.Equal("true", document.GetSingle("nav.govuk-service-navigation__wrapper a[href='/my/activities']").GetAttribute("aria-current"));
        var links = document.QuerySelectorAll("nav[data-testid=secondary-navigation] a").Select(a => (a.NormalisedText(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("My stages", "/my/assessment"), links);
        Assert.Contains(("My pathway", "/my/pathway"), links);
        Assert.Contains(("My plan", "/my/plan"), links);
        Assert.Equal("page", document.GetSingle("nav a[href='/my/pathway']").GetAttribute("aria-current"));
    }

    /// <summary>Gives the person notifications a minute apart, in the order given; returns their ids.</summary>
    private async Task<List<int>> NotifyAsync(DemoAccount account, params string[] messages) =>
        await NotifyAsync(await factory.StaffIdAsync(account), messages);

    private async Task<List<int>> NotifyAsync(int staffId, params string[] messages)
    {
        return await factory.WithDbAsync(async db =>
        {
            var start = factory.Clock.GetUtcNow().AddHours(-1);
            var notifications = messages.Select((m, i) => new Notification(staffId, m, "/my/plan", start.AddMinutes(i))).ToList();
            db.Notifications.AddRange(notifications);
            await db.SaveChangesAsync();
            return notifications.Select(n => n.Id).ToList();
        });
    }
}
