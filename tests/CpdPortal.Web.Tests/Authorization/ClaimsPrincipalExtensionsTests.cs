using System.Security.Claims;
using CpdPortal.Web.Authorization;

namespace CpdPortal.Web.Tests.Authorization;

public class ClaimsPrincipalExtensionsTests
{
    [Fact]
    public void ToCurrentUser_StaffAccount_CarriesIdStaffRecordAndRoles()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "account-1"),
                new Claim(PortalClaimTypes.StaffMemberId, "17"),
                new Claim(PortalClaimTypes.DisplayName, "Sam Patel"),
                new Claim(ClaimTypes.Role, "Practitioner"),
            ],
            "test"));

        var current = user.ToCurrentUser();

        Assert.Equal("account-1", current.AccountId);
        Assert.Equal(17, current.StaffMemberId);
        Assert.True(current.IsIn("Practitioner"));
        Assert.False(current.IsIn("Supervisor"));
        Assert.Equal("Sam Patel", user.DisplayName());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-3")]
    [InlineData("abc")]
    public void StaffMemberId_MissingOrMalformedClaim_IsNull(string? value)
    {
        var claims = value is null ? [] : new[] { new Claim(PortalClaimTypes.StaffMemberId, value) };
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));

        Assert.Null(user.StaffMemberId());
    }
}
