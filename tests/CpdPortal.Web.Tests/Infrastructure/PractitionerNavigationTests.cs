using System.Security.Claims;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CpdPortal.Web.Tests.Infrastructure;

public class PractitionerNavigationTests
{
    private static readonly string[] JourneyLinks = ["/my/assessment", "/my/pathway", "/my/plan"];

    private static ClaimsPrincipal User(bool staff, params string[] roles)
    {
        var claims = roles.Select(r => new Claim(ClaimTypes.Role, r)).ToList();
        if (staff)
        {
            claims.Add(new Claim(PortalClaimTypes.StaffMemberId, "12"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public void For_StaffMember_IncludesStagesPathwayAndPlan()
    {
        var items = Navigation.For(User(staff: true, "Practitioner"), new PathString("/"));

        Assert.Equal(
            [("My stages", "/my/assessment"), ("My pathway", "/my/pathway"), ("My plan", "/my/plan")],
            items.Where(i => JourneyLinks.Contains(i.Href)).Select(i => (i.Text, i.Href)));
    }

    [Fact]
    public void For_AccountWithoutStaffRecord_LeavesThemOut()
    {
        var items = Navigation.For(User(staff: false, "Administrator"), new PathString("/"));

        Assert.DoesNotContain(items, i => JourneyLinks.Contains(i.Href));
    }

    [Fact]
    public void For_PageUnderAJourneyLink_MarksThatLinkCurrent()
    {
        var items = Navigation.For(User(staff: true, "Practitioner"), new PathString("/my/plan/goals/new"));

        Assert.Equal(["/my/plan"], items.Where(i => i.IsCurrent).Select(i => i.Href));
    }
}
