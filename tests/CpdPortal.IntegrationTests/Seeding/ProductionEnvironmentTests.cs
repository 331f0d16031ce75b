using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Seeding;

/// <summary>
/// ASPNETCORE_ENVIRONMENT=Production with no DemoSeed setting: a real council's first start, so no demo council,
/// no demo accounts and no demo password on the sign-in page.
/// </summary>
public sealed class ProductionEnvironmentTests(ProductionCpdPortalFactory factory) : IClassFixture<ProductionCpdPortalFactory>
{
    [Fact]
    public async Task StartUp_ProductionWithoutDemoSeedSetting_SeedsRolesAndFrameworksOnly()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act
        var counts = await SeedCounts.ReadAsync(db);
        var roles = await db.Roles.Select(r => r.Name!).ToListAsync();

        // Assert
        Assert.Equal(PortalRoles.All.Order(StringComparer.Ordinal), roles.Order(StringComparer.Ordinal));
        Assert.Equal(3, counts.Frameworks);
        Assert.Equal(25, counts.Areas);
        Assert.Equal(1, counts.Pathways);
        Assert.Equal(0, counts.Teams);
        Assert.Equal(0, counts.StaffMembers);
        Assert.Equal(0, counts.Users);
    }

    [Fact]
    public async Task Get_SignInPageWithoutDemoData_HidesTheDemoAccounts()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/account/sign-in");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Empty(document.QuerySelectorAll("[data-testid=demo-accounts]"));
        Assert.DoesNotContain(DemoAccounts.Password, document.Source.Text, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("form[action='/account/sign-in'] input#Email"));
    }

    [Fact]
    public async Task Post_DemoAccountInProduction_CannotSignIn()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.SignInThroughFormAsync(DemoAccounts.Ade);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_ActionThrowsInProduction_Answers500WithoutDetail()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/test-only/throw");

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Sorry, there is a problem with the service", document.GetSingle("main h1").NormalisedText());
        Assert.Matches(ErrorPage.ReferencePattern(), document.GetSingle("[data-testid=correlation-id]").NormalisedText());
        ErrorPage.AssertNoExceptionDetail(document.Source.Text);
    }

    [Fact]
    public async Task Get_HealthInProduction_AnswersHealthy()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/health");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
