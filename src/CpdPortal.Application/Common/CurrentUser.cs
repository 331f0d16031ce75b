namespace CpdPortal.Application.Common;

/// <summary>Who is asking: the signed-in account's staff record (if any) and roles.</summary>
public sealed record CurrentUser(string AccountId, int? StaffMemberId, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);
}
