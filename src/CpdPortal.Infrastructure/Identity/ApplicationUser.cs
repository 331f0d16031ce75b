using Microsoft.AspNetCore.Identity;

namespace CpdPortal.Infrastructure.Identity;

/// <summary>A sign-in account. Staff accounts link to their staff record; a pure administrator may have none.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public int? StaffMemberId { get; set; }

    /// <summary>The name shown in the header and on the home page.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Set when an administrator issues a one-time password; cleared when the user chooses their own.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// Set when an administrator locks the account: it cannot sign in and its sessions end at the next security
    /// stamp check. Unlike Identity's temporary lockout after failed passwords, it lasts until unlocked.
    /// </summary>
    public bool IsDisabled { get; set; }
}
