using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Registration;

/// <summary>
/// Social Work England's criteria per entry (issue 16 point 2) on the activity's detail page and the registration page,
/// on the fixed clock (22 November 2026). Sam's three seeded completed entries of the year meet every criterion.
/// </summary>
public sealed class RegistrationCriteriaPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Details_SamsSeededEntry_CountsAndShowsEveryCriterionMet()
    {
        // Arrange
        var entry = (await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Sam))
            .Last(a => a.Status == ActivityStatus.Complete && a.HasPeerReflection);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync($"/my/activities/{entry.Id}");

        // Assert
        var criteria = document.GetSingle("[data-testid=registration-criteria]");
        Assert.Equal("Counts towards registration", criteria.GetSingle("[data-testid=criteria-result]").NormalisedText());
        Assert.Equal(7, criteria.QuerySelectorAll(".govuk-summary-list__row").Length);
        Assert.All(criteria.QuerySelectorAll(".govuk-summary-list__value"), v => Assert.Equal("Met", v.NormalisedText()));
    }

    [Fact]
    public async Task Details_ShortAnswers_SaysWhichCriteriaAreNotMetAndWhatToDo()
    {
        // Arrange: the helper writes one-line answers ("What was learnt.")
        var id = await CpdRecordTestData.AddActivityAsync(factory, DemoAccounts.Sam, "Team briefing on the new threshold document", new DateOnly(2026, 10, 1));
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync($"/my/activities/{id}");

        // Assert
        var criteria = document.GetSingle("[data-testid=registration-criteria]");
        Assert.Equal("Does not count towards registration", criteria.GetSingle("[data-testid=criteria-result]").NormalisedText());
        Assert.Equal("Met", criteria.SummaryValue("Completed, not a draft"));
        Assert.Equal("Met", criteria.SummaryValue("Dated in the registration year"));
        Assert.Equal("Not met Say what you learnt in at least 10 words", criteria.SummaryValue("What you learnt"));
        Assert.Equal("Not met Say what difference it made to your practice in at least 10 words", criteria.SummaryValue("Impact on your practice"));
        Assert.StartsWith("Not on this entry", criteria.SummaryValue("Peer reflection"), StringComparison.Ordinal);
        Assert.Equal("Met", criteria.SummaryValue("Not a copy of another entry"));
    }

    [Fact]
    public async Task RegistrationPage_NearCopyOfAnEarlierEntry_IsListedAsNotCountingWithTheReason()
    {
        // Arrange: one of Sam's entries copied word for word into a new entry dated later in the year
        var original = (await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Sam)).First(a => a.Status == ActivityStatus.Complete);
        var copyId = await CopyAsync(original.Id, "Copied reflection", new DateOnly(2026, 11, 20));
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var registration = await client.GetDocumentAsync("/my/registration");
        var details = await client.GetDocumentAsync($"/my/activities/{copyId}");

        // Assert
        Assert.Equal("3 (at least 2 needed)", registration.GetSingle("[data-testid=registration-status]").SummaryValue("CPD this year that meets the criteria"));
        var row = registration.QuerySelectorAll("[data-testid=registration-entries] tbody tr").Single(r => r.TextContent.Contains("Copied reflection", StringComparison.Ordinal));
        var counts = row.GetSingle("[data-testid=entry-counts]").NormalisedText();
        Assert.StartsWith("Does not count", counts, StringComparison.Ordinal);
        Assert.Contains($"Its writing is a near-copy of \"{original.Title}\"", counts, StringComparison.Ordinal);
        Assert.StartsWith("Not met Its writing is a near-copy", details.GetSingle("[data-testid=registration-criteria]").SummaryValue("Not a copy of another entry"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistrationPage_DraftInTheYear_IsMentionedAsNotCounting()
    {
        // Arrange: Sam's seed holds one draft dated in the year
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/registration");

        // Assert
        Assert.StartsWith("You also have 1 draft dated in this registration year", document.GetSingle("[data-testid=registration-drafts]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_JoIsNotRegistered_ShowsNoCriteria()
    {
        // Arrange
        var jos = (await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Jo)).First();
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync($"/my/activities/{jos.Id}");

        // Assert
        Assert.Empty(document.QuerySelectorAll("[data-testid=registration-criteria]"));
    }

    private Task<int> CopyAsync(int activityId, string title, DateOnly date) =>
        factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ICpdPortalDbContext>();
            var source = await db.CpdActivities.SingleAsync(a => a.Id == activityId);
            var now = factory.Clock.GetUtcNow();
            var details = new ActivityDetails(source.MethodId, title, date, null, 1m, source.Description, source.WhatLearnt, source.Impact, source.PeerName, source.PeerReflection, false, ActivityStatus.Complete, []);
            var copy = CpdActivity.Record(source.StaffMemberId, details, DateOnly.FromDateTime(now.UtcDateTime), now);
            db.CpdActivities.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });
}
