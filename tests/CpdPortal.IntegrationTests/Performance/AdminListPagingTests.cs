using CpdPortal.Application.Administration;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Workforce;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Performance;

/// <summary>
/// The admin lists read a page in the second half of the list from its far end (docs/adr/0031): walking every page
/// must still give every row once, in the list's order, whichever end each page was read from.
/// </summary>
public sealed class AdminListPagingTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task AuditLog_EveryPageInTurn_GivesTheWholeLogOnceInOrder()
    {
        // Arrange: 47 more entries, many sharing one moment (the id decides their order), so the last page is partial.
        await factory.WithDbAsync(async db =>
        {
            var at = factory.Clock.GetUtcNow().AddDays(-400);
            for (var i = 0; i < 47; i++)
            {
                db.AuditEntries.Add(new AuditEntry(at.AddMinutes(i / 5), null, "paging@example.org", AuditActions.SignInSucceeded, "Account", null, "127.0.0.1"));
            }

            return await db.SaveChangesAsync();
        });

        // Act: older pages from the newest, and newer pages from the oldest.
        var (down, up, all) = await factory.WithScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<AuditSearchService>();
            var query = new AuditQuery(null, null, null, null);
            var older = new List<AuditRow>();
            var page = await audit.SearchAsync(query, AuditPosition.Newest, CancellationToken.None);
            Assert.Null(page.Newer);
            older.AddRange(page.Items);
            while (page.Older is { } key)
            {
                page = await audit.SearchAsync(query, new AuditPosition(AuditPageFrom.OlderThan, AuditKey.Parse(key.ToString())), CancellationToken.None);
                Assert.True(page.Items.Count is > 0 and <= Paging.DefaultPageSize);
                older.AddRange(page.Items);
            }

            var newer = new List<IReadOnlyList<AuditRow>>();
            page = await audit.SearchAsync(query, AuditPosition.Oldest, CancellationToken.None);
            Assert.Null(page.Older);
            newer.Add(page.Items);
            while (page.Newer is { } key)
            {
                page = await audit.SearchAsync(query, new AuditPosition(AuditPageFrom.NewerThan, AuditKey.Parse(key.ToString())), CancellationToken.None);
                Assert.Equal(Paging.DefaultPageSize, page.Items.Count);
                newer.Add(page.Items);
            }

            return (older, newer, await audit.ExportAsync(query, CancellationToken.None));
        });

        // Assert: every row once in the log's order going down; going up, the same rows (the newest page overlaps the
        // one below it when the log is not a whole number of pages, so rows are compared as a set and each page in order).
        Assert.True(all.Count > 2 * Paging.DefaultPageSize && all.Count % Paging.DefaultPageSize != 0, $"{all.Count} rows");
        Assert.Equal(all.Select(r => r.Id), down.Select(r => r.Id));
        Assert.Equal(all.Select(r => r.Id).Order(), up.SelectMany(p => p).Select(r => r.Id).Distinct().Order());
        Assert.All(up, p => Assert.Equal(p.Select(r => r.Id), all.Select(r => r.Id).Where(id => p.Any(r => r.Id == id))));
        Assert.Equal(all.Take(Paging.DefaultPageSize).Select(r => r.Id), up[^1].Select(r => r.Id));
    }

    [Fact]
    public async Task AuditLog_TamperedPageKey_ShowsTheNewestEntries()
    {
        // Act
        using var client = factory.CreateClientFor(CpdPortal.TestCommon.DemoAccounts.Ade);
        using var response = await client.GetAsync("/admin/audit?Older=not-a-key&Newer=1.2.3");

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Null(AuditKey.Parse("99999999999999999999.1"));
        Assert.Null(AuditKey.Parse("-5.1"));
        Assert.Equal(new AuditKey(new DateTimeOffset(638000000000000000, TimeSpan.Zero), 42), AuditKey.Parse("638000000000000000.42"));
    }

    [Fact]
    public async Task StaffList_EveryPageInTurn_GivesEveryoneOnceInNameOrder()
    {
        // Arrange: people sharing a family name and a given name, so the id decides their order.
        await factory.WithDbAsync(async db =>
        {
            var team = await db.Teams.OrderBy(t => t.Id).FirstAsync();
            for (var i = 0; i < 45; i++)
            {
                db.StaffMembers.Add(new StaffMember($"PG{i:D3}", i % 3 == 0 ? "Alex" : "Jo", i % 2 == 0 ? "Paging" : "Aardvark", $"paging{i}@example.org", "Social worker", team, EmploymentType.Permanent, new DateOnly(2021, 3, 1)));
            }

            return await db.SaveChangesAsync();
        });

        // Act
        var (pages, all) = await factory.WithScopeAsync(async sp =>
        {
            var staff = sp.GetRequiredService<StaffAdminService>();
            var ids = await sp.GetRequiredService<CpdPortal.Infrastructure.Persistence.CpdPortalDbContext>().StaffMembers
                .OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync();
            return (await WalkAsync(page => staff.SearchAsync(null, page, CancellationToken.None)), ids);
        });

        // Assert
        Assert.True(all.Count > 2 * Paging.DefaultPageSize, $"{all.Count} people");
        Assert.Equal(all, pages.Select(r => r.Id));
    }

    [Fact]
    public async Task Outbox_PagePastTheEnd_IsEmptyAndKeepsTheTotal()
    {
        // Act
        var result = await factory.WithScopeAsync(sp => sp.GetRequiredService<OutboxAdminService>().PageAsync(null, 5000));

        // Assert
        Assert.Empty(result.Items);
        Assert.Equal(5000, result.Page);
    }

    private static async Task<List<T>> WalkAsync<T>(Func<int, Task<PagedResult<T>>> read)
    {
        var rows = new List<T>();
        var first = await read(1);
        rows.AddRange(first.Items);
        for (var page = 2; page <= first.TotalPages; page++)
        {
            var next = await read(page);
            Assert.Equal(first.TotalCount, next.TotalCount);
            Assert.True(next.Items.Count is > 0 and <= Paging.DefaultPageSize);
            rows.AddRange(next.Items);
        }

        return rows;
    }
}
