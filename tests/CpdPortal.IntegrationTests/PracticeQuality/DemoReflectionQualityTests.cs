using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.Application.Registration;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Registration;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.PracticeQuality;

/// <summary>
/// The demo council's reflection quality (issue 16 point 4, Infrastructure/Seeding/DemoReflectionQuality.cs): the
/// reviewer Pat Quinn has a round in progress with reviews done, and one worker's entries trip each check.
/// </summary>
public sealed class DemoReflectionQualityTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Pat = "pat.quinn@demo.test";

    [Fact]
    public async Task PatQuinn_HasOnlyThePracticeQualityRole_AndARoundInProgressWithThreeReviewsDone()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, Pat);

        // Act
        var page = await client.GetDocumentAsync("/quality");
        using var supervision = await client.GetAsync("/supervision");

        // Assert
        var row = Assert.Single(page.GetSingle("[data-testid=samples]").QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("2.5%", cells[0]);
        Assert.True(int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture) >= 8, "At least one entry per team");
        Assert.Equal("3", cells[2]);
        Assert.Equal(HttpStatusCode.Forbidden, supervision.StatusCode);
        var roles = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<global::CpdPortal.Infrastructure.Persistence.CpdPortalDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == Pat);
            return await (from ur in db.UserRoles where ur.UserId == user.Id join r in db.Roles on ur.RoleId equals r.Id select r.Name).ToListAsync();
        });
        Assert.Equal([PortalRoles.PracticeQuality], roles);
    }

    [Fact]
    public async Task DemoWriter_HasEntriesThatTripEachCheck()
    {
        // Arrange: the worker whose entries the demo wrote to trip the checks
        var (staffId, ids, confirmations) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ICpdPortalDbContext>();
            var staff = await db.CpdActivities.Where(a => a.Title == "Relational practice reading group").Select(a => a.StaffMemberId).SingleAsync();
            var entries = await db.CpdActivities.Where(a => a.StaffMemberId == staff).ToDictionaryAsync(a => a.Title, a => a.Id);
            var confirmed = await db.IdentifyingDetailsConfirmations.CountAsync(c => c.RecordId == entries["Relational practice reading group"] && c.StaffMemberId == staff);
            return (staff, entries, confirmed);
        });

        // Act
        async Task<EntryAssessment> AssessAsync(string title) => await factory.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<RegistrationService>().GetCriteriaAsync(staffId, ids[title]))!.Assessment);

        // Assert
        Assert.Equal(1, confirmations);
        Assert.False((await AssessAsync("Signs of Safety refresher")).IsMet(RegistrationCriterion.NotANearCopy));
        Assert.False((await AssessAsync("Reading on adolescent neglect")).IsMet(RegistrationCriterion.WhatLearnt));
        var court = await AssessAsync("Court skills workshop");
        Assert.False(court.IsMet(RegistrationCriterion.ImpactOnPractice));
        Assert.False(court.IsMet(RegistrationCriterion.ImpactOnPeople));
        Assert.False((await AssessAsync("Team briefing on thresholds")).IsMet(RegistrationCriterion.Completed));
        Assert.True((await AssessAsync("Relational practice reading group")).Counts);
        Assert.Equal(ActivityStatus.Draft, await factory.WithScopeAsync(sp => sp.GetRequiredService<ICpdPortalDbContext>().CpdActivities.Where(a => a.Id == ids["Team briefing on thresholds"]).Select(a => a.Status).SingleAsync()));
    }
}
