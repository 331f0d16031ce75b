using System.Security.Claims;
using CpdPortal.Application.Administration;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Common;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Staff;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.StaffAccount;

/// <summary>
/// A staff member's account (/admin/staff/{id}/account, Administrator): create, lock, unlock, reset the password,
/// roles. A one-time password is shown once, on the page the POST answers, and is never stored or redirected with.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/staff/{id:int}/account")]
public sealed class StaffAccountController(StaffAdminService staff, StaffAccountService accounts) : Controller
{
    [HttpPost("")]
    [RedisplayOnRuleBroken(nameof(Refused))]
    public Task<IActionResult> Create(int id, CancellationToken ct) =>
        OneTimePasswordAsync(id, "Account created", () => accounts.CreateAsync(id, ct), ct);

    [HttpPost("reset-password")]
    [RedisplayOnRuleBroken(nameof(Refused))]
    public Task<IActionResult> ResetPassword(int id, CancellationToken ct) =>
        OneTimePasswordAsync(id, "Password reset", () => accounts.ResetPasswordAsync(id, ct), ct);

    [HttpPost("lock")]
    [RedisplayOnRuleBroken(nameof(Refused))]
    public Task<IActionResult> Lock(int id, CancellationToken ct) =>
        ChangeAsync(id, "Account locked: they cannot sign in, and any open session ends within a minute", () => accounts.LockAsync(id, ct), ct);

    [HttpPost("unlock")]
    [RedisplayOnRuleBroken(nameof(Refused))]
    public Task<IActionResult> Unlock(int id, CancellationToken ct) =>
        ChangeAsync(id, "Account unlocked", () => accounts.UnlockAsync(id, ct), ct);

    /// <summary>
    /// Removes the account's single sign-on link (ADR 0018): the next council sign-in links again by verified email,
    /// so an address given to a new person can be linked to the right account. Ends the person's sessions; audited.
    /// </summary>
    [HttpPost("single-sign-on/remove")]
    [RedisplayOnRuleBroken(nameof(Refused))]
    public Task<IActionResult> RemoveSingleSignOnLink(int id, CancellationToken ct) =>
        ChangeAsync(id, "Single sign-on link removed: their next council sign-in links the account again by email", async () =>
        {
            if (!await accounts.RemoveExternalLoginAsync(id, SingleSignOnSettings.Scheme, SingleSignOnAuditActions.LinkRemoved, ct))
            {
                throw new DomainRuleException("account.noExternalLogin", "This account is not linked to single sign-on");
            }
        }, ct);

    [HttpGet("roles")]
    public async Task<IActionResult> Roles(int id, CancellationToken ct)
    {
        var (details, account) = (await staff.GetAsync(id, ct), await accounts.GetAsync(id, ct));
        return details is null || account is null ? NotFound() : View(new RolesViewModel(details, account.Roles.ToList()));
    }

    [HttpPost("roles")]
    [RedisplayOnRuleBroken(nameof(RolesForm), Field = "roles")]
    public async Task<IActionResult> Roles(int id, [FromForm] List<string>? roles, CancellationToken ct)
    {
        if (await staff.GetAsync(id, ct) is null || await accounts.GetAsync(id, ct) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        if ((roles ?? []).Any(r => !PortalRoles.All.Contains(r)))
        {
            ModelState.AddModelError("roles", "Select roles from the list");
        }

        ModelState.ThrowIfUnreadable();
        await accounts.SetRolesAsync(id, roles ?? [], User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        TempData.Success("Roles saved");
        return RedirectToAction(nameof(StaffController.Details), "Staff", new { id });
    }

    private async Task<IActionResult> OneTimePasswordAsync(int id, string heading, Func<Task<string>> action, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var password = await action();
        Response.Headers.CacheControl = "no-store";
        return View("OneTimePassword", new OneTimePasswordViewModel(details, heading, password));
    }

    private async Task<IActionResult> ChangeAsync(int id, string done, Func<Task> action, CancellationToken ct)
    {
        if (await staff.GetAsync(id, ct) is null)
        {
            return NotFound();
        }

        await action();
        TempData.Success(done);
        return RedirectToAction(nameof(StaffController.Details), "Staff", new { id });
    }

    private async Task<IActionResult> RolesForm(int id, List<string>? roles, CancellationToken ct) =>
        await staff.GetAsync(id, ct) is { } details
            ? View(nameof(Roles), new RolesViewModel(details, (roles ?? []).Where(PortalRoles.All.Contains).ToList()))
            : NotFound();

    /// <summary>An action that does not apply (no account, already has one): a 400 page that says why.</summary>
    private async Task<IActionResult> Refused(int id, CancellationToken ct) =>
        await staff.GetAsync(id, ct) is { } details ? View(nameof(Refused), details) : NotFound();
}

public sealed record OneTimePasswordViewModel(StaffDetails Staff, string Heading, string Password);

public sealed record RolesViewModel(StaffDetails Staff, IReadOnlyList<string> Selected);
