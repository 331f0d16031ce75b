using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>/supervision/{staffId} and its read-only pages, as seeded. Nothing in this class changes anything.</summary>
public sealed class SuperviseeOverviewTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_AlexForSam_ShowsHerRecordSessionsPlanAndStages()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync($"/supervision/{sam}");

        // Assert
        Assert.Equal("Sam Patel", document.GetSingle("main h1").NormalisedText());
        Assert.Contains("Registered social worker", document.GetSingle("[data-testid=supervisee]").NormalisedText(), StringComparison.Ordinal);
        Assert.Contains("Due soon", document.GetSingle("[data-testid=next-due]").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(5, document.QuerySelectorAll("[data-testid=sessions] tbody tr").Length);
        Assert.NotNull(document.QuerySelector($"a[href='/supervision/{sam}/sessions']"));
        Assert.NotNull(document.QuerySelector($"a[href='/supervision/{sam}/sessions/new']"));
        Assert.Equal(2, document.QuerySelectorAll("[data-testid=open-actions] tbody tr").Length);
        Assert.Equal("Draft", document.GetSingle("[data-testid=plan-status]").NormalisedText());
        Assert.Equal(2, document.QuerySelectorAll("[data-testid=stages]").Length);
        Assert.NotEmpty(document.QuerySelectorAll($"a[href^='/supervision/{sam}/stages/']"));
        Assert.Equal(4, document.QuerySelectorAll("[data-testid=activities] tbody tr").Length);
    }

    [Fact]
    public async Task Get_ChrisForJo_OffersTheReviewOfHerSubmittedPlan()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Chris);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var plan = await factory.PlanIdAsync(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync($"/supervision/{jo}");

        // Assert
        Assert.Equal("Awaiting your review", document.GetSingle("[data-testid=plan-status]").NormalisedText());
        Assert.NotNull(document.QuerySelector($"a[href='/supervision/plans/{plan}']"));
        Assert.Contains("Not a registered social worker", document.GetSingle("[data-testid=supervisee]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSessions_AlexForSam_PagesEverySessionNewestFirst()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var total = await factory.WithDbAsync(db => db.SupervisionSessions.CountAsync(x => x.SuperviseeId == sam));

        // Act
        var document = await client.GetDocumentAsync($"/supervision/{sam}/sessions");

        // Assert
        var caption = document.GetSingle("[data-testid=sessions] caption").NormalisedText();
        Assert.Contains($"of {total} sessions", caption, StringComparison.Ordinal);
        Assert.Equal("12 November 2026", document.QuerySelector("[data-testid=sessions] tbody tr th")!.NormalisedText());
    }

    [Fact]
    public async Task GetActivity_AlexForSamsEntry_ShowsItReadOnly()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var activity = await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.StaffMemberId == sam && a.Title == "Signs of Safety: two-day foundation").Select(a => a.Id).SingleAsync());

        // Act
        var document = await client.GetDocumentAsync($"/supervision/{sam}/activities/{activity}");

        // Assert
        Assert.Equal("Signs of Safety: two-day foundation", document.GetSingle("main h1").NormalisedText());
        Assert.Empty(document.QuerySelectorAll("main form"));
        Assert.Empty(document.QuerySelectorAll("a[href*='/edit'], a[href*='/evidence/']"));
    }

    [Fact]
    public async Task GetActivity_JosEntryUnderSamsId_IsNotFound()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var josActivity = await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.StaffMemberId == jo).Select(a => a.Id).FirstAsync());

        // Act
        using var response = await client.GetAsync($"/supervision/{sam}/activities/{josActivity}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
