namespace CpdPortal.Web.Authorization;

public static class PortalClaimTypes
{
    /// <summary>The id of the staff record the account belongs to.</summary>
    public const string StaffMemberId = "cpd:staff_member_id";

    public const string DisplayName = "cpd:display_name";
}
