using CpdPortal.Application.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Notifications;

/// <summary>
/// The header's unread count is remembered per person (docs/adr/0040) and must still change on the very next page
/// when one of the person's notifications is created or read, whichever way it is written. Each test has its own person.
/// </summary>
public sealed class UnreadCountCacheTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_WarmPage_RunsNoNotificationQuery()
    {
        // Arrange
        var (_, email) = await PersonAsync("unread.warm");
        using var client = await SignedInAsync(email);
        await client.GetAsync("/my/pathway");
        var before = factory.Logs.Entries.Count;

        // Act
        using var response = await client.GetAsync("/my/pathway");
        var commands = factory.Logs.Entries.Skip(before).Where(e => e.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();

        // Assert
        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain(commands, c => c.Contains("\"Notifications\"", StringComparison.Ordinal) || c.Contains("[Notifications]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_AfterANotificationIsCreated_TheNextPageCountsIt()
    {
        // Arrange
        var (id, email) = await PersonAsync("unread.created");
        using var client = await SignedInAsync(email);
        var first = await LinkTextAsync(client);
        await NotifyAsync(id, "/survey");

        // Act
        var next = await LinkTextAsync(client);

        // Assert
        Assert.Equal("Notifications", first);
        Assert.Equal("Notifications (1 unread)", next);
    }

    [Fact]
    public async Task Get_AfterANotificationIsCreatedInATransaction_TheNextPageCountsIt()
    {
        // Arrange: services that save in an explicit transaction (the summary upkeep's saves) commit after the save.
        var (id, email) = await PersonAsync("unread.transaction");
        using var client = await SignedInAsync(email);
        await LinkTextAsync(client);

        // Act
        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notifications.Add(new Notification(id, "Something to look at", "/survey", factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            var during = await LinkTextAsync(client);
            await transaction.CommitAsync();
            return during;
        });
        var next = await LinkTextAsync(client);

        // Assert
        Assert.Equal("Notifications (1 unread)", next);
    }

    [Fact]
    public async Task Get_AfterNotificationsAreMarkedRead_TheNextPageNoLongerCountsThem()
    {
        // Arrange
        var (id, email) = await PersonAsync("unread.read");
        await NotifyAsync(id, "/survey");
        await NotifyAsync(id, "/courses");
        using var client = await SignedInAsync(email);
        var first = await LinkTextAsync(client);

        // Act: the list page's "mark all as read" saves tracked notifications.
        await factory.WithScopeAsync(sp => sp.GetRequiredService<CpdPortal.Application.Notifications.NotificationService>().MarkAllReadAsync(id));
        var next = await LinkTextAsync(client);

        // Assert
        Assert.Equal("Notifications (2 unread)", first);
        Assert.Equal("Notifications", next);
    }

    [Fact]
    public async Task Get_AfterOpeningTheLinkedPage_OtherPagesNoLongerCountIt()
    {
        // Arrange: opening the linked page reads its notifications with one UPDATE, which no save interceptor sees.
        var (id, email) = await PersonAsync("unread.opened");
        await NotifyAsync(id, "/my/plan");
        await NotifyAsync(id, "/survey");
        using var client = await SignedInAsync(email);
        var first = await LinkTextAsync(client);
        await client.GetAsync("/my/plan");

        // Act
        var next = await LinkTextAsync(client);

        // Assert
        Assert.Equal("Notifications (2 unread)", first);
        Assert.Equal("Notifications (1 unread)", next);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientStaffId == id && n.ReadAt == null)));
    }

    [Fact]
    public async Task Get_AfterAServiceNotifiesSomeoneElse_OnlyTheirCountChanges()
    {
        // Arrange
        var (me, myEmail) = await PersonAsync("unread.me");
        var (other, otherEmail) = await PersonAsync("unread.other");
        using var mine = await SignedInAsync(myEmail);
        using var theirs = await SignedInAsync(otherEmail);
        await LinkTextAsync(mine);
        await LinkTextAsync(theirs);

        // Act
        await NotifyAsync(other, "/survey");

        // Assert
        Assert.Equal("Notifications", await LinkTextAsync(mine));
        Assert.Equal("Notifications (1 unread)", await LinkTextAsync(theirs));
        Assert.NotEqual(me, other);
    }

    private async Task<(int Id, string Email)> PersonAsync(string name)
    {
        var (id, _, email) = await factory.CreateStaffWithAccountAsync(name, roles: [PortalRoles.Practitioner]);
        return (id, email);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreateAnonymousClient();
        using var signIn = await client.SignInThroughFormAsync(email, AccountTestData.Password);
        Assert.Equal(System.Net.HttpStatusCode.Found, signIn.StatusCode);
        return client;
    }

    private static async Task<string> LinkTextAsync(HttpClient client)
    {
        var document = await client.GetDocumentAsync("/my/pathway");
        return document.GetSingle("[data-testid=notifications-link] a").NormalisedText();
    }

    private Task<int> NotifyAsync(int staffId, string link) =>
        factory.WithDbAsync(async db =>
        {
            db.Notifications.Add(new Notification(staffId, "Something to look at", link, factory.Clock.GetUtcNow().AddMinutes(-5)));
            return await db.SaveChangesAsync();
        });
}
