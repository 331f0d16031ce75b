using System.Globalization;
using System.Net;
using System.Text;
using CpdPortal.Domain.Auditing;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Privacy;

/// <summary>The two reads issue 14 found unaudited: a supervisor opening a supervisee's CPD entry, and report CSVs that name staff.</summary>
public sealed class PrivacyAuditTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task SupervisorOpensSuperviseesEntry_IsAuditedWithoutItsText()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var activity = await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.StaffMemberId == sam).Select(a => a.Id).FirstAsync());
        var entityId = activity.ToString(CultureInfo.InvariantCulture);

        // Act
        using var response = await client.GetAsync($"/supervision/{sam}/activities/{activity}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Action == AuditActions.CpdEntryRead && e.EntityId == entityId)
            .Select(e => new { e.ActorEmail, e.EntityType })
            .ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal(DemoAccounts.Alex.Email, entry.ActorEmail);
        Assert.Equal("CpdActivity", entry.EntityType);
    }

    [Fact]
    public async Task SupervisorOpensSomeoneElsesEntry_IsNotFoundAndNotAudited()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var josActivity = await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.StaffMemberId == jo).Select(a => a.Id).FirstAsync());
        var entityId = josActivity.ToString(CultureInfo.InvariantCulture);

        // Act
        using var response = await client.GetAsync($"/supervision/{sam}/activities/{josActivity}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.CpdEntryRead && e.EntityId == entityId)));
    }

    [Fact]
    public async Task ReportCsvNamingStaff_IsAuditedWithReportFiltersAndRowsButNoNames()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var team = await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Email == DemoAccounts.Sam.Email).Select(s => s.TeamId).SingleAsync());
        var names = await factory.WithDbAsync(db => db.StaffMembers.Select(s => s.FamilyName).ToListAsync());

        // Act
        using var summary = await client.GetAsync($"/reports/plans.csv?year=2026&team={team}");
        using var response = await client.GetAsync($"/reports/plans.csv?year=2026&team={team}&table=3");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        // Assert: the named table (the third) is audited; the counts of the first name nobody and are not.
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Action == AuditActions.ReportDownloaded && e.EntityType == "Report:plans")
            .Select(e => new { e.ActorEmail, e.EntityId })
            .ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal(DemoAccounts.Lee.Email, entry.ActorEmail);
        var lines = csv.Split("\r\n").ToList();
        Assert.Equal("Name,Team,Supervisor,Plan", lines[0]);
        var named = lines.Skip(1).TakeWhile(l => l.Length > 0).Count();
        Assert.Equal($"rows={named} year=2026 team={team}", entry.EntityId);
        Assert.DoesNotContain(names, n => entry.EntityId!.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ReportCsvWithoutNames_IsNotAudited()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync("/reports/mapping-coverage.csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ReportDownloaded && e.EntityType == "Report:mapping-coverage")));
    }
}
