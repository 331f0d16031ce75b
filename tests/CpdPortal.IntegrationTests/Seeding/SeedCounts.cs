using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Seeding;

/// <summary>How many rows each seeded table holds, to compare a database before and after a step.</summary>
public sealed record SeedCounts(
    int Users,
    int Roles,
    int UserRoles,
    int Teams,
    int StaffMembers,
    int Frameworks,
    int Areas,
    int Pathways,
    int PathwayRoles,
    int Expectations)
{
    public static async Task<SeedCounts> ReadAsync(CpdPortalDbContext db) =>
        new(
            await db.Users.CountAsync(),
            await db.Roles.CountAsync(),
            await db.UserRoles.CountAsync(),
            await db.Teams.CountAsync(),
            await db.StaffMembers.CountAsync(),
            await db.CompetenceFrameworks.CountAsync(),
            await db.CompetenceAreas.CountAsync(),
            await db.CareerPathways.CountAsync(),
            await db.PathwayRoles.CountAsync(),
            await db.PathwayRoles.SelectMany(r => r.Expectations).CountAsync());
}
