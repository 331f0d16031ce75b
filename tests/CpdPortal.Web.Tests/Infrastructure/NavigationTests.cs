using System.Security.Claims;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CpdPortal.Web.Tests.Infrastructure;

public class NavigationTests
{
    private static readonly string[] AllRoles = ["Practitioner", "Supervisor", "LearningAndDevelopment", "Administrator"];

    private static ClaimsPrincipal UserWith(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));

    [Theory]
    [InlineData("Practitioner")]
    [InlineData("Supervisor")]
    [InlineData("LearningAndDevelopment")]
    [InlineData("Administrator")]
    public void For_AnyRole_IncludesHome(string role)
    {
        var items = Navigation.For(UserWith(role), new PathString("/"));

        var home = Assert.Single(items, i => i.Href == "/");
        Assert.True(home.IsCurrent);
    }

    [Fact]
    public void For_OtherPage_HomeIsNotCurrent()
    {
        var items = Navigation.For(UserWith("Practitioner"), new PathString("/account/sign-in"));

        Assert.All(items, i => Assert.False(i.IsCurrent));
    }

    [Fact]
    public void For_StaffMember_ShowsMyCpdCurrentOnItsPages()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Practitioner"), new Claim("cpd:staff_member_id", "7")], "test"));

        var items = Navigation.For(user, new PathString("/my/activities/12/edit"));

        var myCpd = Assert.Single(items, i => i.Text == "My CPD");
        Assert.Equal("/my/activities", myCpd.Href);
        Assert.True(myCpd.IsCurrent);
    }

    [Fact]
    public void For_NoStaffRecord_HidesMyCpd()
    {
        var items = Navigation.For(UserWith("Administrator"), new PathString("/"));

        Assert.DoesNotContain(items, i => i.Href == "/my/activities");
    }

    [Fact]
    public void For_LearningAndDevelopment_ShowsSessionsAndCertifications()
    {
        var items = Navigation.For(UserWith("LearningAndDevelopment"), new PathString("/learning/certifications/3/edit"));

        Assert.Single(items, i => i.Text == "Sessions" && i.Href == "/learning/sessions");
        var certifications = Assert.Single(items, i => i.Href == "/learning/certifications");
        Assert.True(certifications.IsCurrent);
    }

    [Fact]
    public void For_Practitioner_HidesSessionsAndCertificationsAdmin()
    {
        var items = Navigation.For(UserWith("Practitioner", "Supervisor"), new PathString("/"));

        Assert.DoesNotContain(items, i => i.Href is "/learning/sessions" or "/learning/certifications");
    }

    [Fact]
    public void AreasFor_LearningAndDevelopmentLead_NamesTheirAreasInTheHeadersOrder()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Practitioner"), new Claim(ClaimTypes.Role, "LearningAndDevelopment"), new Claim("cpd:staff_member_id", "7")], "test"));

        var areas = Navigation.AreasFor(user, new PathString("/"));

        Assert.Equal(["Home", "My CPD", "Learning and development", "Reports"], areas.Select(a => a.Name));
        Assert.Equal("/learning/courses", areas.Single(a => a.Name == "Learning and development").Href);
    }

    [Fact]
    public void AreasFor_PageInsideAnArea_MarksTheAreaAndOnlyTheLongestMatchingPage()
    {
        var areas = Navigation.AreasFor(UserWith("Supervisor"), new PathString("/supervision/plans/4"));

        var supervision = Assert.Single(areas, a => a.IsCurrent);
        Assert.Equal("Supervision", supervision.Name);
        var current = Assert.Single(supervision.Pages, p => p.IsCurrent);
        Assert.Equal("/supervision/plans", current.Href);
    }

    [Fact]
    public void AreasFor_EveryLinkOfTheFlatList_IsInExactlyOneArea()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [.. AllRoles.Select(r => new Claim(ClaimTypes.Role, r)), new Claim("cpd:staff_member_id", "7")], "test"));

        var flat = Navigation.For(user, new PathString("/"));
        var inAreas = Navigation.AreasFor(user, new PathString("/")).SelectMany(a => a.Pages).ToList();

        Assert.Equal(flat.Select(i => i.Href).Order(), inAreas.Select(i => i.Href).Order());
    }

    [Fact]
    public void AreasFor_MustChangePassword_HasNoAreas()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Administrator"), new Claim("cpd:must_change_password", "true")], "test"));

        Assert.Empty(Navigation.AreasFor(user, new PathString("/")));
    }

    [Fact]
    public void RolesOf_ReturnsPortalRolesInTheirOrder()
    {
        var roles = Navigation.RolesOf(UserWith("Supervisor", "Practitioner", "NotARole"));

        Assert.Equal(["Practitioner", "Supervisor"], roles);
    }
}
