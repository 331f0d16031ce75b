using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CpdPortal.Domain.Survey;
using CpdPortal.Domain.Workforce;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Reports;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Survey;

/// <summary>
/// The survey results at a large council (docs/adr/0041): with no team chosen they are council-wide figures, kept for
/// 15 minutes and saying when they were worked out, page and CSV alike; a team's results are live; a group of fewer
/// than five responses shows no figures either way. Each test builds its own portal, because each moves the clock or
/// opens a round.
/// </summary>
public sealed partial class KeptSurveyResultsTests
{
    [Fact]
    public async Task CouncilWideResults_AfterAnAnswer_ShowTheKeptFiguresAndWhenUntilTheyAreFifteenMinutesOld()
    {
        // Arrange
        await using var factory = new LargeCouncilPortalFactory();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var round = await factory.EnsureOpenRoundAsync();
        await AnswerAsync(factory, round, 5);
        var workedOutAt = factory.Clock.GetUtcNow();
        var first = await client.GetDocumentAsync("/reports/survey");
        await AnswerAsync(factory, round, 1);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        // Act
        var kept = await client.GetDocumentAsync("/reports/survey");
        var keptCsv = await CsvAsync(client, "/reports/survey/download");
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var again = await client.GetDocumentAsync("/reports/survey");
        var againCsv = await CsvAsync(client, "/reports/survey/download");

        // Assert
        Assert.Equal((5, 5), (Responses(first), Responses(kept)));
        Assert.Contains(Said(workedOutAt), AsAt(kept), StringComparison.Ordinal);
        Assert.Contains("kept for 15 minutes", AsAt(kept), StringComparison.Ordinal);
        Assert.Contains("Responses,5\r\n", keptCsv, StringComparison.Ordinal);
        Assert.Equal(6, Responses(again));
        Assert.Contains(Said(factory.Clock.GetUtcNow()), AsAt(again), StringComparison.Ordinal);
        Assert.Contains("Responses,6\r\n", againCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamResults_AfterAnAnswer_AreWorkedOutLive()
    {
        // Arrange
        await using var factory = new LargeCouncilPortalFactory();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var round = await factory.EnsureOpenRoundAsync();
        var team = await LargestTeamAsync(factory);
        await AnswerAsync(factory, round, 5, team);
        var path = $"/reports/survey?team={SurveyTestData.Id(team)}";
        var before = await client.GetDocumentAsync(path);
        await AddSomeoneInPostAsync(factory, team);
        await AnswerAsync(factory, round, 1, team);

        // Act
        var after = await client.GetDocumentAsync(path);

        // Assert
        Assert.Equal((5, 6), (Responses(before), Responses(after)));
        Assert.Contains("from 6 staff in post", after.GetSingle("[data-testid=rate]").NormalisedText(), StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("[data-testid=figures-as-at]"));
        Assert.Equal(SurveyTestData.Id(team), after.GetSingle("select#team option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task Results_FewerThanFiveResponses_ShowNoFiguresWhetherKeptOrLive()
    {
        // Arrange
        await using var factory = new LargeCouncilPortalFactory();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var round = await factory.EnsureOpenRoundAsync();
        var team = await LargestTeamAsync(factory);
        await AnswerAsync(factory, round, SurveyAnonymity.MinimumGroupSize - 1, team);
        var teamPath = $"/reports/survey?team={SurveyTestData.Id(team)}";

        // Act
        var council = await client.GetDocumentAsync("/reports/survey");
        var councilCsv = await CsvAsync(client, "/reports/survey/download");
        var ofTeam = await client.GetDocumentAsync(teamPath);
        var teamCsv = await CsvAsync(client, $"/reports/survey/download?team={SurveyTestData.Id(team)}");

        // Assert
        Assert.NotNull(council.QuerySelector("[data-testid=figures-as-at]"));
        Assert.Null(ofTeam.QuerySelector("[data-testid=figures-as-at]"));
        foreach (var page in new[] { council, ofTeam })
        {
            Assert.Equal(SurveyAnonymity.SuppressedMessage, page.GetSingle("[data-testid=suppressed]").NormalisedText());
            Assert.Empty(page.QuerySelectorAll("table, svg, [data-testid=rate]"));
        }

        foreach (var csv in new[] { councilCsv, teamCsv })
        {
            Assert.Contains(SurveyAnonymity.SuppressedMessage, csv, StringComparison.Ordinal);
            Assert.DoesNotContain("Mean rating", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LatestRound_OpenedWithinTheKeptTime_IsWorkedOutForTheNewRound()
    {
        // Arrange: the seeded round's council-wide figures are kept, under the address with no round.
        await using var factory = new LargeCouncilPortalFactory();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var seeded = await factory.WithDbAsync(db => db.SurveyRounds.Select(r => r.Id).SingleAsync());
        var old = await client.GetDocumentAsync("/reports/survey");
        var opened = await factory.EnsureOpenRoundAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        // Act
        var latest = await client.GetDocumentAsync("/reports/survey");
        var seededAgain = await client.GetDocumentAsync($"/reports/survey?round={SurveyTestData.Id(seeded)}");

        // Assert
        Assert.True(Responses(old) >= SurveyAnonymity.MinimumGroupSize);
        Assert.Equal(SurveyTestData.Id(opened), latest.GetSingle("select#round option[selected]").GetAttribute("value"));
        Assert.StartsWith("Training-needs survey 2026: all staff", latest.GetSingle("[data-testid=group]").NormalisedText(), StringComparison.Ordinal);
        Assert.NotNull(latest.QuerySelector("[data-testid=suppressed]"));
        Assert.Equal(Responses(old), Responses(seededAgain));
        Assert.Equal(AsAt(old), AsAt(seededAgain));
    }

    /// <summary>Complete answers to the open round from <paramref name="count"/> people in post who have not answered it (in <paramref name="teamId"/> if given).</summary>
    private static async Task AnswerAsync(CpdPortalFactory factory, int roundId, int count, int? teamId = null)
    {
        var added = await factory.WithDbAsync(async db =>
        {
            var round = await db.SurveyRounds.SingleAsync(r => r.Id == roundId);
            var methods = await db.CpdMethods.Where(m => m.IsActive).OrderBy(m => m.Order).Select(m => m.Id).ToListAsync();
            var answered = db.SurveyResponses.Where(r => r.RoundId == roundId).Select(r => r.StaffMemberId);
            var people = (await db.StaffMembers.Where(s => !answered.Contains(s.Id) && (teamId == null || s.TeamId == teamId)).OrderBy(s => s.Id).ToListAsync())
                .Where(s => s.IsCurrentOn(SurveyTestData.Today)).Take(count).ToList();
            var answers = new SurveyAnswers(methods.ToDictionary(m => m, _ => (int?)4), [methods[0]], [SurveyBarrier.Workload], NoBarriers: false, OtherBarrier: null);
            foreach (var person in people)
            {
                db.SurveyResponses.Add(SurveyResponse.Submit(round, new SurveyRespondent(person.Id, person.TeamId, person.PathwayRoleId), answers, methods, alreadyAnswered: false, factory.Clock.GetUtcNow(), SurveyTestData.Today));
            }

            await db.SaveChangesAsync();
            return people.Count;
        });
        Assert.Equal(count, added);
    }

    /// <summary>The team with the most people in post today (at least five, so that five can answer).</summary>
    private static async Task<int> LargestTeamAsync(CpdPortalFactory factory)
    {
        var (team, size) = await factory.WithDbAsync(async db => (await db.StaffMembers.ToListAsync())
            .Where(s => s.IsCurrentOn(SurveyTestData.Today)).GroupBy(s => s.TeamId)
            .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key).First());
        Assert.True(size >= SurveyAnonymity.MinimumGroupSize, $"The largest team has {size} people in post");
        return team;
    }

    private static Task<int> AddSomeoneInPostAsync(CpdPortalFactory factory, int teamId) =>
        factory.WithDbAsync(async db =>
        {
            var team = await db.Teams.SingleAsync(t => t.Id == teamId);
            var number = $"KS{Guid.NewGuid():N}"[..12];
            db.StaffMembers.Add(new StaffMember(number, "Kept", "Survey", $"{number}@example.org", "Social worker", team, EmploymentType.Permanent, new DateOnly(2024, 1, 8)));
            return await db.SaveChangesAsync();
        });

    private static async Task<string> CsvAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    private static int Responses(AngleSharp.Html.Dom.IHtmlDocument page) =>
        int.Parse(ResponsesFrom().Match(page.GetSingle("[data-testid=rate]").NormalisedText()).Groups[1].Value, CultureInfo.InvariantCulture);

    private static string AsAt(AngleSharp.Html.Dom.IHtmlDocument page) => page.GetSingle("[data-testid=figures-as-at]").NormalisedText();

    /// <summary>The instant as the page says it: "22 November 2026 at 10:05am".</summary>
    private static string Said(DateTimeOffset at) => CpdPortal.Web.Infrastructure.UkTimeFormat.DateTime(at);

    [GeneratedRegex(@"\((\d+) responses from")]
    private static partial Regex ResponsesFrom();
}
