using System.Net;
using CpdPortal.Domain.Supervision;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>
/// Issue 14, reproduction 1: a supervisor whose Supervisor role is removed, while the staff record still names them
/// as the supervisor, reaches none of their supervisees' records. Its own factory: the test removes a role.
/// </summary>
public sealed class SupervisorWithoutRoleTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task SessionRecord_SupervisorRoleRemoved_NotFoundAndTheActionStaysOpen()
    {
        // Arrange: an open action on one of Sam's sessions; Alex is still Sam's supervisor on the staff record.
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var sessions = await factory.WithDbAsync(db => db.SupervisionSessions.AsNoTracking().Where(s => s.SuperviseeId == sam).Include(s => s.Actions).ToListAsync());
        var open = sessions.SelectMany(s => s.Actions.Select(a => new { SessionId = s.Id, ActionId = a.Id, a.Status })).First(a => a.Status == ActionStatus.Open);
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        using var before = await alex.GetAsync($"/supervision/sessions/{open.SessionId}");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(DemoAccounts.Alex.Email);
            return await users.RemoveFromRoleAsync(user!, "Supervisor");
        });

        // Act
        using var read = await alex.GetAsync($"/supervision/sessions/{open.SessionId}");
        using var done = await alex.PostWithTokenAsync($"/supervision/sessions/{open.SessionId}/actions/{open.ActionId}/done");
        using var list = await alex.GetAsync("/supervision");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain("Supervision on", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, done.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        var status = await factory.WithDbAsync(db => db.SupervisionSessions.SelectMany(s => s.Actions).Where(a => a.Id == open.ActionId).Select(a => a.Status).SingleAsync());
        Assert.Equal(ActionStatus.Open, status);
    }
}
