using System.Security.Claims;
using CpdPortal.Application.Common;
using CpdPortal.Web.Authorization;

namespace CpdPortal.Web.Infrastructure;

/// <summary>One link in the navigation.</summary>
public sealed record NavigationItem(string Text, string Href, bool IsCurrent);

/// <summary>
/// One area in the header (My CPD, Supervision, ...): its link (the first page of it the user may open), whether the
/// current page is in it, and its pages for the area's own secondary navigation.
/// </summary>
public sealed record NavigationArea(string Name, string Href, bool IsCurrent, IReadOnlyList<NavigationItem> Pages);

/// <summary>
/// The single list of what each role may use, grouped into areas (docs/adr/0029-one-path-for-a-form-and-area-navigation.md).
/// A link is shown only to roles whose policy would let them open it, so the navigation and the authorization rules are
/// kept side by side. Each feature adds one line here: its area, its text, its path and the same test as its policy.
/// </summary>
public static class Navigation
{
    public const string Home = "Home";
    public const string MyCpd = "My CPD";
    public const string Supervision = "Supervision";
    public const string Learning = "Learning and development";
    public const string PracticeQuality = "Practice quality";
    public const string Reports = "Reports";
    public const string Administration = "Administration";

    /// <summary>The header's order.</summary>
    public static readonly IReadOnlyList<string> Areas = [Home, MyCpd, Supervision, Learning, PracticeQuality, Reports, Administration];

    private sealed record Entry(string Area, string Text, string Href, Func<ClaimsPrincipal, bool> IsAllowed);

    private static readonly Entry[] Entries =
    [
        new(Home, "Home", "/", _ => true),
        new(MyCpd, "My CPD", "/my/activities", HasStaffRecord),
        new(MyCpd, "My stages", "/my/assessment", HasStaffRecord),
        new(MyCpd, "My pathway", "/my/pathway", HasStaffRecord),
        new(MyCpd, "My plan", "/my/plan", HasStaffRecord),
        new(MyCpd, "My supervision", "/my/supervision", HasStaffRecord),
        new(MyCpd, "Registration", "/my/registration", HasStaffRecord),
        new(MyCpd, "My certifications", "/my/certifications", HasStaffRecord),
        new(MyCpd, "Courses", "/courses", HasStaffRecord),
        new(MyCpd, "Survey", "/survey", HasStaffRecord),
        new(MyCpd, "Export", "/my/export", HasStaffRecord),
        new(MyCpd, "Email preferences", "/my/email-preferences", HasStaffRecord),
        new(Supervision, "My supervisees", "/supervision", u => u.IsInRole(PortalRoles.Supervisor)),
        new(Supervision, "Plans to review", "/supervision/plans", u => u.IsInRole(PortalRoles.Supervisor)),
        new(Supervision, "Course follow-ups", "/supervision/follow-ups", u => u.IsInRole(PortalRoles.Supervisor)),
        new(Learning, "Learning", "/learning/courses", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Mapping", "/learning/mapping", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Sessions", "/learning/sessions", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Pathways", "/learning/pathways", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Certifications", "/learning/certifications", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Frameworks", "/learning/frameworks", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Survey rounds", "/learning/survey", u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(PracticeQuality, "Samples", "/quality", u => u.IsInRole(PortalRoles.PracticeQuality)),
        new(PracticeQuality, "Quality report", "/quality/report", u => u.IsInRole(PortalRoles.PracticeQuality)),
        new(Reports, "Reports", "/reports", u => HasAnyRole(u, PortalRoles.LearningAndDevelopment, PortalRoles.Administrator)),
        new(Administration, "Staff", "/admin/staff", u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Teams", "/admin/teams", u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Import", "/admin/import", u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Audit log", "/admin/audit", u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Email outbox", "/admin/email", u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Settings", "/admin/settings", u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Retention", "/admin/retention", u => u.IsInRole(PortalRoles.Administrator)),
    ];

    /// <summary>
    /// Every link the user may follow, whatever its area (none until a one-time password is changed); the current one
    /// is the longest that contains the path (so /supervision/plans is not also "My supervisees").
    /// </summary>
    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user, PathString currentPath)
    {
        var (allowed, current) = Allowed(user, currentPath);
        return allowed.Select(e => new NavigationItem(e.Text, e.Href, e == current)).ToList();
    }

    /// <summary>
    /// The areas the user has, in the header's order, each with its pages; the area of the current page is marked.
    /// An area's link is its first page the user may open.
    /// </summary>
    public static IReadOnlyList<NavigationArea> AreasFor(ClaimsPrincipal user, PathString currentPath)
    {
        var (allowed, current) = Allowed(user, currentPath);
        return Areas
            .Select(area => allowed.Where(e => e.Area == area).ToList())
            .Where(pages => pages.Count > 0)
            .Select(pages => new NavigationArea(
                pages[0].Area,
                pages[0].Href,
                pages.Contains(current!),
                pages.Select(e => new NavigationItem(e.Text, e.Href, e == current)).ToList()))
            .ToList();
    }

    /// <summary>The StaffMember policy: any account with a staff record (the /my/* pages).</summary>
    internal static bool HasStaffRecord(ClaimsPrincipal user) => user.StaffMemberId() is not null;

    /// <summary>Which roles may see a link; used by the tests of the navigation.</summary>
    internal static bool HasAnyRole(ClaimsPrincipal user, params string[] roles) => roles.Any(user.IsInRole);

    private static (List<Entry> Allowed, Entry? Current) Allowed(ClaimsPrincipal user, PathString currentPath)
    {
        var allowed = Entries.Where(e => e.IsAllowed(user) && !user.HasClaim(c => c.Type == PortalClaimTypes.MustChangePassword)).ToList();
        var current = allowed.Where(e => Contains(e.Href, currentPath)).MaxBy(e => e.Href.Length);
        return (allowed, current);
    }

    private static bool Contains(string href, PathString path) =>
        href == "/" ? path == "/" : path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);

    /// <summary>The roles a user holds, in the portal's order, for the header.</summary>
    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user) => PortalRoles.All.Where(user.IsInRole).ToList();
}
