using System.Net;
using CpdPortal.Domain.Activities;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.Infrastructure.Seeding.Volume;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CpdPortal.IntegrationTests.Seeding;

/// <summary>
/// A portal whose empty database (Production: no demo council at start-up) is then filled by seed-volume with 60
/// staff and two years of history, as <c>dotnet CpdPortal.Web.dll seed-volume --staff 60 --years 2</c> does.
/// </summary>
public sealed class VolumeCpdPortalFactory : CpdPortalFactory, IAsyncLifetime
{
    public const int Staff = 60;
    public const int Years = 2;

    public VolumeResult? Result { get; private set; }

    public string Output { get; private set; } = "";

    protected override string HostEnvironment => Environments.Production;

    protected override bool ConfigureDemoSeed => false;

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        using var output = new StringWriter();
        var seeder = scope.ServiceProvider.GetRequiredService<VolumeSeeder>();
        Assert.True(await seeder.IsEmptyAsync(CancellationToken.None));
        Result = await seeder.SeedAsync(new VolumeRequest(Staff, Years, Seed: 7), output);
        Output = output.ToString();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>seed-volume's invariants: the organisation's shape, the supervision cap, the demo accounts, and pages that open.</summary>
public sealed class VolumeSeedTests(VolumeCpdPortalFactory factory) : IClassFixture<VolumeCpdPortalFactory>
{
    private const string VolumeTeam = "(generated volume team)";

    [Fact]
    public async Task SeedVolume_SixtyStaff_ReachesTheHeadcountWithLeaversAndJoiners()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

        // Act
        var current = await db.StaffMembers.CountAsync(s => s.LeaveDate == null || s.LeaveDate > today);
        var leavers = await db.StaffMembers.CountAsync(s => s.LeaveDate != null && s.Team!.Description!.Contains(VolumeTeam));
        var agency = await db.StaffMembers.CountAsync(s => s.EmploymentType == Domain.Workforce.EmploymentType.Agency && s.Team!.Description!.Contains(VolumeTeam));

        // Assert
        Assert.InRange(current, VolumeCpdPortalFactory.Staff, VolumeCpdPortalFactory.Staff + 25);
        Assert.True(leavers > 0, "no leavers were generated");
        Assert.True(agency > 0, "no agency staff were generated");
        Assert.Contains("rows/s", factory.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedVolume_EveryTeam_HasSixToTwelvePostsUnderOneTeamManager()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act: everyone who ever worked in a generated front-line team, and who supervised them.
        var members = await db.StaffMembers
            .Where(s => s.Team!.Description!.Contains(VolumeTeam) && !s.Team.Name.StartsWith("Leadership"))
            .Select(s => new { s.Id, s.TeamId, s.JobTitle, s.SupervisorId, s.LeaveDate })
            .ToListAsync();

        // Assert
        Assert.NotEmpty(members);
        foreach (var team in members.GroupBy(m => m.TeamId))
        {
            var managers = team.Where(m => m.JobTitle == "Team manager").ToList();
            var manager = Assert.Single(managers);
            var staff = team.Where(m => m.Id != manager.Id).ToList();
            Assert.All(staff, m => Assert.Equal(manager.Id, m.SupervisorId));
            Assert.InRange(staff.Count(m => m.LeaveDate == null), 1, 12);
            Assert.True(staff.Count >= 6, $"team {team.Key} has only {staff.Count} people over the years");
        }
    }

    [Fact]
    public async Task SeedVolume_NoSupervisor_HasMoreThanTwelveCurrentSupervisees()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

        // Act
        var most = await db.StaffMembers
            .Where(s => s.SupervisorId != null && (s.LeaveDate == null || s.LeaveDate > today))
            .GroupBy(s => s.SupervisorId)
            .Select(g => g.Count())
            .MaxAsync();
        var seniors = await db.StaffMembers.CountAsync(s => s.JobTitle == "Director of children's services" || s.JobTitle == "Service manager");

        // Assert
        Assert.InRange(most, 1, 12);
        Assert.True(seniors > 0);
    }

    [Fact]
    public async Task SeedVolume_DemoAccounts_KeepTheirHandWrittenHistories()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();

        // Act
        var accounts = await db.Users.Select(u => u.Email!).ToListAsync();
        var sam = await db.StaffMembers.SingleAsync(s => s.Email == DemoAccounts.Sam.Email);
        var alex = await db.StaffMembers.SingleAsync(s => s.Email == DemoAccounts.Alex.Email);
        var samsTitles = await db.CpdActivities.Where(a => a.StaffMemberId == sam.Id).Select(a => a.Title).ToListAsync();
        var alexSupervisees = await db.StaffMembers.CountAsync(s => s.SupervisorId == alex.Id && s.LeaveDate == null);

        // Assert
        Assert.Equal(DemoAccounts.Seeded.Select(a => a.Email).Order(StringComparer.Ordinal), accounts.Order(StringComparer.Ordinal));
        Assert.Equal(alex.Id, sam.SupervisorId);
        Assert.Equal(
            ["ASYE induction learning day", "Reflective supervision on a complex case", "Research in Practice briefing on neglect", "Signs of Safety: two-day foundation"],
            samsTitles.Order(StringComparer.Ordinal));
        Assert.InRange(alexSupervisees, 1, 12);
    }

    [Fact]
    public async Task SeedVolume_History_AboutTwentyEntriesAndTwelveSessionsPerPersonYear()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var from = today.AddYears(-VolumeCpdPortalFactory.Years);

        // Act: people in a generated team for the whole window.
        var whole = await db.StaffMembers
            .Where(s => s.Team!.Description!.Contains(VolumeTeam) && s.StartDate <= from && s.LeaveDate == null && s.SupervisorId != null)
            .Select(s => new
            {
                Entries = db.CpdActivities.Count(a => a.StaffMemberId == s.Id && a.CourseId == null && a.Date >= from),
                Sessions = db.SupervisionSessions.Count(x => x.SuperviseeId == s.Id && x.Date >= from),
                Plans = db.DevelopmentPlans.Count(p => p.StaffMemberId == s.Id),
            })
            .ToListAsync();
        var withReflections = await db.CpdActivities.CountAsync(a => a.Status == ActivityStatus.Complete && a.CourseId == null && a.WhatLearnt != null && a.WhatLearnt.Length > 100);
        var actions = await db.SupervisionSessions.SelectMany(s => s.Actions).CountAsync();
        var bookings = await db.Bookings.CountAsync(b => b.ActivityId != null);
        var audit = await db.AuditEntries.CountAsync(a => a.EntityType == nameof(CpdActivity));

        // Assert
        Assert.NotEmpty(whole);
        Assert.InRange(whole.Average(w => w.Entries) / VolumeCpdPortalFactory.Years, 14, 27);
        Assert.InRange(whole.Average(w => w.Sessions) / VolumeCpdPortalFactory.Years, 10, 27);
        Assert.True(whole.Average(w => w.Plans) > 0.5);
        Assert.True(withReflections > 0);
        Assert.True(actions > 0);
        Assert.True(bookings > 0);
        Assert.True(audit > 0);
    }

    [Fact]
    public async Task SeedVolume_GeneratedPeople_HoldTheirRolesCertificationsSomeDueSomeLapsed()
    {
        // Arrange
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

        // Act: the latest period of each generated person's certifications, with the rule it was worked out by
        var awards = await db.CertificationAwards.AsNoTracking()
            .Join(db.StaffMembers.Where(s => s.Team!.Description!.Contains(VolumeTeam)), a => a.StaffMemberId, s => s.Id, (a, s) => new { a, s.PathwayRoleId })
            .Select(x => new { x.a.StaffMemberId, x.a.CertificationId, x.a.CompletedOn, x.a.ValidFrom, x.a.ExpiresOn, x.PathwayRoleId })
            .ToListAsync();
        var required = (await db.PathwayRoles.AsNoTracking().Include(r => r.Certifications).ToListAsync())
            .SelectMany(r => r.Certifications.Select(c => new { RoleId = r.Id, c.CertificationId })).ToList();
        var latest = awards.GroupBy(a => (a.StaffMemberId, a.CertificationId)).Select(g => g.MaxBy(a => a.CompletedOn)!).ToList();

        // Assert
        Assert.NotEmpty(latest);
        Assert.All(awards, a => Assert.Contains(required, r => r.RoleId == a.PathwayRoleId && r.CertificationId == a.CertificationId));
        Assert.All(awards, a => Assert.True(a.ExpiresOn > a.ValidFrom && a.ValidFrom >= a.CompletedOn && a.CompletedOn <= today));
        Assert.Contains(latest, a => a.ExpiresOn > today.AddDays(90));
        Assert.Contains(latest, a => a.ExpiresOn < today);
        Assert.Contains(awards.GroupBy(a => (a.StaffMemberId, a.CertificationId)), g => g.Count() > 1);
    }

    [Theory]
    [InlineData("sam.patel@demo.test", "/")]
    [InlineData("sam.patel@demo.test", "/my/activities")]
    [InlineData("sam.patel@demo.test", "/my/plan")]
    [InlineData("jo.okafor@demo.test", "/")]
    [InlineData("alex.morgan@demo.test", "/")]
    [InlineData("alex.morgan@demo.test", "/supervision")]
    [InlineData("chris.lee@demo.test", "/supervision")]
    [InlineData("lee.harris@demo.test", "/reports")]
    [InlineData("lee.harris@demo.test", "/reports/entitlement")]
    [InlineData("lee.harris@demo.test", "/reports/compliance")]
    [InlineData("ade.admin@demo.test", "/admin/staff")]
    [InlineData("ade.admin@demo.test", "/admin/audit")]
    public async Task Get_PageAfterSeedVolume_Opens(string who, string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SeedVolume_AfterTheCopiedRows_TheNextAuditEntryAndActivityTakeFreshIds()
    {
        // Arrange: seed-volume chooses the ids itself; on PostgreSQL the identity sequences (the audit log's is
        // bigint) must be moved past them, or the first sign-in after a seed fails on a duplicate key.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        var highestAudit = await db.AuditEntries.MaxAsync(a => a.Id);
        var entry = new CpdPortal.Domain.Auditing.AuditEntry(DateTimeOffset.UtcNow, null, "volume-test@example.org", "Test.Insert", null, null, null);

        // Act
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();

        // Assert
        Assert.True(entry.Id > highestAudit);
    }

    [Fact]
    public async Task SeedVolumeCommand_DatabaseNotEmpty_RefusesWithExitCodeOne()
    {
        // Arrange
        using var output = new StringWriter();

        // Act
        var code = await SeedVolumeCommand.RunAsync(factory.Services, ["seed-volume", "--staff", "60", "--years", "2"], output);

        // Assert
        Assert.Equal(1, code);
        Assert.Contains("not empty", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedVolumeCommand_MissingYears_PrintsUsage()
    {
        // Arrange
        using var output = new StringWriter();

        // Act
        var code = await SeedVolumeCommand.RunAsync(factory.Services, ["seed-volume", "--staff", "60"], output);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("Usage:", output.ToString(), StringComparison.Ordinal);
    }
}
