using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The test authentication scheme. A request carrying <see cref="Header"/> is signed in as that account; any other
/// request goes through Identity's real application cookie, so signed-out visitors are still sent to sign-in.
/// </summary>
public static class TestAuthentication
{
    public const string Header = "X-Test-User";
    public const string Scheme = "Test";
    public const string PolicyScheme = "TestOrCookie";

    /// <summary>
    /// The claims the real sign-in issues for the portal (PortalClaimsPrincipalFactory), read from the seeded
    /// database: the Identity user id, user name, each role, the staff record id (if any) and the display name.
    /// </summary>
    public static async Task<IReadOnlyList<Claim>?> ClaimsForAsync(UserManager<ApplicationUser> users, string email)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return null;
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName ?? email),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(role => new Claim(ClaimTypes.Role, role)));
        claims.Add(new Claim(PortalClaimTypes.DisplayName, user.DisplayName));
        if (user.StaffMemberId is { } staffId)
        {
            claims.Add(new Claim(PortalClaimTypes.StaffMemberId, staffId.ToString(CultureInfo.InvariantCulture)));
        }

        return claims;
    }
}

/// <summary>Signs a request in as the demo account named in the <see cref="TestAuthentication.Header"/>.</summary>
public sealed class TestAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserManager<ApplicationUser> users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var email = Request.Headers[TestAuthentication.Header].ToString();
        if (string.IsNullOrWhiteSpace(email))
        {
            return AuthenticateResult.NoResult();
        }

        var claims = await TestAuthentication.ClaimsForAsync(users, email);
        if (claims is null)
        {
            return AuthenticateResult.Fail($"The test header names {email}, which has no account.");
        }

        var identity = new ClaimsIdentity(claims, Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
