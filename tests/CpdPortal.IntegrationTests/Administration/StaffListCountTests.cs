using System.Text.RegularExpressions;
using CpdPortal.Domain.Workforce;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>
/// The staff list's total is remembered while nothing is added or deleted (docs/adr/0040): a warm unfiltered page runs
/// no COUNT, and a staff record added or deleted is counted on the very next page; a search still counts its matches.
/// </summary>
public sealed partial class StaffListCountTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_WarmUnfilteredList_RunsNoCount()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        await client.GetAsync("/admin/staff");
        var before = factory.Logs.Entries.Count;

        // Act
        using var response = await client.GetAsync("/admin/staff");
        var commands = factory.Logs.Entries.Skip(before).Where(e => e.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();

        // Assert
        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain(commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) && c.Contains("StaffMembers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_AfterAStaffRecordIsAddedThenDeleted_TheNextPageCountsIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var first = await TotalAsync(client, "/admin/staff");
        var id = await factory.WithDbAsync(async db =>
        {
            var team = await db.Teams.OrderBy(t => t.Id).FirstAsync();
            var person = new StaffMember($"C{Guid.NewGuid():N}"[..12], "Count", "Added", $"count.added.{Guid.NewGuid():N}@example.org", "Social worker", team, EmploymentType.Permanent, new DateOnly(2024, 1, 8));
            db.StaffMembers.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

        // Act
        var afterAdd = await TotalAsync(client, "/admin/staff");
        await factory.WithDbAsync(async db =>
        {
            db.StaffMembers.Remove(await db.StaffMembers.SingleAsync(s => s.Id == id));
            return await db.SaveChangesAsync();
        });
        var afterDelete = await TotalAsync(client, "/admin/staff");

        // Assert
        Assert.Equal(first + 1, afterAdd);
        Assert.Equal(first, afterDelete);
        Assert.Equal(first, await factory.WithDbAsync(db => db.StaffMembers.CountAsync()));
    }

    [Fact]
    public async Task Get_Search_CountsOnlyItsMatches()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var all = await TotalAsync(client, "/admin/staff");

        // Act
        var matches = await TotalAsync(client, "/admin/staff?q=patel");

        // Assert
        Assert.Equal(await factory.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.FamilyName.ToLower().Contains("patel") || s.GivenName.ToLower().Contains("patel") || s.Email.Contains("patel") || s.StaffNumber.ToLower().Contains("patel"))), matches);
        Assert.True(matches < all);
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        var document = await client.GetDocumentAsync(path);
        var text = document.GetSingle("[data-testid=staff-count]").NormalisedText();
        return int.Parse(Total().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"of (\d+) staff members")]
    private static partial Regex Total();
}
