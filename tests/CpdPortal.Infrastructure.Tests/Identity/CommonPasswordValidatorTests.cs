using CpdPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Moq;

namespace CpdPortal.Infrastructure.Tests.Identity;

public class CommonPasswordValidatorTests
{
    private static Task<IdentityResult> Validate(string password, string email = "sam.patel@demo.test")
    {
        var users = new Mock<UserManager<ApplicationUser>>(Mock.Of<IUserStore<ApplicationUser>>(), null!, null!, null!, null!, null!, null!, null!, null!);
        return new CommonPasswordValidator().ValidateAsync(users.Object, new ApplicationUser { Email = email }, password);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("Liverpool2026!")]
    public async Task ValidateAsync_CommonPassword_Fails(string password)
    {
        var result = await Validate(password);

        Assert.False(result.Succeeded);
        Assert.Equal("CommonPassword", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task ValidateAsync_PasswordContainingTheEmailName_Fails()
    {
        var result = await Validate("my-sam.patel-secret", "sam.patel@demo.test");

        Assert.Equal("PasswordContainsEmail", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("purple kettle on a wet tuesday")]
    [InlineData("Demo-Passw0rd!")]
    public async Task ValidateAsync_UncommonPassphrase_Succeeds(string password)
    {
        Assert.True((await Validate(password)).Succeeded);
    }
}
