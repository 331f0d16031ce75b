using System.Net.Mail;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace CpdPortal.Infrastructure.Identity;

/// <summary>
/// The first administrator of a database without one (a real council's first start), created from the command
/// line (<c>create-admin --email …</c>), never from a web page. Refused once any account has the Administrator role:
/// after that, administrators create accounts in the portal. The account has no staff record, the Administrator
/// role only, and a one-time password that must be changed at first sign-in.
/// </summary>
public sealed class FirstAdministrator(UserManager<ApplicationUser> users, IAuditLog audit)
{
    /// <summary>Creates the account and returns its one-time password (shown once, never logged).</summary>
    public async Task<string> CreateAsync(string? email, CancellationToken ct)
    {
        var address = email?.Trim() ?? string.Empty;
        if (!MailAddress.TryCreate(address, out var parsed) || !string.Equals(parsed.Address, address, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("admin.email", "Enter an email address in the correct format, like name@example.org");
        }

        if ((await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count > 0)
        {
            throw new DomainRuleException("admin.exists", "There is already an administrator: ask them to create your account in the portal");
        }

        if (await users.FindByEmailAsync(address) is not null)
        {
            throw new DomainRuleException("admin.email", "Another account already uses this email address");
        }

        var password = StaffAccountService.NewOneTimePassword();
        var user = new ApplicationUser
        {
            UserName = address.ToLowerInvariant(),
            Email = address.ToLowerInvariant(),
            EmailConfirmed = true,
            DisplayName = "Administrator",
            MustChangePassword = true,
        };
        Ensure(await users.CreateAsync(user, password));
        Ensure(await users.AddToRoleAsync(user, PortalRoles.Administrator));
        await audit.RecordAsync(AuditActions.AccountCreated, AuditEntityTypes.Account, user.Id, ct);
        await audit.RecordAsync(AuditActions.RoleGranted, AuditEntityTypes.AccountRole, $"{user.Id}:{PortalRoles.Administrator}", ct);
        return password;
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity refused the account: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
