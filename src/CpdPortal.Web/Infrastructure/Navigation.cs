using System.Security.Claims;
using CpdPortal.Application.Common;
using CpdPortal.Web.Authorization;

namespace CpdPortal.Web.Infrastructure;

/// <summary>One link in the service navigation.</summary>
public sealed record NavigationItem(string Text, string Href, bool IsCurrent);

/// <summary>
/// The single list of what each role may use. A link is shown only to roles whose policy would let them open it,
/// so the navigation and the authorization rules are kept side by side. Each feature adds its entry here.
/// </summary>
public static class Navigation
{
    private sealed record Entry(string Text, string Href, Func<ClaimsPrincipal, bool> IsAllowed);

    private static readonly Entry[] Entries =
    [
        new("Home", "/", _ => true),
        new("My CPD", "/my/activities", HasStaffRecord),
        new("My stages", "/my/assessment", HasStaffRecord),
        new("My pathway", "/my/pathway", HasStaffRecord),
        new("My plan", "/my/plan", HasStaffRecord),
        new("My supervision", "/my/supervision", HasStaffRecord),
        new("Registration", "/my/registration", HasStaffRecord),
        new("My certifications", "/my/certifications", HasStaffRecord),
        new("Export", "/my/export", HasStaffRecord),
        new("Email preferences", "/my/email-preferences", HasStaffRecord),
        new("My supervisees", "/supervision", u => u.IsInRole(PortalRoles.Supervisor)),
        new("Plans to review", "/supervision/plans", u => u.IsInRole(PortalRoles.Supervisor)),
        new("Course follow-ups", "/supervision/follow-ups", u => u.IsInRole(PortalRoles.Supervisor)),
        new("Courses", "/courses", HasStaffRecord),
        new("Survey", "/survey", HasStaffRecord),
        new("Survey rounds", "/learning/survey", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new("Learning", "/learning/courses", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new("Sessions", "/learning/sessions", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new("Pathways", "/learning/pathways", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new("Certifications", "/learning/certifications", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new("Frameworks", "/learning/frameworks", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new("Reports", "/reports", u => HasAnyRole(u, PortalRoles.LearningAndDevelopment, PortalRoles.Administrator)),
        new("Staff", "/admin/staff", u => u.IsInRole(PortalRoles.Administrator)),
        new("Teams", "/admin/teams", u => u.IsInRole(PortalRoles.Administrator)),
        new("Import", "/admin/import", u => u.IsInRole(PortalRoles.Administrator)),
        new("Audit log", "/admin/audit", u => u.IsInRole(PortalRoles.Administrator)),
        new("Email outbox", "/admin/email", u => u.IsInRole(PortalRoles.Administrator)),
        new("Settings", "/admin/settings", u => u.IsInRole(PortalRoles.Administrator)),
        new("Retention", "/admin/retention", u => u.IsInRole(PortalRoles.Administrator)),
        new("Practice quality", "/quality", u => u.IsInRole(PortalRoles.PracticeQuality)),
    ];

    /// <summary>
    /// The links the user may follow (none until a one-time password is changed); the current one is the longest that
    /// contains the path (so /supervision/plans is not also "My supervisees").
    /// </summary>
    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user, PathString currentPath)
    {
        var allowed = Entries.Where(e => e.IsAllowed(user) && !user.HasClaim(c => c.Type == PortalClaimTypes.MustChangePassword)).ToList();
        var current = allowed.Where(e => Contains(e.Href, currentPath)).MaxBy(e => e.Href.Length);
        return allowed.Select(e => new NavigationItem(e.Text, e.Href, e == current)).ToList();
    }

    /// <summary>The StaffMember policy: any account with a staff record (the /my/* pages).</summary>
    internal static bool HasStaffRecord(ClaimsPrincipal user) => user.StaffMemberId() is not null;

    /// <summary>Which roles may see a link; used by the tests of the navigation.</summary>
    internal static bool HasAnyRole(ClaimsPrincipal user, params string[] roles) => roles.Any(user.IsInRole);

    private static bool Contains(string href, PathString path) =>
        href == "/" ? path == "/" : path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);

    /// <summary>The roles a user holds, in the portal's order, for the header.</summary>
    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user) => PortalRoles.All.Where(user.IsInRole).ToList();
}
