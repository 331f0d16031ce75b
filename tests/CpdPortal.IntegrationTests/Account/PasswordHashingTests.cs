using System.Net;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdPortal.IntegrationTests.Account;

/// <summary>Issue 14, reproduction 2: PBKDF2 with at least 210,000 iterations, and old hashes upgraded at the next sign-in.</summary>
public sealed class PasswordHashingTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const int Owasp = 210_000;

    [Fact]
    public async Task NewHash_HasAtLeast210000Iterations()
    {
        // Arrange
        var (_, _, email) = await factory.CreateStaffWithAccountAsync("new.hash");

        // Act
        var user = await factory.FindUserAsync(email);

        // Assert
        Assert.True(IterationsOf(user.PasswordHash!) >= Owasp);
    }

    [Fact]
    public async Task SignIn_HashWith100000Iterations_IsReplacedByAStrongerHash()
    {
        // Arrange: a hash as the portal made them before issue 14.
        var (_, _, email) = await factory.CreateStaffWithAccountAsync("old.hash");
        var old = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(new ApplicationUser(), AccountTestData.Password);
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email);
            user!.PasswordHash = old;
            return await users.UpdateAsync(user);
        });
        Assert.Equal(100_000, IterationsOf((await factory.FindUserAsync(email)).PasswordHash!));
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(email, AccountTestData.Password);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var stored = (await factory.FindUserAsync(email)).PasswordHash!;
        Assert.NotEqual(old, stored);
        Assert.True(IterationsOf(stored) >= Owasp);
    }

    /// <summary>Identity's version 3 format: a marker byte, then the PRF, the iteration count and the salt length, big-endian.</summary>
    private static int IterationsOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
    }
}
