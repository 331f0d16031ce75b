using System.Security.Cryptography;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Identity;

/// <summary>A staff member's sign-in account as the administrator's staff page shows it.</summary>
public sealed record AccountSummary(string UserId, string Email, IReadOnlyList<string> Roles, bool IsDisabled, bool MustChangePassword, bool IsLockedOut)
{
    /// <summary>The account is linked to a person at the council's identity provider (single sign-on, ADR 0018).</summary>
    public bool HasExternalLogin { get; init; }
}

/// <summary>
/// Accounts for staff members (/admin/staff/{id}/account): create with a one-time password, lock and unlock,
/// reset the password, grant and remove roles. Every change is audited and renews the security stamp, so the
/// person's other sessions end within a minute.
/// </summary>
public sealed class StaffAccountService(
    CpdPortalDbContext db,
    UserManager<ApplicationUser> users,
    IAuditLog audit,
    TimeProvider clock,
    ServerSessions sessions)
{
    /// <summary>Letters and digits that cannot be mistaken for one another when read aloud or copied by hand.</summary>
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<AccountSummary?> GetAsync(int staffId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.StaffMemberId == staffId, ct);
        if (user is null)
        {
            return null;
        }

        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync(ct);
        var lockedOut = user.LockoutEnd is { } end && end > clock.GetUtcNow();
        var linked = await db.UserLogins.AnyAsync(l => l.UserId == user.Id, ct);
        return new AccountSummary(user.Id, user.Email ?? string.Empty, PortalRoles.All.Where(roles.Contains).ToList(), user.IsDisabled, user.MustChangePassword, lockedOut)
        {
            HasExternalLogin = linked,
        };
    }

    /// <summary>The ids among <paramref name="staffIds"/> that have an account (for the staff list).</summary>
    public async Task<IReadOnlySet<int>> WithAccountsAsync(IReadOnlyCollection<int> staffIds, CancellationToken ct) =>
        (await db.Users.Where(u => u.StaffMemberId != null && staffIds.Contains(u.StaffMemberId.Value)).Select(u => u.StaffMemberId!.Value).ToListAsync(ct)).ToHashSet();

    /// <summary>Creates the account with the Practitioner role and returns the one-time password, shown once.</summary>
    public async Task<string> CreateAsync(int staffId, CancellationToken ct)
    {
        var staff = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, ct)
            ?? throw new DomainRuleException("account.staff", "There is no such staff member");
        if (await db.Users.AnyAsync(u => u.StaffMemberId == staffId, ct))
        {
            throw new DomainRuleException("account.exists", $"{staff.FullName} already has an account");
        }

        if (await users.FindByEmailAsync(staff.Email) is not null)
        {
            throw new DomainRuleException("account.email", "Another account already uses this email address");
        }

        var password = NewOneTimePassword();
        var user = new ApplicationUser
        {
            UserName = staff.Email,
            Email = staff.Email,
            EmailConfirmed = true,
            DisplayName = staff.FullName,
            StaffMemberId = staff.Id,
            MustChangePassword = true,
        };
        Ensure(await users.CreateAsync(user, password));
        Ensure(await users.AddToRoleAsync(user, PortalRoles.Practitioner));
        await audit.RecordAsync(AuditActions.AccountCreated, AuditEntityTypes.Account, user.Id, ct);
        return password;
    }

    /// <summary>Locks the account: no sign-in, and open sessions end at the next stamp check.</summary>
    public async Task LockAsync(int staffId, CancellationToken ct)
    {
        var user = await UserForAsync(staffId);
        user.IsDisabled = true;
        Ensure(await users.UpdateAsync(user));
        Ensure(await users.UpdateSecurityStampAsync(user));
        await sessions.RevokeAllAsync(user.Id, ct: ct);
        await audit.RecordAsync(AuditActions.AccountLocked, AuditEntityTypes.Account, user.Id, ct);
    }

    /// <summary>Unlocks the account, including a lock-out after failed passwords.</summary>
    public async Task UnlockAsync(int staffId, CancellationToken ct)
    {
        var user = await UserForAsync(staffId);
        user.IsDisabled = false;
        Ensure(await users.UpdateAsync(user));
        Ensure(await users.SetLockoutEndDateAsync(user, null));
        Ensure(await users.ResetAccessFailedCountAsync(user));
        await audit.RecordAsync(AuditActions.AccountUnlocked, AuditEntityTypes.Account, user.Id, ct);
    }

    /// <summary>Replaces the password with a new one-time password (returned, shown once) that must be changed.</summary>
    public async Task<string> ResetPasswordAsync(int staffId, CancellationToken ct)
    {
        var user = await UserForAsync(staffId);
        var password = NewOneTimePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Ensure(await users.ResetPasswordAsync(user, token, password));
        user.MustChangePassword = true;
        Ensure(await users.UpdateAsync(user));
        Ensure(await users.SetLockoutEndDateAsync(user, null));
        await audit.RecordAsync(AuditActions.PasswordReset, AuditEntityTypes.Account, user.Id, ct);
        return password;
    }

    /// <summary>
    /// Sets the account's roles to exactly <paramref name="roles"/>. Refuses to remove the last administrator's
    /// role, or an administrator's own.
    /// </summary>
    public async Task SetRolesAsync(int staffId, IReadOnlyCollection<string> roles, string actingUserId, CancellationToken ct)
    {
        var user = await UserForAsync(staffId);
        var wanted = PortalRoles.All.Where(roles.Contains).ToList();
        var current = await users.GetRolesAsync(user);
        var removing = current.Except(wanted).ToList();
        var adding = wanted.Except(current).ToList();
        if (removing.Contains(PortalRoles.Administrator))
        {
            if (user.Id == actingUserId)
            {
                throw new DomainRuleException("account.ownAdministrator", "You cannot remove your own Administrator role");
            }

            if ((await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count <= 1)
            {
                throw new DomainRuleException("account.lastAdministrator", "You cannot remove the Administrator role from the last administrator");
            }
        }

        if (removing.Count == 0 && adding.Count == 0)
        {
            return;
        }

        Ensure(await users.RemoveFromRolesAsync(user, removing));
        Ensure(await users.AddToRolesAsync(user, adding));
        Ensure(await users.UpdateSecurityStampAsync(user));
        if (removing.Count > 0)
        {
            // A removed role must not linger in an open session (the new stamp would end it at the next request anyway).
            await sessions.RevokeAllAsync(user.Id, ct: ct);
        }

        foreach (var role in removing)
        {
            audit.Add(AuditActions.RoleRemoved, AuditEntityTypes.AccountRole, $"{user.Id}:{role}");
        }

        foreach (var role in adding)
        {
            audit.Add(AuditActions.RoleGranted, AuditEntityTypes.AccountRole, $"{user.Id}:{role}");
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Removes the account's link to the council's identity provider (<paramref name="loginProvider"/>), so the next
    /// single sign-on links again by verified email, or not at all (ADR 0018). Renews the security stamp and ends the
    /// person's sessions; audited as <paramref name="auditAction"/>. False when there was no link.
    /// </summary>
    public async Task<bool> RemoveExternalLoginAsync(int staffId, string loginProvider, string auditAction, CancellationToken ct)
    {
        var user = await UserForAsync(staffId);
        var logins = (await users.GetLoginsAsync(user)).Where(l => l.LoginProvider == loginProvider).ToList();
        if (logins.Count == 0)
        {
            return false;
        }

        foreach (var login in logins)
        {
            Ensure(await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey));
        }

        await sessions.RevokeAllAsync(user.Id, ct: ct);
        await audit.RecordAsync(auditAction, AuditEntityTypes.Account, user.Id, ct);
        return true;
    }

    /// <summary>16 characters from a 55-symbol alphabet (about 92 bits), from the system's secure generator.</summary>
    public static string NewOneTimePassword()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 16);
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}-{new string(chars, 12, 4)}";
    }

    private async Task<ApplicationUser> UserForAsync(int staffId) =>
        await users.Users.SingleOrDefaultAsync(u => u.StaffMemberId == staffId)
        ?? throw new DomainRuleException("account.none", "This staff member has no account");

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity refused an account change: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
