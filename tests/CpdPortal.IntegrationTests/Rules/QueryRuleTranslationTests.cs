using CpdPortal.Application.Common.Rules;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Workforce;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Rules;

/// <summary>
/// The shared query rules (Application/Common/Rules) translate to SQL on this provider and pick, from the demo
/// council plus rows placed on each boundary, exactly the rows the domain's own rule picks in memory.
/// </summary>
public sealed class QueryRuleTranslationTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly DateOnly Boundary = new(2026, 6, 15);
    private static readonly DatePeriod Year = new(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31));

    [Fact]
    public async Task StaffInPostOn_InSql_ReturnsThePeopleIsCurrentOnChooses_AroundAStartAndALeavingDay()
    {
        // Arrange: one person starts on the boundary day and one leaves on it.
        await AddStaffAsync(start: Boundary, leave: null);
        await AddStaffAsync(start: new DateOnly(2020, 1, 6), leave: Boundary);
        var everyone = await factory.QueryAsync(db => db.StaffMembers.AsNoTracking().ToListAsync());

        foreach (var day in new[] { Boundary.AddDays(-1), Boundary, Boundary.AddDays(1) })
        {
            // Act
            var bySql = await factory.QueryAsync(db => db.StaffMembers.InPostOn(day).Select(s => s.Id).OrderBy(id => id).ToListAsync());

            // Assert
            var byDomain = everyone.Where(s => s.IsCurrentOn(day)).Select(s => s.Id).Order().ToList();
            Assert.NotEmpty(byDomain);
            Assert.Equal(byDomain, bySql);
        }
    }

    [Fact]
    public async Task StaffInPostDuring_InSql_ReturnsThePeopleInPostOnSomeDayOfThePeriod()
    {
        // Arrange: one person leaves the day before the period, one on its first day, one starts on its last day.
        await AddStaffAsync(start: new DateOnly(2020, 1, 6), leave: Boundary.AddDays(-1));
        await AddStaffAsync(start: new DateOnly(2020, 1, 6), leave: Boundary);
        await AddStaffAsync(start: Boundary.AddDays(7), leave: null);
        await AddStaffAsync(start: Boundary.AddDays(8), leave: null);
        var everyone = await factory.QueryAsync(db => db.StaffMembers.AsNoTracking().ToListAsync());
        var (first, last) = (Boundary, Boundary.AddDays(7));

        // Act
        var bySql = await factory.QueryAsync(db => db.StaffMembers.InPostDuring(first, last).Select(s => s.Id).OrderBy(id => id).ToListAsync());

        // Assert
        var byDomain = everyone.Where(s => Enumerable.Range(0, 8).Any(i => s.IsCurrentOn(first.AddDays(i)))).Select(s => s.Id).Order().ToList();
        Assert.NotEmpty(byDomain);
        Assert.Equal(byDomain, bySql);
    }

    [Fact]
    public async Task StaffNotLeftBefore_InSql_ReturnsEveryoneWithoutALeavingDateBeforeTheDay()
    {
        // Arrange
        await AddStaffAsync(start: new DateOnly(2020, 1, 6), leave: Boundary);
        await AddStaffAsync(start: Boundary.AddDays(10), leave: null);
        var everyone = await factory.QueryAsync(db => db.StaffMembers.AsNoTracking().ToListAsync());

        foreach (var day in new[] { Boundary, Boundary.AddDays(1) })
        {
            // Act
            var bySql = await factory.QueryAsync(db => db.StaffMembers.NotLeftBefore(day).Select(s => s.Id).OrderBy(id => id).ToListAsync());

            // Assert: in post on the day, or on their own first day when they start later.
            var byDomain = everyone.Where(s => s.IsCurrentOn(day > s.StartDate ? day : s.StartDate)).Select(s => s.Id).Order().ToList();
            Assert.Equal(byDomain, bySql);
        }
    }

    [Fact]
    public async Task ActivityCountsTowardsEntitlement_InSql_ReturnsWhatEntitlementCalculateCounts()
    {
        // Arrange: completed and draft entries, of a counting and a non-counting method, around the year's first and last day.
        var staffId = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        await factory.QueryAsync(async db =>
        {
            var counting = await db.CpdMethods.Where(m => m.CountsTowardsEntitlement).Select(m => m.Id).FirstAsync();
            var notCounting = await db.CpdMethods.Where(m => !m.CountsTowardsEntitlement).Select(m => m.Id).FirstAsync();
            foreach (var date in new[] { Year.Start.AddDays(-1), Year.Start, Year.End, Year.End.AddDays(1) })
            {
                foreach (var status in new[] { ActivityStatus.Complete, ActivityStatus.Draft })
                {
                    foreach (var method in new[] { counting, notCounting })
                    {
                        var details = new ActivityDetails(method, "Boundary entry", date, null, 2m, "Reading.", "Learnt.", "Impact.", null, null, false, status, []);
                        db.CpdActivities.Add(CpdActivity.Record(staffId, details, new DateOnly(2030, 1, 1), factory.Clock.GetUtcNow()));
                    }
                }
            }

            return await db.SaveChangesAsync();
        });
        var entries = await factory.QueryAsync(db => db.CpdActivities
            .Select(a => new EntitlementEntry(a.Id, a.Title, a.Date, a.Hours, a.Certificated, a.Status, a.Method!.CountsTowardsEntitlement))
            .ToListAsync());

        // Act
        var bySql = await factory.QueryAsync(db => db.CpdActivities.CountingTowardsEntitlementIn(Year).Select(a => a.Id).OrderBy(id => id).ToListAsync());

        // Assert
        var byDomain = Entitlement.Calculate(entries, Year, 15m, 7.4m).Counted.Select(e => e.ActivityId).Order().ToList();
        Assert.Equal(2, byDomain.Count(id => entries.Single(e => e.ActivityId == id).Title == "Boundary entry"));
        Assert.Equal(byDomain, bySql);
    }

    [Fact]
    public async Task FrameworkIsCurrent_InSql_ReturnsThePublishedVersionsAndTheirAreas()
    {
        // Arrange
        var frameworks = await factory.QueryAsync(db => db.CompetenceFrameworks.AsNoTracking().Include(f => f.Areas).ToListAsync());

        // Act
        var currentBySql = await factory.QueryAsync(db => db.CompetenceFrameworks.Where(FrameworkRules.IsCurrent).Select(f => f.Id).OrderBy(id => id).ToListAsync());
        var areasBySql = await factory.QueryAsync(db => db.CompetenceAreas.Where(FrameworkRules.AreaIsCurrent).Select(a => a.Id).OrderBy(id => id).ToListAsync());

        // Assert
        var current = frameworks.Where(f => f.Status == FrameworkStatus.Published).ToList();
        Assert.NotEmpty(current);
        Assert.Equal(current.Select(f => f.Id).Order(), currentBySql);
        Assert.Equal(current.SelectMany(f => f.Areas).Select(a => a.Id).Order(), areasBySql);
    }

    [Fact]
    public async Task CourseOffered_InSql_LeavesOutACourseFromTheDayItRetires()
    {
        // Arrange
        var retiredId = await factory.QueryAsync(async db =>
        {
            var course = new CpdPortal.Domain.Training.Course(new("Retiring course", "Rule check.", false, null, CpdPortal.Domain.Training.CourseDelivery.FaceToFace, null, 7.4m, true, null, null, [], [], []));
            course.Retire(Boundary);
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            return course.Id;
        });
        var courses = await factory.QueryAsync(db => db.Courses.AsNoTracking().ToListAsync());

        foreach (var day in new[] { Boundary.AddDays(-1), Boundary, Boundary.AddDays(1) })
        {
            // Act
            var bySql = await factory.QueryAsync(db => db.Courses.Offered(day).Select(c => c.Id).OrderBy(id => id).ToListAsync());

            // Assert
            Assert.Equal(courses.Where(c => !c.IsRetiredOn(day)).Select(c => c.Id).Order(), bySql);
            Assert.Equal(day < Boundary, bySql.Contains(retiredId));
        }
    }

    private Task<int> AddStaffAsync(DateOnly start, DateOnly? leave) => factory.QueryAsync(async db =>
    {
        var team = await db.Teams.OrderBy(t => t.Id).FirstAsync();
        var number = $"R{Guid.NewGuid():N}"[..10];
        var person = new StaffMember(number, "Rule", "Check", $"{number}@example.org", "Social worker", team, EmploymentType.Permanent, start);
        if (leave is { } day)
        {
            person.MarkAsLeaver(day);
        }

        db.StaffMembers.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });
}
