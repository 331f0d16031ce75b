using System.Text.RegularExpressions;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>
/// <c>create-admin --email …</c> on a database without demo data (a real council's first start): one administrator
/// with a one-time password, then refused. The steps run in order in one test, since the first changes the database.
/// </summary>
public sealed partial class FirstAdministratorTests(ProductionCpdPortalFactory factory) : IClassFixture<ProductionCpdPortalFactory>
{
    [Fact]
    public async Task CreateAdmin_NoAdministratorYet_CreatesOneWithAOneTimePasswordThenRefusesASecond()
    {
        // Arrange
        using var first = new StringWriter();
        using var second = new StringWriter();

        // Act
        var created = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--email", "First.Admin@Council.test"], first);
        var again = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--email", "second@council.test"], second);

        // Assert
        Assert.Equal(0, created);
        var password = OneTimePassword().Match(first.ToString()).Groups[1].Value;
        Assert.Matches("^[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}$", password);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync("first.admin@council.test");
        Assert.NotNull(admin);
        Assert.True(await users.CheckPasswordAsync(admin, password));
        Assert.True(admin.MustChangePassword);
        Assert.Null(admin.StaffMemberId);
        Assert.Equal([PortalRoles.Administrator], await users.GetRolesAsync(admin));
        Assert.Contains(await factory.AuditEntriesAsync(q => q), a => a.Action == AuditActions.AccountCreated && a.EntityId == admin.Id);
        Assert.DoesNotContain(factory.Logs.Entries, m => m.Contains(password, StringComparison.Ordinal));

        Assert.Equal(1, again);
        Assert.Equal("There is already an administrator: ask them to create your account in the portal", second.ToString().Trim());
        Assert.Null(await users.FindByEmailAsync("second@council.test"));
    }

    [Theory]
    [InlineData(new[] { "create-admin" }, 2, "Usage: dotnet CpdPortal.Web.dll create-admin --email name@example.org")]
    [InlineData(new[] { "create-admin", "--email", "not an email" }, 1, "Enter an email address in the correct format, like name@example.org")]
    public async Task CreateAdmin_BadArguments_ExplainsAndCreatesNothing(string[] args, int exitCode, string message)
    {
        // Arrange
        using var output = new StringWriter();

        // Act
        var result = await CreateAdminCommand.RunAsync(factory.Services, args, output);

        // Assert
        Assert.Equal(exitCode, result);
        Assert.Equal(message, output.ToString().Trim());
    }

    [GeneratedRegex("One-time password: (\\S+)")]
    private static partial Regex OneTimePassword();
}
