using System.Security.Claims;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CpdPortal.Web.Tests.Infrastructure;

public class NavigationTests
{
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
    public void RolesOf_ReturnsPortalRolesInTheirOrder()
    {
        var roles = Navigation.RolesOf(UserWith("Supervisor", "Practitioner", "NotARole"));

        Assert.Equal(["Practitioner", "Supervisor"], roles);
    }
}
