using System.Net;
using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Email;

/// <summary>/admin/email (administrators only, never a body) and /my/email-preferences (own, validated).</summary>
public sealed class EmailPagesTests(PickupEmailFactory factory) : IClassFixture<PickupEmailFactory>
{
    [Theory]
    [InlineData("sam.patel@demo.test")]
    [InlineData("lee.harris@demo.test")]
    [InlineData("alex.morgan@demo.test")]
    public async Task Outbox_NotAnAdministrator_IsForbidden(string who)
    {
        using var client = factory.CreateClientFor(who);
        using var response = await client.GetAsync("/admin/email");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Outbox_SignedOut_RedirectsToSignIn()
    {
        using var client = factory.CreateAnonymousClient();
        using var response = await client.GetAsync("/admin/email");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    [Fact]
    public async Task Outbox_Administrator_ListsEmailsWithoutTheirBodiesAndFiltersByStatus()
    {
        // Arrange
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        await factory.WithDbAsync(db =>
        {
            db.Notifications.Add(new Notification(jo, "Body marker 5f3a is never shown", "/my/plan", factory.Clock.GetUtcNow(), NotificationKind.PlanDecided));
            return db.SaveChangesAsync();
        });
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var all = await client.GetDocumentAsync("/admin/email");
        var pending = await client.GetDocumentAsync("/admin/email?status=Pending");
        var sent = await client.GetDocumentAsync("/admin/email?status=Sent");
        var home = await client.GetDocumentAsync("/");

        // Assert
        Assert.Contains(all.QuerySelectorAll("[data-testid=outbox-row]"), r => r.TextContent.Contains("Jo Okafor", StringComparison.Ordinal));
        Assert.DoesNotContain("5f3a", all.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.NotEmpty(pending.QuerySelectorAll("[data-testid=outbox-row]"));
        Assert.All(pending.QuerySelectorAll("[data-testid=outbox-row] .govuk-tag"), t => Assert.Equal("Waiting to be sent", t.NormalisedText()));
        Assert.All(sent.QuerySelectorAll("[data-testid=outbox-row] .govuk-tag"), t => Assert.Equal("Sent", t.NormalisedText()));
        Assert.Equal("Pickup", all.GetSingle("[data-testid=provider] strong").NormalisedText());
        Assert.NotNull(home.QuerySelector("nav a[href='/admin/staff']")); // the Administration area, whose pages list the outbox
        Assert.NotNull(all.QuerySelector("nav[data-testid=secondary-navigation] a[href='/admin/email']"));
    }

    [Fact]
    public async Task Outbox_UnknownStatus_Answers400WithAMessage()
    {
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        using var response = await client.GetAsync("/admin/email?status=Deleted");
        var page = await response.GetDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select a status from the list", page.GetSingle(".govuk-error-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_ManyEmails_IsPaged()
    {
        var person = await factory.StaffIdAsync(DemoAccounts.Chris);
        await factory.WithDbAsync(db =>
        {
            for (var i = 0; i < 25; i++)
            {
                db.Notifications.Add(new Notification(person, $"Paging {i}", "/", factory.Clock.GetUtcNow(), NotificationKind.General));
            }

            return db.SaveChangesAsync();
        });
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        var page1 = await client.GetDocumentAsync("/admin/email");
        var page2 = await client.GetDocumentAsync("/admin/email?page=2");

        Assert.Equal(20, page1.QuerySelectorAll("[data-testid=outbox-row]").Length);
        Assert.NotEmpty(page2.QuerySelectorAll("[data-testid=outbox-row]"));
    }

    [Fact]
    public async Task Preferences_GetThenSave_StoresMyChoiceAndStopsThoseEmails()
    {
        // Arrange
        var lee = await factory.StaffIdAsync(DemoAccounts.Lee);
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var form = await client.GetDocumentAsync("/my/email-preferences");
        var token = form.GetAntiforgeryToken("form[action='/my/email-preferences']");

        // Act
        using var response = await client.PostFormAsync("/my/email-preferences",
        [
            new(HtmlExtensions.AntiforgeryField, token),
            new("Frequency", "Immediate"),
            new("Stopped", "SurveyOpened"),
            new("Stopped", "SessionReminder"),
        ]);
        await factory.WithDbAsync(db =>
        {
            db.Notifications.Add(new Notification(lee, "The training needs survey is open", "/survey", factory.Clock.GetUtcNow(), NotificationKind.SurveyOpened));
            return db.SaveChangesAsync();
        });
        var after = await client.GetDocumentAsync("/my/email-preferences");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/my/email-preferences", response.RedirectTarget());
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.RecipientStaffId == lee && e.Kind == NotificationKind.SurveyOpened)));
        Assert.NotNull(after.QuerySelector("input[value=SurveyOpened][checked]"));
        Assert.NotNull(after.QuerySelector("input[name=Frequency][value=Immediate][checked]"));
        Assert.Contains("A certification has lapsed", after.GetSingle("[data-testid=required]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "SurveyOpened", "Select how often you want emails")]
    [InlineData("Hourly", null, "Select how often you want emails")]
    [InlineData("Immediate", "CertificationLapsed", "it is a required notice")]
    [InlineData("Immediate", "DropTables", "Select only notices from the list")]
    public async Task Preferences_InvalidPost_Answers400AndSavesNothing(string frequency, string? stopped, string message)
    {
        // Arrange
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var token = (await client.GetDocumentAsync("/my/email-preferences")).GetAntiforgeryToken("form[action='/my/email-preferences']");
        var fields = new List<KeyValuePair<string, string>> { new(HtmlExtensions.AntiforgeryField, token), new("Frequency", frequency) };
        if (stopped is not null)
        {
            fields.Add(new("Stopped", stopped));
        }

        // Act
        using var response = await client.PostFormAsync("/my/email-preferences", fields);
        var page = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.GetSingle(".govuk-error-summary").TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.EmailPreferences.AnyAsync(p => p.StaffMemberId == jo)));
    }

    [Fact]
    public async Task Preferences_PostWithoutToken_Answers400()
    {
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        using var response = await client.PostFormAsync("/my/email-preferences", [new("Frequency", "Immediate")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Preferences_AdministratorWithoutAStaffRecord_IsForbidden()
    {
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        using var response = await client.GetAsync("/my/email-preferences");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Preferences_AreReachableFromTheNavigation()
    {
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var home = await client.GetDocumentAsync("/");
        var myCpd = await client.GetDocumentAsync(home.GetSingle("nav a[href='/my/activities']").GetAttribute("href")!);
        Assert.NotNull(myCpd.QuerySelector("nav[data-testid=secondary-navigation] a[href='/my/email-preferences']"));
    }
}
