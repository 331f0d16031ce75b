using System.Globalization;
using CpdPortal.Application.Reports;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Workforce;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>
/// Stages over time for a hand-built team, today being 22 November 2026 (dates: 31 Dec 2025, 31 Mar, 30 Jun,
/// 30 Sep and 22 Nov 2026). In "Critical reflection and analysis":
/// - Pia self-assesses at 2 on 15 August 2026 and Chris validates her at 3 on 15 October: counted at 2, then 3;
/// - Rob self-assesses at 4 on 20 April 2026, is validated at 4 on 1 May, then self-assesses at 5 on 1 November:
///   the validation still wins, so he counts at 4 from 30 June on;
/// - Sue self-assesses at 3 on 10 January 2026 and leaves on 1 August 2026: counted on 31 March and 30 June only.
/// In "Values and ethics" Sue self-assesses at 1 on 10 December 2025.
/// </summary>
public sealed class StagesOverTimeReportTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<CpdPortalFactory, int> Teams = [];

    private async Task<string> TeamQueryAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!Teams.TryGetValue(factory, out var id))
            {
                id = await SeedAsync();
                Teams[factory] = id;
            }

            return "team=" + id.ToString(CultureInfo.InvariantCulture);
        }
        finally
        {
            Gate.Release();
        }
    }

    private Task<int> SeedAsync() => factory.WithDbAsync(async db =>
    {
        var team = new Team("Over-time Team");
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var chris = await db.StaffMembers.SingleAsync(s => s.Email == DemoAccounts.Chris.Email);
        StaffMember Person(string number, string given) =>
            new(number, given, "Hand", $"{given.ToLowerInvariant()}@overtime.test", "Social worker", team, EmploymentType.Permanent, new DateOnly(2020, 1, 6));
        var pia = Person("OT1", "Pia");
        var rob = Person("OT2", "Rob");
        var sue = Person("OT3", "Sue");
        sue.MarkAsLeaver(new DateOnly(2026, 8, 1));
        db.StaffMembers.AddRange(pia, rob, sue);
        await db.SaveChangesAsync();

        var reflection = await db.CompetenceAreas.Where(a => a.Name == "Critical reflection and analysis").Select(a => a.Id).SingleAsync();
        var values = await db.CompetenceAreas.Where(a => a.Name == "Values and ethics").Select(a => a.Id).SingleAsync();
        static DateTimeOffset On(int month, int day) => new(2026, month, day, 12, 0, 0, TimeSpan.Zero);
        var piaSelf = StageAssessment.SelfAssess(pia.Id, reflection, DreyfusStage.AdvancedBeginner, "Evidence", On(8, 15));
        var robSelf = StageAssessment.SelfAssess(rob.Id, reflection, DreyfusStage.Proficient, "Evidence", On(4, 20));
        db.StageAssessments.AddRange(
            piaSelf,
            robSelf,
            StageAssessment.SelfAssess(sue.Id, reflection, DreyfusStage.Competent, "Evidence", On(1, 10)),
            StageAssessment.SelfAssess(sue.Id, values, DreyfusStage.Novice, "Evidence", new DateTimeOffset(2025, 12, 10, 12, 0, 0, TimeSpan.Zero)));
        await db.SaveChangesAsync();
        db.StageAssessments.AddRange(
            StageAssessment.Validate(piaSelf, chris.Id, DreyfusStage.Competent, "Seen in court work", On(10, 15)),
            StageAssessment.Validate(robSelf, chris.Id, DreyfusStage.Proficient, null, On(5, 1)),
            StageAssessment.SelfAssess(rob.Id, reflection, DreyfusStage.Expert, "Evidence", On(11, 1)));
        await db.SaveChangesAsync();
        return team.Id;
    });

    private async Task<(string Headline, string Counted, List<List<string>> Tables, List<string> Charts)> ReadAsync(string path)
    {
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var document = await client.GetDocumentAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}{await TeamQueryAsync()}");
        var tables = document.QuerySelectorAll("[data-testid=report-table]")
            .Select(t => t.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.NormalisedText()))).ToList())
            .ToList();
        var charts = document.QuerySelectorAll("figure.app-chart desc").Select(d => d.NormalisedText()).ToList();
        return (document.GetSingle("[data-testid=headline]").NormalisedText(), document.GetSingle("[data-testid=counted]").NormalisedText(), tables, charts);
    }

    [Fact]
    public async Task StagesOverTime_HandCountedTeam_HeadlineComparesTodayWithTheFirstDate()
    {
        // Act
        var (headline, counted, _, _) = await ReadAsync("/reports/stages-over-time");

        // Assert: today Pia 3 and Rob 4 (2 of 2 at 3 or above); on 31 December 2025 only Sue's 1 in Values and ethics.
        Assert.Equal("100% of current stages are competent (stage 3) or above on 22 November 2026, against 0% on 31 December 2025.", headline);
        Assert.Equal("Counted on 22 November 2026: 2 people.", counted);
    }

    [Fact]
    public async Task StagesOverTime_HandCountedTeam_AllAreasTableMatchesTheHandCalculation()
    {
        // Act
        var (_, _, tables, _) = await ReadAsync("/reports/stages-over-time");

        // Assert
        Assert.Equal(
            [
                "31 December 2025 | 1 | 0 | 0 | 0 | 0 | 1 | 0% | 0%",
                "31 March 2026 | 1 | 0 | 1 | 0 | 0 | 2 | 50% | 0%",
                "30 June 2026 | 1 | 0 | 1 | 1 | 0 | 3 | 67% | 33%",
                "30 September 2026 | 0 | 1 | 0 | 1 | 0 | 2 | 50% | 50%",
                "22 November 2026 (today) | 0 | 0 | 1 | 1 | 0 | 2 | 100% | 50%",
            ],
            tables[0]);
    }

    [Fact]
    public async Task StagesOverTime_HandCountedTeam_SelfAssessedThenValidatedCountsAtTwoThenThree()
    {
        // Act
        var (_, _, tables, _) = await ReadAsync("/reports/stages-over-time");

        // Assert: areas in framework order (Values and ethics is area 2, Critical reflection area 6).
        Assert.Equal(3, tables.Count);
        Assert.Equal(
            [
                "31 December 2025 | 1 | 0 | 0 | 0 | 0 | 1 | 0% | 0%",
                "31 March 2026 | 1 | 0 | 0 | 0 | 0 | 1 | 0% | 0%",
                "30 June 2026 | 1 | 0 | 0 | 0 | 0 | 1 | 0% | 0%",
                "30 September 2026 | 0 | 0 | 0 | 0 | 0 | 0 | 0% | 0%",
                "22 November 2026 (today) | 0 | 0 | 0 | 0 | 0 | 0 | 0% | 0%",
            ],
            tables[1]);
        Assert.Equal(
            [
                "31 December 2025 | 0 | 0 | 0 | 0 | 0 | 0 | 0% | 0%",
                "31 March 2026 | 0 | 0 | 1 | 0 | 0 | 1 | 100% | 0%",
                "30 June 2026 | 0 | 0 | 1 | 1 | 0 | 2 | 100% | 50%",
                "30 September 2026 | 0 | 1 | 0 | 1 | 0 | 2 | 50% | 50%",
                "22 November 2026 (today) | 0 | 0 | 1 | 1 | 0 | 2 | 100% | 50%",
            ],
            tables[2]);
    }

    [Fact]
    public async Task StagesOverTime_HandCountedTeam_ChartsShowTheShareAtCompetentOrAbovePerArea()
    {
        // Act
        var (_, _, _, charts) = await ReadAsync("/reports/stages-over-time");

        // Assert: the overall chart first, then one per area.
        Assert.Equal(3, charts.Count);
        Assert.Equal(
            "31 December 2025: 0% at competent or above; 31 March 2026: 100% at competent or above; 30 June 2026: 100% at competent or above; 30 September 2026: 50% at competent or above; 22 November 2026 (today): 100% at competent or above",
            charts[2]);
    }

    [Fact]
    public async Task StagesOverTime_PastLearningYear_CountsUpToItsLastDay()
    {
        // Act
        var (headline, counted, tables, _) = await ReadAsync("/reports/stages-over-time?year=2025");

        // Assert: the year April 2025 to March 2026 ends 31 March 2026; Sue was in post then.
        Assert.Equal("50% of current stages are competent (stage 3) or above on 31 March 2026; none had been recorded on 31 March 2025.", headline);
        Assert.Equal("Counted on 31 March 2026: 3 people.", counted);
        Assert.Equal("31 March 2026 | 1 | 0 | 1 | 0 | 0 | 2 | 50% | 0%", tables[0][^1]);
    }

    /// <summary>
    /// A team's counts are read from its staff and their periods by key, the council's from the periods standing on the
    /// dates (docs/adr/0038): every person is in one team, so the teams' counts add up to the council's, per area, stage
    /// and date, and so do the people counted.
    /// </summary>
    [Theory]
    [InlineData(2026)]
    [InlineData(2025)]
    public async Task StagesOverTime_EveryTeamCountedFromItsStaff_AddsUpToTheUnfilteredCounts(int year)
    {
        // Arrange: the hand-built team is there as well as the demo council's.
        await TeamQueryAsync();
        var teams = await factory.WithDbAsync(db => db.Teams.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());

        // Act
        var council = await RunAsync(new ReportFilter(year, null, null, null, null));
        var byTeam = new List<StagesOverTimeReport>();
        foreach (var team in teams)
        {
            byTeam.Add(await RunAsync(new ReportFilter(year, team, null, null, null)));
        }

        // Assert
        Assert.All(byTeam, t => Assert.Equal(council.Counts.Dates, t.Counts.Dates));
        Assert.Equal(council.Population, byTeam.Sum(t => t.Population));
        Assert.Equal(Flatten(council.Counts.All), Sum(byTeam.Select(t => t.Counts.All)));
        Assert.Equal(council.Counts.Areas.Keys.Order(), byTeam.SelectMany(t => t.Counts.Areas.Keys).Distinct().Order());
        foreach (var (area, counts) in council.Counts.Areas)
        {
            Assert.Equal(Flatten(counts), Sum(byTeam.Where(t => t.Counts.Areas.ContainsKey(area)).Select(t => t.Counts.Areas[area])));
        }

        Assert.True(council.Counts.All.Sum(d => d.Sum()) > 0);
    }

    private Task<StagesOverTimeReport> RunAsync(ReportFilter filter) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<StagesOverTimeReportQuery>().RunAsync(filter));

    private static int[] Flatten(int[][] counts) => [.. counts.SelectMany(d => d)];

    private static int[] Sum(IEnumerable<int[][]> counts) =>
        counts.Select(Flatten).Aggregate(new int[(StagesOverTimeReportQuery.QuartersBack + 1) * 5], (total, next) => [.. total.Zip(next, (a, b) => a + b)]);
}
