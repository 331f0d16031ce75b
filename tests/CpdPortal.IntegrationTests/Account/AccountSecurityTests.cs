using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Account;

/// <summary>Leavers and locked accounts cannot sign in, and their open sessions end at the next stamp check.</summary>
public sealed class AccountSecurityTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task SignIn_LeftBeforeToday_Answers400WithTheWrongPasswordMessage()
    {
        // Arrange
        var (staffId, _, email) = await factory.CreateStaffWithAccountAsync("left.yesterday");
        await factory.SetLeaveDateAsync(staffId, factory.Clock.UkToday().AddDays(-1));
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(email, AccountTestData.Password);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText());
        Assert.Equal([AccountController.WrongCredentials], errors);
    }

    [Fact]
    public async Task SignIn_LeavingToday_SignsIn()
    {
        // Arrange
        var (staffId, _, email) = await factory.CreateStaffWithAccountAsync("leaving.today");
        await factory.SetLeaveDateAsync(staffId, factory.Clock.UkToday());
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(email, AccountTestData.Password);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", response.RedirectTarget());
    }

    [Fact]
    public async Task SignIn_LockedByAdministrator_Answers400WithTheWrongPasswordMessage()
    {
        // Arrange
        var (_, _, email) = await factory.CreateStaffWithAccountAsync("locked.account", disabled: true);
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(email, AccountTestData.Password);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText());
        Assert.Equal([AccountController.WrongCredentials], errors);
    }

    [Fact]
    public async Task Session_MarkedAsLeaverWhileSignedIn_EndsWithinAMinute()
    {
        // Arrange
        var (staffId, _, email) = await factory.CreateStaffWithAccountAsync("session.leaver");
        using var client = factory.CreateAnonymousClient();
        using (var signIn = await client.SignInThroughFormAsync(email, AccountTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        }

        using (var before = await client.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await factory.SetLeaveDateAsync(staffId, factory.Clock.UkToday().AddDays(-1));

        // Act
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        using var response = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), response.RedirectTarget());
    }

    [Fact]
    public async Task Session_LockedWhileSignedIn_EndsWithinAMinute()
    {
        // Arrange
        var (_, _, email) = await factory.CreateStaffWithAccountAsync("session.locked");
        using var client = factory.CreateAnonymousClient();
        using (await client.SignInThroughFormAsync(email, AccountTestData.Password))
        {
        }

        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.IsDisabled = true;
            return await users.UpdateAsync(user);
        });

        // Act
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        using var response = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), response.RedirectTarget());
    }
}
