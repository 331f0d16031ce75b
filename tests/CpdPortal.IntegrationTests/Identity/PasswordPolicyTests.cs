using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Identity;

/// <summary>The password rules as the app wires them into Identity: 12 characters and a deny list, no composition rules.</summary>
public sealed class PasswordPolicyTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Theory]
    [InlineData("too.short", "Elevenchars", "PasswordTooShort")]
    [InlineData("common.one", "password1234", "CommonPassword")]
    [InlineData("common.two", "PASSWORD1234", "CommonPassword")]
    [InlineData("common.three", "correcthorsebatterystaple", "CommonPassword")]
    [InlineData("policy.tester", "my name is policy.tester, hi", "PasswordContainsEmail")]
    public async Task CreateAsync_WeakPassword_FailsWithItsReason(string localPart, string password, string code)
    {
        // Arrange: each case its own address, so one wrongly accepted password cannot fail the others.
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = NewUser(localPart);

        // Act
        var result = await users.CreateAsync(user, password);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Contains(code, result.Errors.Select(e => e.Code));
        Assert.Null(await users.FindByEmailAsync(user.Email!));
    }

    [Theory]
    [InlineData("violet kettle marching slowly")]
    [InlineData("twelve chars")]
    public async Task CreateAsync_LongPassphraseWithoutDigitsOrSymbols_Succeeds(string password)
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = NewUser("passphrase." + Guid.NewGuid().ToString("N")[..8]);

        // Act
        var result = await users.CreateAsync(user, password);

        // Assert
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    private static ApplicationUser NewUser(string localPart)
    {
        var email = $"{localPart}@example.org";
        return new ApplicationUser { UserName = email, Email = email, DisplayName = "Policy Tester" };
    }
}
