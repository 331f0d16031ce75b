using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Home;

/// <summary>The home page's "Your development" summary: plan status, unread notifications, stages assessed.</summary>
public sealed class PractitionerProgressTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Progress = "[data-testid=practitioner-progress]";

    [Fact]
    public async Task Get_Sam_ShowsHerDraftPlanAndSixOfNineteenAreasAssessed()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var progress = document.GetSingle(Progress);
        Assert.Equal("Draft", progress.SummaryValue("CPD plan this year"));
        Assert.Equal("6 of 19 areas", progress.SummaryValue("Stages assessed"));
        Assert.Equal("No unread notifications", progress.SummaryValue("Notifications"));
        var links = progress.QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/my/plan", "/notifications", "/my/assessment"], links);
    }

    [Fact]
    public async Task Get_Jo_ShowsHerSubmittedPlanAndAllSixAreasAssessed()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var progress = document.GetSingle(Progress);
        Assert.Equal("Submitted for review", progress.SummaryValue("CPD plan this year"));
        Assert.Equal("6 of 6 areas", progress.SummaryValue("Stages assessed"));
    }

    [Fact]
    public async Task Get_NoPlanAndUnreadNotifications_SaysSo()
    {
        // Arrange
        var leeId = await factory.StaffIdAsync(DemoAccounts.Lee);
        await factory.WithDbAsync(async db =>
        {
            await db.DevelopmentPlans.Where(p => p.StaffMemberId == leeId).ExecuteDeleteAsync();
            db.Notifications.Add(new Notification(leeId, "One for Lee", "/my/plan", factory.Clock.GetUtcNow()));
            db.Notifications.Add(new Notification(leeId, "Two for Lee", "/my/plan", factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var progress = document.GetSingle(Progress);
        Assert.Equal("No plan for this year yet", progress.SummaryValue("CPD plan this year"));
        Assert.Equal("2 unread", progress.SummaryValue("Notifications"));
    }
}
