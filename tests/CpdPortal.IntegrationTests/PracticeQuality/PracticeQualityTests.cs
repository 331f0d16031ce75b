using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.PracticeQuality;

/// <summary>
/// Practice quality (issue 16 point 3) on the demo council and the fixed clock (22 November 2026): a reviewer draws a
/// sample of the registration year's completed entries, reviews one without the author's name, and the author reads
/// the feedback on the entry.
/// </summary>
public sealed class PracticeQualityTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string YearStart = "2025-12-01";

    [Fact]
    public async Task Draw_DefaultPercentage_DrawsAtLeastOneEntryPerTeamAndShowsNoAuthors()
    {
        // Arrange
        using var client = await ReviewerAsync("quality.draw");

        // Act
        var (sampleId, document) = await DrawAsync(client, "2.5");

        // Assert
        var rows = document.QuerySelectorAll("[data-testid=sample-items] tbody tr");
        Assert.NotEmpty(rows);
        var teamsWithEntries = await TeamsWithRegisteredEntriesAsync();
        var drawnTeams = await factory.WithScopeAsync(sp => sp.GetRequiredService<ICpdPortalDbContext>().QualityReviews.Where(r => r.SampleId == sampleId).Select(r => r.TeamId).Distinct().CountAsync());
        Assert.Equal(teamsWithEntries, drawnTeams);
        Assert.DoesNotContain("Sam Patel", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Morgan", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "The percentage must be more than 0")]
    [InlineData("101", "The percentage must be 100 or less")]
    [InlineData("lots", "Enter the percentage as a number, like 2.5")]
    [InlineData("", "Enter the percentage of entries to sample, like 2.5")]
    public async Task Draw_BadPercentage_Answers400WithTheMessageAndDrawsNothing(string percent, string message)
    {
        // Arrange
        using var client = await ReviewerAsync("quality.bad." + percent.Length);
        var before = await CountSamplesAsync();
        var token = (await client.GetDocumentAsync("/quality/samples/new")).GetAntiforgeryToken();

        // Act
        using var response = await client.PostFormAsync("/quality/samples/new", [new(HtmlExtensions.AntiforgeryField, token), new("Year", YearStart), new("Percent", percent)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(message, document.GetSingle(".govuk-error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountSamplesAsync());
    }

    /// <summary>
    /// A year offered but with no completed entries (the oldest one, its entries deleted here; the other tests use this
    /// year) and a year not offered: a clear message beside the year, status 400, and no round drawn.
    /// </summary>
    [Theory]
    [InlineData("2023-12-01", "There are no completed entries dated in that registration year: choose another year. Nothing was drawn.")]
    [InlineData("2019-12-01", "Select a registration year")]
    public async Task Draw_YearWithNoEntriesOrNotOffered_Answers400WithTheMessageAndDrawsNothing(string yearStart, string message)
    {
        // Arrange
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ICpdPortalDbContext>();
            var now = factory.Clock.GetUtcNow();
            foreach (var entry in await db.CpdActivities.Where(a => a.Date >= new DateOnly(2023, 12, 1) && a.Date <= new DateOnly(2024, 11, 30)).ToListAsync())
            {
                entry.Delete(now);
            }

            return await db.SaveChangesAsync();
        });
        using var client = await ReviewerAsync("quality.noyear." + yearStart[..4]);
        var before = await CountSamplesAsync();
        var token = (await client.GetDocumentAsync("/quality/samples/new")).GetAntiforgeryToken();

        // Act
        using var response = await client.PostFormAsync("/quality/samples/new", [new(HtmlExtensions.AntiforgeryField, token), new("Year", yearStart), new("Percent", "2.5")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(message, document.GetSingle(".govuk-error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountSamplesAsync());
    }

    [Fact]
    public async Task Review_SavedWithFeedback_ThePractitionerReadsItOnTheEntry()
    {
        // Arrange
        using var reviewer = await ReviewerAsync("quality.review");
        var (sampleId, _) = await DrawAsync(reviewer, "100");
        var (reviewId, activityId, authorEmail) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ICpdPortalDbContext>();
            return await (from r in db.QualityReviews
                          where r.SampleId == sampleId
                          join a in db.CpdActivities on r.ActivityId equals a.Id
                          join s in db.StaffMembers on a.StaffMemberId equals s.Id
                          where s.Email == DemoAccounts.Sam.Email
                          select new ValueTuple<int, int, string>(r.Id, a.Id, s.Email)).FirstAsync();
        });
        var page = await reviewer.GetDocumentAsync($"/quality/reviews/{reviewId}");
        Assert.Equal("Hidden", page.GetSingle("[data-testid=review-author]").NormalisedText());

        // Act
        using var response = await reviewer.PostFormAsync($"/quality/reviews/{reviewId}", [
            new(HtmlExtensions.AntiforgeryField, page.GetAntiforgeryToken()),
            new("WhatLearnt", "Met"), new("ImpactOnPractice", "Met"), new("ImpactOnPeople", "NotMet"), new("PeerReflection", "Met"),
            new("Feedback", "Clear learning; say what changed for the children you work with.")]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var entry = await sam.GetDocumentAsync($"/my/activities/{activityId}");
        var feedback = entry.GetSingle("[data-testid=quality-feedback]");
        Assert.Equal("Not met", feedback.SummaryValue("Impact on the people you support"));
        Assert.Equal("Clear learning; say what changed for the children you work with.", feedback.GetSingle("[data-testid=quality-feedback-text]").NormalisedText());
        Assert.Equal(DemoAccounts.Sam.Email, authorEmail);
    }

    [Fact]
    public async Task Review_WithoutJudgementsOrFeedback_Answers400AndSavesNothing()
    {
        // Arrange
        using var reviewer = await ReviewerAsync("quality.invalid");
        var (sampleId, _) = await DrawAsync(reviewer, "2.5");
        var reviewId = await FirstReviewAsync(sampleId);
        var token = (await reviewer.GetDocumentAsync($"/quality/reviews/{reviewId}")).GetAntiforgeryToken();

        // Act
        using var response = await reviewer.PostFormAsync($"/quality/reviews/{reviewId}", [new(HtmlExtensions.AntiforgeryField, token), new("WhatLearnt", "Maybe"), new("Feedback", new string('x', 1001))]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").TextContent;
        Assert.Contains("Select whether the entry meets the criterion for what was learnt", summary, StringComparison.Ordinal);
        Assert.Contains("Feedback must be 1000 characters or fewer", summary, StringComparison.Ordinal);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<ICpdPortalDbContext>().QualityReviews.Where(r => r.Id == reviewId).Select(r => r.ReviewedAt != null).SingleAsync()));
    }

    [Fact]
    public async Task Reveal_ShowsTheAuthorAndIsAudited()
    {
        // Arrange
        using var reviewer = await ReviewerAsync("quality.reveal");
        var (sampleId, _) = await DrawAsync(reviewer, "2.5");
        var reviewId = await FirstReviewAsync(sampleId);
        var token = (await reviewer.GetDocumentAsync($"/quality/reviews/{reviewId}")).GetAntiforgeryToken();

        // Act
        using var response = await reviewer.PostFormAsync($"/quality/reviews/{reviewId}/reveal", [new(HtmlExtensions.AntiforgeryField, token)]);
        var page = await reviewer.GetDocumentAsync($"/quality/reviews/{reviewId}");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.NotEqual("Hidden", page.GetSingle("[data-testid=review-author]").NormalisedText());
        var audited = await factory.WithScopeAsync(sp => sp.GetRequiredService<ICpdPortalDbContext>().AuditEntries
            .CountAsync(e => e.Action == "quality-author-revealed" && e.EntityId == reviewId.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.ActorEmail == "quality.reveal@example.org"));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task AnotherReviewersSampleAndReview_Answer404()
    {
        // Arrange
        using var owner = await ReviewerAsync("quality.owner");
        using var other = await ReviewerAsync("quality.other");
        var (sampleId, _) = await DrawAsync(owner, "2.5");
        var reviewId = await FirstReviewAsync(sampleId);
        var token = (await other.GetDocumentAsync("/quality")).GetAntiforgeryToken(HtmlExtensions.SignOutForm);

        // Act
        using var sample = await other.GetAsync($"/quality/samples/{sampleId}");
        using var review = await other.GetAsync($"/quality/reviews/{reviewId}");
        using var post = await other.PostFormAsync($"/quality/reviews/{reviewId}/reveal", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, sample.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Reviewer_NeverReachesSupervisionPages()
    {
        // Arrange
        using var reviewer = await ReviewerAsync("quality.supervision");

        // Act
        using var response = await reviewer.GetAsync("/supervision");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Report_AfterAReview_ShowsTablesAndTheCsv()
    {
        // Arrange
        using var reviewer = await ReviewerAsync("quality.report");
        var (sampleId, _) = await DrawAsync(reviewer, "2.5");
        var reviewId = await FirstReviewAsync(sampleId);
        var page = await reviewer.GetDocumentAsync($"/quality/reviews/{reviewId}");
        using var saved = await reviewer.PostFormAsync($"/quality/reviews/{reviewId}", [
            new(HtmlExtensions.AntiforgeryField, page.GetAntiforgeryToken()),
            new("WhatLearnt", "Met"), new("ImpactOnPractice", "Met"), new("ImpactOnPeople", "Met"), new("PeerReflection", "Met"), new("Feedback", "Meets every criterion.")]);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);

        // Act
        var report = await reviewer.GetDocumentAsync($"/quality/report?year={YearStart}");
        using var csv = await reviewer.GetAsync($"/quality/report.csv?year={YearStart}");

        // Assert
        Assert.NotEmpty(report.QuerySelectorAll("[data-testid=by-criterion] tbody tr"));
        Assert.NotEmpty(report.QuerySelectorAll("[data-testid=by-team] tbody tr"));
        Assert.NotEmpty(report.QuerySelectorAll("[data-testid=by-role] tbody tr"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Group,Name,Reviewed,Met,Percent met", text, StringComparison.Ordinal);
        Assert.Contains("Criterion,\"What was learnt\"", text, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ReviewerAsync(string localPart)
    {
        if (await factory.FindUserAsync($"{localPart}@example.org") is null)
        {
            await factory.CreateStaffWithAccountAsync(localPart, roles: ["Practitioner", "PracticeQuality"]);
        }

        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, $"{localPart}@example.org");
        return client;
    }

    private static async Task<(int SampleId, AngleSharp.Dom.IDocument Document)> DrawAsync(HttpClient client, string percent)
    {
        var token = (await client.GetDocumentAsync("/quality/samples/new")).GetAntiforgeryToken();
        using var response = await client.PostFormAsync("/quality/samples/new", [new(HtmlExtensions.AntiforgeryField, token), new("Year", YearStart), new("Percent", percent)]);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.RedirectTarget()!;
        var id = int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return (id, await client.GetDocumentAsync(location));
    }

    private Task<int> FirstReviewAsync(int sampleId) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<ICpdPortalDbContext>().QualityReviews.Where(r => r.SampleId == sampleId).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

    private Task<int> CountSamplesAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<ICpdPortalDbContext>().QualitySamples.CountAsync());

    private Task<int> TeamsWithRegisteredEntriesAsync() =>
        factory.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<ICpdPortalDbContext>();
            var start = new DateOnly(2025, 12, 1);
            var end = new DateOnly(2026, 11, 30);
            return (from a in db.CpdActivities
                    where a.DeletedAt == null && a.Status == Domain.Activities.ActivityStatus.Complete && a.Date >= start && a.Date <= end
                    join s in db.StaffMembers on a.StaffMemberId equals s.Id
                    where s.RegistrationNumber != null && !s.Email.StartsWith("quality.")
                    select s.TeamId).Distinct().CountAsync();
        });
}
