using CpdPortal.Application.Common;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdPortal.IntegrationTests.Seeding;

/// <summary>The demo council and reference data the app seeds into a new database at start-up (CONTRACT.md).</summary>
public sealed class SeedTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task StartUp_DemoSeedOn_CreatesExactlyTheDemoAccountsWithTheirRoles()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        // Act
        var emails = await users.Users.Select(u => u.Email!).ToListAsync();

        // Assert
        Assert.Equal(DemoAccounts.Seeded.Select(a => a.Email).Order(StringComparer.Ordinal), emails.Order(StringComparer.Ordinal));
        foreach (var account in DemoAccounts.Seeded)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.Equal(account.Roles.Order(StringComparer.Ordinal), (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal));
            Assert.Equal(account.DisplayName, user.DisplayName);
            Assert.True(await users.CheckPasswordAsync(user, DemoAccounts.Password), $"{account.Email} does not take the demo password.");
        }
    }

    [Fact]
    public async Task StartUp_DemoSeedOn_LinksStaffAccountsToTheirRecordsAndAdeToNone()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act
        var accounts = await db.Users
            .Select(u => new { u.Email, StaffEmail = db.StaffMembers.Where(s => s.Id == u.StaffMemberId).Select(s => s.Email).SingleOrDefault() })
            .ToListAsync();

        // Assert
        Assert.All(DemoAccounts.All, account =>
        {
            var row = Assert.Single(accounts, a => a.Email == account.Email);
            Assert.Equal(account.HasStaffRecord ? account.Email : null, row.StaffEmail);
        });
    }

    [Theory]
    [InlineData("sam.patel@demo.test", "alex.morgan@demo.test")]
    [InlineData("jo.okafor@demo.test", "chris.lee@demo.test")]
    public async Task StartUp_DemoSeedOn_GivesEachPractitionerTheirContractSupervisor(string supervisee, string supervisor)
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act
        var actual = await db.StaffMembers.Where(s => s.Email == supervisee).Select(s => s.Supervisor!.Email).SingleAsync();

        // Assert
        Assert.Equal(supervisor, actual);
    }

    [Fact]
    public async Task StartUp_AnyDatabase_SeedsTheThreeReferenceFrameworks()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act
        var frameworks = await db.CompetenceFrameworks
            .OrderBy(f => f.Code)
            .Select(f => new { f.Code, Areas = f.Areas.Count, f.PublishedOn })
            .ToListAsync();

        // Assert
        Assert.Equal(["COMMON-CORE", "PCF", "PQS-CF"], frameworks.Select(f => f.Code));
        Assert.Equal([6, 9, 10], frameworks.Select(f => f.Areas));
        Assert.All(frameworks, f => Assert.NotNull(f.PublishedOn));
    }

    [Fact]
    public async Task StartUp_DemoSeedOn_SeedsTheTeamsAndTheConfiguredWorkforceSize()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act
        var teams = await db.Teams.Select(t => t.Name).ToListAsync();
        var staff = await db.StaffMembers.CountAsync();

        // Assert
        Assert.Equal(DemoCouncilSeeder.Teams.Select(t => t.Name).Order(StringComparer.Ordinal), teams.Order(StringComparer.Ordinal));
        Assert.InRange(staff, CpdPortalFactory.SyntheticStaff + 5, CpdPortalFactory.SyntheticStaff + 20); // named staff and managers beside the synthetic ones
        Assert.Equal(PortalRoles.All.Order(StringComparer.Ordinal), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InitialiseAsync_SecondRun_ChangesNothing()
    {
        // Arrange
        var before = await CountAsync();

        // Act
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
        }

        // Assert
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task SeedAsync_DemoCouncilAlreadyPresent_ChangesNothing()
    {
        // Arrange
        var before = await CountAsync();

        // Act
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var options = scope.ServiceProvider.GetRequiredService<IOptions<SeedOptions>>().Value;
            await scope.ServiceProvider.GetRequiredService<DemoCouncilSeeder>().SeedAsync(options);
        }

        // Assert
        Assert.Equal(before, await CountAsync());
    }

    private async Task<SeedCounts> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await SeedCounts.ReadAsync(scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>());
    }
}
