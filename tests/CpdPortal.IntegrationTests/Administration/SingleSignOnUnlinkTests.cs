using System.Net;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>An administrator removes a person's single sign-on link from the staff account page (audited, POST with a token).</summary>
public sealed class SingleSignOnUnlinkTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Post_RemoveLinkAsAdministrator_RemovesTheLinkEndsSessionsAndIsAudited()
    {
        // Arrange
        var (staffId, userId, email) = await LinkedAccountAsync("unlink.done");
        using var person = factory.CreateAnonymousClient();
        using (var signIn = await person.SignInThroughFormAsync(email, AccountTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        }

        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var page = await admin.GetDocumentAsync($"/admin/staff/{staffId}");
        Assert.Equal("Linked to a council account", page.GetSingle("[data-testid='sso-link']").NormalisedText());
        var token = page.GetAntiforgeryToken($"form[action='/admin/staff/{staffId}/account/single-sign-on/remove']");

        // Act
        using var response = await admin.PostFormAsync($"/admin/staff/{staffId}/account/single-sign-on/remove", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/admin/staff/{staffId}", response.RedirectTarget());
        Assert.Empty(await LoginsAsync(userId));
        var after = await admin.GetDocumentAsync($"/admin/staff/{staffId}");
        Assert.Equal("Not linked", after.GetSingle("[data-testid='sso-link']").NormalisedText());
        Assert.Null(after.QuerySelector($"form[action='/admin/staff/{staffId}/account/single-sign-on/remove']"));
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == SingleSignOnAuditActions.LinkRemoved && a.EntityId == userId)));
        using var home = await person.GetAsync("/");
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), home.RedirectTarget());
    }

    [Fact]
    public async Task Post_RemoveLinkWithoutToken_Answers400AndKeepsTheLink()
    {
        // Arrange
        var (staffId, userId, _) = await LinkedAccountAsync("unlink.notoken");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await admin.PostFormAsync($"/admin/staff/{staffId}/account/single-sign-on/remove", []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await LoginsAsync(userId));
    }

    [Theory]
    [InlineData("lee.harris@demo.test")]
    [InlineData("alex.morgan@demo.test")]
    public async Task Post_RemoveLinkAsNonAdministrator_Answers403AndKeepsTheLink(string who)
    {
        // Arrange: a valid token of their own, from a page they may open.
        var (staffId, userId, _) = await LinkedAccountAsync("unlink.refused." + who[..3]);
        using var client = factory.CreateClientFor(who);
        var token = (await client.GetDocumentAsync("/")).GetAntiforgeryToken(HtmlExtensions.SignOutForm);

        // Act
        using var response = await client.PostFormAsync($"/admin/staff/{staffId}/account/single-sign-on/remove", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(await LoginsAsync(userId));
        Assert.Empty(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == SingleSignOnAuditActions.LinkRemoved && a.EntityId == userId)));
    }

    [Fact]
    public async Task Post_RemoveLinkWhenNotLinked_Answers400SayingWhy()
    {
        // Arrange
        var (staffId, _, _) = await factory.CreateStaffWithAccountAsync("unlink.none");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var page = await admin.GetDocumentAsync($"/admin/staff/{staffId}");
        Assert.Equal("Not linked", page.GetSingle("[data-testid='sso-link']").NormalisedText());

        // Act
        using var response = await admin.PostFormAsync($"/admin/staff/{staffId}/account/single-sign-on/remove", [new(HtmlExtensions.AntiforgeryField, page.GetAntiforgeryToken())]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This account is not linked to single sign-on", (await response.GetDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(int StaffId, string UserId, string Email)> LinkedAccountAsync(string localPart)
    {
        var account = await factory.CreateStaffWithAccountAsync(localPart);
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByIdAsync(account.UserId))!;
            var added = await users.AddLoginAsync(user, new UserLoginInfo(SingleSignOnSettings.Scheme, "oid-" + Guid.NewGuid().ToString("N"), "Council"));
            Assert.True(added.Succeeded);
            return added;
        });
        return account;
    }

    private Task<List<string>> LoginsAsync(string userId) =>
        factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return (await users.GetLoginsAsync((await users.FindByIdAsync(userId))!)).Select(l => l.ProviderKey).ToList();
        });
}
