using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Activities;

/// <summary>
/// The global query filter for deleted CPD entries (ADR 0026): an entry is shown on each page before it is deleted
/// and on none after, with no hand-written <c>DeletedAt == null</c> left in the queries; the row itself stays for
/// retention and subject access, which ignore the filter by name.
/// </summary>
public sealed class SoftDeleteFilterTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    /// <summary>Pages that list Sam's entries: Sam's own, and Alex's overview of her (as her supervisor).</summary>
    public static TheoryData<string, string> ListingPages => new()
    {
        { DemoAccounts.Sam.Email, "/my/activities" },
        { DemoAccounts.Sam.Email, "/my/registration" },
        { DemoAccounts.Sam.Email, "/my/export/download?Period=learning-year&Format=csv" },
        { DemoAccounts.Alex.Email, "/supervision/{sam}" },
    };

    [Theory]
    [MemberData(nameof(ListingPages))]
    public async Task Get_ListingPage_ShowsAnEntryUntilItIsDeleted(string who, string path)
    {
        // Arrange
        var title = $"Soft delete check {Guid.NewGuid():N}"[..40];
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, title);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var url = path.Replace("{sam}", sam.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var client = factory.CreateClientFor(who);
        var before = await client.GetStringAsync(url);

        // Act
        await DeleteAsync(id);
        var after = await client.GetStringAsync(url);

        // Assert
        Assert.Contains(title, before, StringComparison.Ordinal);
        Assert.DoesNotContain(title, after, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> DetailPages => new()
    {
        { DemoAccounts.Sam.Email, "/my/activities/{id}" },
        { DemoAccounts.Sam.Email, "/my/activities/{id}/edit" },
        { DemoAccounts.Sam.Email, "/my/registration/entries/{id}" },
        { DemoAccounts.Alex.Email, "/supervision/{sam}/activities/{id}" },
    };

    [Theory]
    [MemberData(nameof(DetailPages))]
    public async Task Get_DetailPageOfADeletedEntry_AnswersNotFound(string who, string path)
    {
        // Arrange
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Soft delete detail check");
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var url = path
            .Replace("{sam}", sam.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var client = factory.CreateClientFor(who);
        using var before = await client.GetAsync(url);

        // Act
        await DeleteAsync(id);
        using var after = await client.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Query_DeletedEntry_IsHiddenUnlessTheSoftDeleteFilterIsIgnoredByName()
    {
        // Arrange
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Soft delete filter check");

        // Act
        await DeleteAsync(id);
        var filtered = await factory.QueryAsync(db => db.CpdActivities.CountAsync(a => a.Id == id));
        var ignored = await factory.QueryAsync(db => db.CpdActivities.IgnoreQueryFilters([QueryFilters.SoftDeleted]).CountAsync(a => a.Id == id));

        // Assert
        Assert.Equal(0, filtered);
        Assert.Equal(1, ignored);
    }

    private Task<int> DeleteAsync(int id) => factory.QueryAsync(async db =>
    {
        var activity = await db.CpdActivities.SingleAsync(a => a.Id == id);
        activity.Delete(factory.Clock.GetUtcNow());
        return await db.SaveChangesAsync();
    });
}
