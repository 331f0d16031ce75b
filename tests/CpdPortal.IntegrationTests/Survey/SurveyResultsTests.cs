using System.Globalization;
using System.Net;
using System.Text;
using CpdPortal.Domain.Survey;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Survey;

/// <summary>
/// Last year's seeded round on /reports/survey, checked against a hand calculation from the database. Nothing here
/// opens a round, so /survey also shows that none is open.
/// </summary>
public sealed class SurveyResultsTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string> CanRead => new() { DemoAccounts.Lee.Email, DemoAccounts.Ade.Email };

    public static TheoryData<string> CannotRead => new() { DemoAccounts.Sam.Email, DemoAccounts.Jo.Email, DemoAccounts.Alex.Email, DemoAccounts.Chris.Email };

    [Theory]
    [MemberData(nameof(CanRead))]
    public async Task Get_LearningAndDevelopmentOrAdministrator_ShowsTheResults(string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var page = await client.GetAsync("/reports/survey");
        using var csv = await client.GetAsync("/reports/survey/download");

        // Assert
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, csv.StatusCode));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(CannotRead))]
    public async Task Get_OtherStaff_IsForbidden(string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var page = await client.GetAsync("/reports/survey");
        using var csv = await client.GetAsync("/reports/survey/download");

        // Assert
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, csv.StatusCode));
    }

    [Fact]
    public async Task GetSurvey_NoRoundOpen_SaysSo()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/survey");

        // Assert
        Assert.StartsWith("There is no survey open at the moment", document.GetSingle("[data-testid=no-round]").NormalisedText(), StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("main form[method=post]"));
    }

    [Fact]
    public async Task Get_SeededRound_MatchesAHandCalculation()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var expected = await factory.WithDbAsync(async db =>
        {
            var round = await db.SurveyRounds.SingleAsync();
            var responses = await db.SurveyResponses.Include(r => r.Ratings).Include(r => r.Wishes).Where(r => r.RoundId == round.Id).ToListAsync();
            var names = await db.CpdMethods.ToDictionaryAsync(m => m.Id, m => m.Name);
            var staff = await db.StaffMembers.ToListAsync();
            var methods = responses.SelectMany(r => r.Ratings).Where(r => r.Rating != null).GroupBy(r => r.MethodId)
                .Select(g => (Name: names[g.Key], Mean: g.Average(r => r.Rating!.Value), Rated: g.Count()))
                .OrderByDescending(m => Math.Round(m.Mean, 6)).ThenByDescending(m => m.Rated).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
            var topWish = responses.SelectMany(r => r.Wishes).GroupBy(w => w.MethodId).OrderByDescending(g => g.Count()).First();
            return new
            {
                Responses = responses.Count,
                Complete = responses.Count(r => r.IsComplete),
                Staff = staff.Count(s => s.IsCurrentOn(round.ClosingDate)),
                Methods = methods,
                TopWish = (names[topWish.Key], topWish.Count()),
            };
        });

        // Act
        var document = await client.GetDocumentAsync("/reports/survey");

        // Assert
        var rate = (int)Math.Round(100.0 * expected.Responses / expected.Staff, MidpointRounding.AwayFromZero);
        Assert.Equal($"{rate}% ({expected.Responses} responses from {expected.Staff} staff in post on the round's last day)", document.GetSingle("[data-testid=rate]").NormalisedText());
        Assert.StartsWith($"{expected.Complete} of {expected.Responses}:", document.GetSingle("[data-testid=complete]").NormalisedText(), StringComparison.Ordinal);
        var rows = document.QuerySelectorAll("[data-testid=methods] tbody tr")
            .Select(r => (r.GetSingle("th").NormalisedText(), r.QuerySelectorAll("td")[0].NormalisedText())).ToList();
        Assert.Equal(expected.Methods.Select(m => (m.Name, m.Mean.ToString("0.00", CultureInfo.InvariantCulture))), rows);
        Assert.Equal("Questioning", rows[0].Item1);
        var wish = document.QuerySelectorAll("[data-testid=wishes] tbody tr")[0];
        Assert.Equal((expected.TopWish.Item1, expected.TopWish.Item2.ToString(CultureInfo.InvariantCulture)), (wish.GetSingle("th").NormalisedText(), wish.GetSingle("td").NormalisedText()));
        Assert.Equal(3, document.QuerySelectorAll("svg[role=img][aria-labelledby]").Length);
        Assert.True(expected.Complete < expected.Responses);
    }

    [Fact]
    public async Task Get_TeamWithFewerThanFiveResponses_ShowsNoFigures()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var small = await factory.WithDbAsync(async db =>
        {
            var counts = await db.SurveyResponses.GroupBy(r => r.TeamId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var teams = await db.Teams.Select(t => t.Id).ToListAsync();
            return teams.First(t => counts.SingleOrDefault(c => c.Key == t)?.Count is null or < SurveyAnonymity.MinimumGroupSize);
        });

        // Act
        var document = await client.GetDocumentAsync($"/reports/survey?team={small}");
        using var csv = await client.GetAsync($"/reports/survey/download?team={small}");

        // Assert
        Assert.Equal(SurveyAnonymity.SuppressedMessage, document.GetSingle("[data-testid=suppressed]").NormalisedText());
        Assert.Empty(document.QuerySelectorAll("table, svg"));
        Assert.Equal(SurveyTestData.Id(small), document.GetSingle("select#team option[selected]").GetAttribute("value"));
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains(SurveyAnonymity.SuppressedMessage, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mean rating", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RoleWithFiveOrMoreResponses_ShowsOnlyThatRole()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await factory.WithDbAsync(async db => await db.SurveyResponses.Where(r => r.PathwayRoleId != null).GroupBy(r => r.PathwayRoleId)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync());

        // Act
        var document = await client.GetDocumentAsync($"/reports/survey?role={role.Key}");

        // Assert
        Assert.True(role.Count >= SurveyAnonymity.MinimumGroupSize);
        Assert.Contains($"({role.Count} responses from", document.GetSingle("[data-testid=rate]").NormalisedText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?round=999999&team=999999&role=999999")]
    [InlineData("?round=abc&team=-1&role=")]
    public async Task Get_UnknownIds_AreIgnored(string query)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var all = (await client.GetDocumentAsync("/reports/survey")).GetSingle("[data-testid=rate]").NormalisedText();

        // Act
        var document = await client.GetDocumentAsync($"/reports/survey{query}");

        // Assert
        Assert.Equal(all, document.GetSingle("[data-testid=rate]").NormalisedText());
        Assert.EndsWith(": all staff", document.GetSingle("[data-testid=group]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_SeededRound_HasTheThreeTables()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync("/reports/survey/download");

        // Assert
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Method,Mean rating (1 to 5),Ratings,Not used\r\nQuestioning,", text, StringComparison.Ordinal);
        Assert.Contains("Method wished for,Respondents\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Barrier,Respondents\r\nWorkload,", text, StringComparison.Ordinal);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
    }
}
