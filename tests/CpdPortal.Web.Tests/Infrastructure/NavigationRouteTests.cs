using System.Security.Claims;
using CpdPortal.Application.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Activities;
using CpdPortal.Web.Features.Home;
using CpdPortal.Web.Features.PracticeQuality;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CpdPortal.Web.Tests.Infrastructure;

/// <summary>The navigation's links come from the controllers' routes (docs/adr/0033) and keep CONTRACT.md's URLs.</summary>
public class NavigationRouteTests
{
    /// <summary>CONTRACT.md's addresses of every page in the navigation, in the navigation's order.</summary>
    private static readonly string[] ContractPaths =
    [
        "/",
        "/my/activities", "/my/assessment", "/my/pathway", "/my/plan", "/my/supervision", "/my/registration",
        "/my/certifications", "/courses", "/survey", "/my/export", "/my/email-preferences",
        "/supervision", "/supervision/plans", "/supervision/follow-ups",
        "/learning/courses", "/learning/mapping", "/learning/sessions", "/learning/pathways", "/learning/certifications",
        "/learning/frameworks", "/learning/survey",
        "/quality", "/quality/report",
        "/reports",
        "/admin/staff", "/admin/teams", "/admin/import", "/admin/audit", "/admin/email", "/admin/settings", "/admin/retention",
    ];

    [Fact]
    public void For_EveryRoleAndAStaffRecord_GivesTheContractsAddressesInOrder()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [.. PortalRoles.All.Select(r => new Claim(ClaimTypes.Role, r)), new Claim(PortalClaimTypes.StaffMemberId, "7")], "test"));

        var items = Navigation.For(user, new PathString("/"));

        Assert.Equal(ContractPaths, items.Select(i => i.Href));
    }

    [Fact]
    public void Page_CombinesTheControllersRouteWithTheActionsGetRoute()
    {
        Assert.Equal("/my/activities", Navigation.Page<ActivitiesController>(nameof(ActivitiesController.Index)));
        Assert.Equal("/quality/report", Navigation.Page<PracticeQualityController>(nameof(PracticeQualityController.Report)));
    }

    [Fact]
    public void Page_AnActionRoutedFromTheRoot_IgnoresNoPrefixAndGivesItsOwnPath()
    {
        Assert.Equal("/", Navigation.Page<HomeController>(nameof(HomeController.Index)));
    }

    [Fact]
    public void Page_AnActionWhoseOnlyGetRouteHasAParameter_IsRefused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Navigation.Page<ActivitiesController>(nameof(ActivitiesController.Edit)));

        Assert.Contains("ActivitiesController.Edit", ex.Message, StringComparison.Ordinal);
    }
}
