using System.Security.Claims;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.IntegrationTests.Infrastructure;

/// <summary>A page only administrators may open; it exists only in the tests, to prove the 403 handling.</summary>
[Route("test-only/administrator")]
[Authorize(Policy = Policies.Administrator)]
public sealed class TestOnlyAdministratorController : Controller
{
    public const string Secret = "Test-only administrator content 51c9";

    [HttpGet("")]
    public IActionResult Index() => Content(Secret);
}

/// <summary>Test-only actions: one that throws, one that shows the signed-in user's portal claims.</summary>
[Route("test-only")]
public sealed class TestOnlyController : Controller
{
    public const string ExceptionMessage = "Test-only failure carrying secret detail 8e27";

    [HttpGet("throw")]
    [AllowAnonymous] // so the Production factory, which has no accounts, can reach it too
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "MVC actions are instance methods.")]
    public IActionResult Throw() => throw new InvalidOperationException(ExceptionMessage);

    /// <summary>The claims the brief names, one "type=value" a line in a stable order.</summary>
    [HttpGet("claims")]
    public IActionResult Claims() => Content(Describe(User));

    public static string Describe(ClaimsPrincipal user)
    {
        string[] types = [ClaimTypes.NameIdentifier, ClaimTypes.Name, ClaimTypes.Role, PortalClaimTypes.StaffMemberId, PortalClaimTypes.DisplayName];
        return string.Join(
            '\n',
            user.Claims
                .Where(c => types.Contains(c.Type))
                .Select(c => $"{c.Type}={c.Value}")
                .Order(StringComparer.Ordinal));
    }
}
