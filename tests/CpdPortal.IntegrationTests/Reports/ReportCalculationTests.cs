using System.Globalization;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>
/// Each report filtered to one hand-built team whose figures are worked out by hand below (the clock is fixed at
/// 22 November 2026; the learning year runs 1 April 2026 to 31 March 2027; the registration year ends 30 November):
/// - Ann (registered, supervised by Chris): a 10-day course of 111 hours in June (15.0 days) and a reading with a peer
///   reflection (not training days); plan approved; supervised 12 November (monthly: on time); a validated stage.
/// - Ben (registered, supervised by Chris since 2020, never supervised: overdue): a 7.4-hour workshop in September
///   (1.0 day, 1 registration entry, no reflection); a draft plan.
/// - Cat (not registered, no supervisor): nothing.
/// - Dan (agency): left on 1 October 2026, so counted only in the workforce report's first two quarters.
/// </summary>
public sealed class ReportCalculationTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
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

            return "?year=2026&team=" + id.ToString(CultureInfo.InvariantCulture);
        }
        finally
        {
            Gate.Release();
        }
    }

    private Task<int> SeedAsync() => factory.WithDbAsync(async db =>
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        var today = new DateOnly(2026, 11, 22);
        var team = new Team("Hand-counted Team");
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var chris = await db.StaffMembers.SingleAsync(s => s.Email == DemoAccounts.Chris.Email);
        StaffMember Person(string number, string given, string family, EmploymentType type, DateOnly start) =>
            new(number, given, family, $"{given.ToLowerInvariant()}@hand.test", "Social worker", team, type, start);
        var ann = Person("HC1", "Ann", "Able", EmploymentType.Permanent, new DateOnly(2025, 1, 6));
        var ben = Person("HC2", "Ben", "Best", EmploymentType.Permanent, new DateOnly(2020, 1, 6));
        var cat = Person("HC3", "Cat", "Cole", EmploymentType.Permanent, new DateOnly(2024, 1, 8));
        var dan = Person("HC4", "Dan", "Dunn", EmploymentType.Agency, new DateOnly(2024, 1, 8));
        ann.Register("SW900001");
        ben.Register("SW900002");
        ann.AssignSupervisor(chris, _ => null);
        ben.AssignSupervisor(chris, _ => null);
        dan.MarkAsLeaver(new DateOnly(2026, 10, 1));
        db.StaffMembers.AddRange(ann, ben, cat, dan);
        await db.SaveChangesAsync();

        var workshop = await db.CpdMethods.Where(m => m.Name == CpdMethods.Workshop).Select(m => m.Id).SingleAsync();
        var reading = await db.CpdMethods.Where(m => m.Name == CpdMethods.Reading).Select(m => m.Id).SingleAsync();
        ActivityDetails Entry(int method, DateOnly date, DateOnly? end, decimal hours, string? reflection) =>
            new(method, "Learning", date, end, hours, "Why", "What", "Impact", reflection is null ? null : "A peer", reflection, false, ActivityStatus.Complete, []);
        db.CpdActivities.AddRange(
            CpdActivity.Record(ann.Id, Entry(workshop, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10), 111m, null), today, now),
            CpdActivity.Record(ann.Id, Entry(reading, new DateOnly(2026, 7, 1), null, 2m, "Talked it through"), today, now),
            CpdActivity.Record(ben.Id, Entry(workshop, new DateOnly(2026, 9, 1), null, 7.4m, null), today, now));

        var area = await db.CompetenceAreas.Where(a => a.Name == "Critical reflection and analysis").Select(a => a.Id).SingleAsync();
        var approved = DevelopmentPlan.Start(ann.Id, new DateOnly(2026, 4, 1), now);
        approved.AddGoal(new GoalDetails(area, DreyfusStage.Competent, new DateOnly(2027, 3, 1), "Course"), today, now);
        approved.Submit(ann.Id, now);
        approved.Approve(chris.Id, null, now);
        db.DevelopmentPlans.AddRange(approved, DevelopmentPlan.Start(ben.Id, new DateOnly(2026, 4, 1), now));

        var details = new SessionDetails(new DateOnly(2026, 11, 12), 1.5m, SupervisionType.OneToOne, null, null, "Development", null, null, null, [], null, []);
        db.SupervisionSessions.Add(SupervisionSession.Record(ann.Id, chris.Id, details, today, now));

        var self = StageAssessment.SelfAssess(ann.Id, area, DreyfusStage.Competent, "Evidence", now.AddDays(-2));
        db.StageAssessments.Add(self);
        await db.SaveChangesAsync();
        db.StageAssessments.Add(StageAssessment.Validate(self, chris.Id, DreyfusStage.Competent, null, now.AddDays(-1)));
        await db.SaveChangesAsync();
        return team.Id;
    });

    private async Task<(string Headline, List<List<string>> Tables)> ReadAsync(string slug)
    {
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var document = await client.GetDocumentAsync($"/reports/{slug}{await TeamQueryAsync()}");
        var tables = document.QuerySelectorAll("[data-testid=report-table]")
            .Select(t => t.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.NormalisedText()))).ToList())
            .ToList();
        return (document.GetSingle("[data-testid=headline]").NormalisedText(), tables);
    }

    [Fact]
    public async Task Entitlement_HandCountedTeam_MatchesTheHandCalculation()
    {
        // Act
        var (headline, tables) = await ReadAsync("entitlement");

        // Assert: 15.0, 1.0 and 0 days against 15: one met (33%), mean 16 / 3 = 5.3.
        Assert.Equal("33% of 3 staff have used their full allowance (15 days full time, pro rata); the mean is 5.3 days.", headline);
        Assert.Equal(
            ["None | 1", "Under a quarter | 1", "A quarter to under half | 0", "Half to under three quarters | 0", "Three quarters to under the full allowance | 0", "The full allowance or more | 1"],
            tables[0]);
        Assert.Equal(["Hand-counted Team | 3 | 5.3 | 15 | 33%"], tables[1]);
    }

    [Fact]
    public async Task Plans_HandCountedTeam_MatchesTheHandCalculation()
    {
        // Act
        var (headline, tables) = await ReadAsync("plans");

        // Assert
        Assert.Equal("33% of 3 staff have an approved plan for this learning year; 33% have none.", headline);
        Assert.Equal(["Approved | 1", "Submitted for review | 0", "Changes requested | 0", "Draft | 1", "No plan | 1"], tables[0]);
        Assert.Equal(["Hand-counted Team | 3 | 33% | 1"], tables[1]);
        Assert.Equal(["Ben Best | Hand-counted Team | Chris Lee | Draft", "Cat Cole | Hand-counted Team | No supervisor | No plan"], tables[2]);
    }

    [Fact]
    public async Task Supervision_HandCountedTeam_MatchesTheHandCalculation()
    {
        // Act
        var (headline, tables) = await ReadAsync("supervision");

        // Assert: Ann due 12 December (on time); Ben never supervised since 2020 (overdue); Cat has no supervisor.
        Assert.Equal("50% of 2 supervised staff are not overdue for supervision on 22 November 2026; 1 overdue.", headline);
        Assert.Equal(["On time | 1", "Due soon | 0", "Overdue | 1"], tables[0]);
        Assert.Equal(["Chris Lee | 2 | 1 | 50%"], tables[1]);
        Assert.Equal(["Ben Best | Chris Lee | None recorded | 6 February 2020"], tables[2].Select(r => string.Join(" | ", r.Split(" | ").Take(4))));
    }

    [Fact]
    public async Task Registration_HandCountedTeam_MatchesTheHandCalculation()
    {
        // Act
        var (headline, tables) = await ReadAsync("registration");

        // Assert: Ann has 2 completed entries, one with a reflection; Ben has 1 and none.
        Assert.Equal("50% of 2 registered social workers meet the rule for the registration year ending 30 November 2026 (8 days left).", headline);
        Assert.Equal(["Meeting the rule | 1", "Not yet meeting it | 1"], tables[0]);
        Assert.Equal(["Ben Best | Hand-counted Team | 1 | No"], tables[2]);
    }

    [Fact]
    public async Task Stages_HandCountedTeam_MatchesTheHandCalculation()
    {
        // Act
        var (headline, tables) = await ReadAsync("stages");

        // Assert
        Assert.Equal("33% of 3 staff have at least one stage validated by a supervisor.", headline);
        Assert.Equal(["Novice | 0", "Advanced beginner | 0", "Competent | 1", "Proficient | 0", "Expert | 0"], tables[0]);
        Assert.Equal(["Critical reflection and analysis (Professional Capabilities Framework) | 0 | 0 | 1 | 0 | 0 | 1"], tables[1]);
    }

    [Fact]
    public async Task Workforce_HandCountedTeam_MatchesTheHandCalculation()
    {
        // Act
        var (headline, tables) = await ReadAsync("workforce");

        // Assert: 4 in post to September (Dan agency), Dan leaves 1 October; 15 days in June over 4, 1 day in
        // September over 4, nothing since.
        Assert.Equal("3 staff in post on 22 November 2026, 0% agency; 1 leaver this learning year.", headline);
        Assert.Equal(
            [
                "Apr 2026 to Jun 2026 | 4 | 1 | 25% | 0 | 3.75",
                "Jul 2026 to Sept 2026 | 4 | 1 | 25% | 0 | 0.25",
                "Oct 2026 to Nov 2026 | 3 | 0 | 0% | 1 | 0.00",
            ],
            tables[0]);
        Assert.Equal(["Hand-counted Team | 3 | 0% | 5.3 | 0 | Not reported"], tables[1]);
        Assert.Equal(["No pathway role | 3 | 0% | 5.3 | 0 | Not reported"], tables[2]);
    }
}
