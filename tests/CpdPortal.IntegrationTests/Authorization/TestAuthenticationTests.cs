using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Authorization;

/// <summary>The test scheme is only trustworthy if it signs people in exactly as the real form does.</summary>
public sealed class TestAuthenticationTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string> Accounts => [.. DemoAccounts.All.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task TestScheme_DemoAccount_IssuesTheSameClaimsAsTheRealSignIn(string email)
    {
        // Arrange
        var account = DemoAccounts.All.Single(a => a.Email == email);
        using var real = factory.CreateAnonymousClient();
        using (var signIn = await real.SignInThroughFormAsync(account))
        {
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        }

        using var test = factory.CreateClientFor(account);

        // Act
        var viaForm = await real.GetStringAsync("/test-only/claims");
        var viaHeader = await test.GetStringAsync("/test-only/claims");

        // Assert
        Assert.Contains("cpd:display_name=" + account.DisplayName, viaForm, StringComparison.Ordinal);
        Assert.Equal(account.HasStaffRecord, viaForm.Contains("cpd:staff_member_id=", StringComparison.Ordinal));
        Assert.Equal(viaForm, viaHeader);
    }

    [Fact]
    public async Task TestScheme_UnknownAccountInHeader_IsNotSignedIn()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, "nobody@demo.test");

        // Act
        using var response = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
