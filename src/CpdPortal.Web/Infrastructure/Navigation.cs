using System.Reflection;
using System.Security.Claims;
using CpdPortal.Application.Common;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

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
/// kept side by side. Each feature adds one line here: its area, its text, its page (controller and action) and the same
/// test as its policy. The links are generated from the actions' route attributes once, when the class is first used,
/// so a request only filters this list (docs/adr/0033) and a page's address is written in one place, its controller.
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
        new(Home, "Home", Page<Features.Home.HomeController>(nameof(Features.Home.HomeController.Index)), _ => true),
        new(MyCpd, "My CPD", Page<Features.Activities.ActivitiesController>(nameof(Features.Activities.ActivitiesController.Index)), HasStaffRecord),
        new(MyCpd, "My stages", Page<Features.Assessment.AssessmentController>(nameof(Features.Assessment.AssessmentController.Index)), HasStaffRecord),
        new(MyCpd, "My pathway", Page<Features.Pathway.PathwayController>(nameof(Features.Pathway.PathwayController.Index)), HasStaffRecord),
        new(MyCpd, "My plan", Page<Features.Plan.PlanController>(nameof(Features.Plan.PlanController.Index)), HasStaffRecord),
        new(MyCpd, "My supervision", Page<Features.MySupervision.MySupervisionController>(nameof(Features.MySupervision.MySupervisionController.Index)), HasStaffRecord),
        new(MyCpd, "Registration", Page<Features.Registration.RegistrationController>(nameof(Features.Registration.RegistrationController.Index)), HasStaffRecord),
        new(MyCpd, "My certifications", Page<Features.MyCertifications.MyCertificationsController>(nameof(Features.MyCertifications.MyCertificationsController.Index)), HasStaffRecord),
        new(MyCpd, "Courses", Page<Features.Courses.CoursesController>(nameof(Features.Courses.CoursesController.Index)), HasStaffRecord),
        new(MyCpd, "Survey", Page<Features.Survey.SurveyController>(nameof(Features.Survey.SurveyController.Index)), HasStaffRecord),
        new(MyCpd, "Export", Page<Features.Export.ExportController>(nameof(Features.Export.ExportController.Index)), HasStaffRecord),
        new(MyCpd, "Email preferences", Page<Features.EmailPreferences.EmailPreferencesController>(nameof(Features.EmailPreferences.EmailPreferencesController.Index)), HasStaffRecord),
        new(Supervision, "My supervisees", Page<Features.Supervision.SupervisionController>(nameof(Features.Supervision.SupervisionController.Index)), u => u.IsInRole(PortalRoles.Supervisor)),
        new(Supervision, "Plans to review", Page<Features.PlanReview.PlanReviewController>(nameof(Features.PlanReview.PlanReviewController.Index)), u => u.IsInRole(PortalRoles.Supervisor)),
        new(Supervision, "Course follow-ups", Page<Features.FollowUps.FollowUpsController>(nameof(Features.FollowUps.FollowUpsController.Index)), u => u.IsInRole(PortalRoles.Supervisor)),
        new(Learning, "Learning", Page<Features.LearningCourses.LearningCoursesController>(nameof(Features.LearningCourses.LearningCoursesController.Index)), u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Mapping", Page<Features.LearningMapping.LearningMappingController>(nameof(Features.LearningMapping.LearningMappingController.Index)), u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Sessions", Page<Features.LearningSessions.LearningSessionsController>(nameof(Features.LearningSessions.LearningSessionsController.Index)), u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Pathways", Page<Features.LearningPathways.LearningPathwaysController>(nameof(Features.LearningPathways.LearningPathwaysController.Index)), u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Certifications", Page<Features.LearningCertifications.LearningCertificationsController>(nameof(Features.LearningCertifications.LearningCertificationsController.Index)), u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Frameworks", Page<Features.LearningFrameworks.LearningFrameworksController>(nameof(Features.LearningFrameworks.LearningFrameworksController.Index)), u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(Learning, "Survey rounds", Page<Features.SurveyRounds.SurveyRoundsController>(nameof(Features.SurveyRounds.SurveyRoundsController.Index)), u => u.IsInRole(PortalRoles.LearningAndDevelopment)),
        new(PracticeQuality, "Samples", Page<Features.PracticeQuality.PracticeQualityController>(nameof(Features.PracticeQuality.PracticeQualityController.Index)), u => u.IsInRole(PortalRoles.PracticeQuality)),
        new(PracticeQuality, "Quality report", Page<Features.PracticeQuality.PracticeQualityController>(nameof(Features.PracticeQuality.PracticeQualityController.Report)), u => u.IsInRole(PortalRoles.PracticeQuality)),
        new(Reports, "Reports", Page<Features.Reports.ReportsController>(nameof(Features.Reports.ReportsController.Index)), u => HasAnyRole(u, PortalRoles.LearningAndDevelopment, PortalRoles.Administrator)),
        new(Administration, "Staff", Page<Features.Staff.StaffController>(nameof(Features.Staff.StaffController.Index)), u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Teams", Page<Features.Teams.TeamsController>(nameof(Features.Teams.TeamsController.Index)), u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Import", Page<Features.Import.ImportController>(nameof(Features.Import.ImportController.Index)), u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Audit log", Page<Features.Audit.AuditController>(nameof(Features.Audit.AuditController.Index)), u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Email outbox", Page<Features.EmailOutbox.EmailOutboxController>(nameof(Features.EmailOutbox.EmailOutboxController.Index)), u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Settings", Page<Features.Settings.SettingsController>(nameof(Features.Settings.SettingsController.Index)), u => u.IsInRole(PortalRoles.Administrator)),
        new(Administration, "Retention", Page<Features.Retention.RetentionController>(nameof(Features.Retention.RetentionController.Index)), u => u.IsInRole(PortalRoles.Administrator)),
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

    /// <summary>
    /// The path of a page without route parameters, from its controller's [Route] and its action's [HttpGet] templates,
    /// combined as MVC's attribute routing combines them. Throws at start-up for an action with no such GET route.
    /// </summary>
    internal static string Page<TController>(string action)
        where TController : ControllerBase
    {
        var controller = typeof(TController);
        var prefix = controller.GetCustomAttribute<RouteAttribute>()?.Template;
        var templates = controller.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == action)
            .SelectMany(m => m.GetCustomAttributes<HttpGetAttribute>())
            .Select(a => AttributeRouteModel.CombineTemplates(prefix, a.Template))
            .Where(t => t is not null && !t.Contains('{', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return templates.Count == 1
            ? "/" + templates[0]
            : throw new InvalidOperationException($"{controller.Name}.{action} needs exactly one GET route without parameters for the navigation; it has {templates.Count}.");
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
