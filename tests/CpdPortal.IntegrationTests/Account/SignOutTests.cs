using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Account;

/// <summary>Signing out is a POST from the header's "Sign out" button; each test signs in through the real form.</summary>
public sealed class SignOutTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string SignOutForm = "form[action='/account/sign-out']";

    [Fact]
    public async Task Post_SignOutWithToken_RedirectsToSignInAndEndsTheSession()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        using (var signIn = await client.SignInThroughFormAsync(DemoAccounts.Alex))
        {
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        }

        var token = (await client.GetDocumentAsync("/")).GetAntiforgeryToken(SignOutForm);

        // Act
        using var response = await client.PostFormAsync("/account/sign-out", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/sign-in?signedOut=true", response.RedirectTarget());
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/"), home.RedirectTarget());
    }

    [Fact]
    public async Task Post_SignOutWithoutToken_Answers400AndKeepsTheSession()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        using (await client.SignInThroughFormAsync(DemoAccounts.Chris))
        {
        }

        // Act
        using var response = await client.PostFormAsync("/account/sign-out", []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Get_SignOut_IsNotAWayToSignOut()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        using (await client.SignInThroughFormAsync(DemoAccounts.Sam))
        {
        }

        // Act
        using var response = await client.GetAsync("/account/sign-out");

        // Assert
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
