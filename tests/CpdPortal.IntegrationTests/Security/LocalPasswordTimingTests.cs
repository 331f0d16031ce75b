using System.Net;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdPortal.IntegrationTests.Security;

/// <summary>Counts password-hash verifications: the expensive step whose absence a stopwatch would notice.</summary>
public sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<ApplicationUser>
{
    private static int s_verifications;
    private readonly PasswordHasher<ApplicationUser> _inner = new(options);

    public static int Verifications => Volatile.Read(ref s_verifications);

    public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref s_verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Single sign-on configured (the provider is never contacted here) and passwords for administrators only.</summary>
public sealed class AdministratorsOnlyPortalFactory : CpdPortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:Oidc:Authority", "https://idp.council.invalid/");
        builder.UseSetting("Authentication:Oidc:ClientId", "cpdportal");
        builder.UseSetting("Authentication:LocalPasswords", "AdministratorsOnly");
        builder.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<ApplicationUser>, CountingPasswordHasher>());
    }
}

/// <summary>
/// ADR 0018's timing note: with <c>Authentication:LocalPasswords=AdministratorsOnly</c>, refusing someone else's password
/// does the same work as checking an administrator's: one hash verification each (docs/adr/0019).
/// </summary>
public sealed class LocalPasswordTimingTests(AdministratorsOnlyPortalFactory factory) : IClassFixture<AdministratorsOnlyPortalFactory>
{
    [Fact]
    public async Task SignIn_AdministratorsOnly_RefusedNonAdministratorUnknownAndWrongAdministratorPasswordEachVerifyOneHash()
    {
        // Arrange
        var (_, _, practitioner) = await factory.CreateStaffWithAccountAsync("timing.practitioner");
        using var client = factory.CreateAnonymousClient();
        var cases = new (string Email, string Password)[]
        {
            (practitioner, AccountTestData.Password), // a non-administrator with the right password: refused
            (practitioner, "A wrong password here"),  // a non-administrator with a wrong password: refused
            ("nobody.timing@demo.test", "Whatever it is 1"), // no such account
            (DemoAccounts.Ade.Email, "Not the administrator's password"), // an administrator's wrong password: checked
        };

        foreach (var (email, password) in cases)
        {
            var token = await client.GetSignInTokenAsync();
            var before = CountingPasswordHasher.Verifications;

            // Act
            using var response = await client.PostFormAsync("/account/sign-in", [new("Email", email), new("Password", password), new(HtmlExtensions.AntiforgeryField, token)]);

            // Assert: the same page, and exactly one verification, as for the administrator's real check.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(CpdPortal.Web.Features.Account.AccountController.WrongCredentials, (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").NormalisedText(), StringComparison.Ordinal);
            Assert.Equal(1, CountingPasswordHasher.Verifications - before);
        }
    }
}
