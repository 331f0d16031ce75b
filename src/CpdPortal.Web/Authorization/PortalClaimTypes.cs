namespace CpdPortal.Web.Authorization;

public static class PortalClaimTypes
{
    /// <summary>The id of the staff record the account belongs to.</summary>
    public const string StaffMemberId = "cpd:staff_member_id";

    public const string DisplayName = "cpd:display_name";

    /// <summary>Present while the account holds a one-time password: only the change-password page is open.</summary>
    public const string MustChangePassword = "cpd:must_change_password";
}
