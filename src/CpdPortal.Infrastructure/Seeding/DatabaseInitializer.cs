using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Training;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The explicit start-up step: applies migrations (never EnsureCreated), then seeds reference data and, for a new
/// database with demo seeding on, the demo council. Safe to run on every start.
/// </summary>
public sealed class DatabaseInitializer(
    CpdPortalDbContext db,
    RoleManager<IdentityRole> roles,
    DemoCouncilSeeder demo,
    AuditSuppression auditSuppression,
    IAuditLog audit,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<SeedOptions> seedOptions,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        // A server database that does not exist yet is created by the first migration (when the account may).
        var exists = await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct);
        var isNew = !exists || !(await db.Database.GetAppliedMigrationsAsync(ct)).Any();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0 && !databaseOptions.Value.MigrateOnStartup)
        {
            throw new DatabaseConfigurationException(
                $"the database lacks {pending.Count} migration(s), the newest {pending[^1]}, and Database:MigrateOnStartup is false. "
                + "Apply the SQL script (docs/deployment.md) or set Database:MigrateOnStartup to true.");
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations", pending.Count);
            await db.Database.MigrateAsync(ct);
        }

        await SeedRolesAsync();
        await SeedReferenceDataAsync(ct);

        if (isNew && seedOptions.Value.Enabled)
        {
            // The demo history is invented, not done by anyone: one entry says the demo council was seeded
            // instead of thousands of "created" rows that would bury the real log.
            using (auditSuppression.Suppress())
            {
                await demo.SeedAsync(seedOptions.Value, ct);
            }

            await audit.RecordAsync(AuditActions.DemoCouncilSeeded, ct: ct);
        }
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create role {role}.");
                }
            }
        }
    }

    private async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        if (!await db.Settings.AnyAsync(ct))
        {
            db.Settings.Add(new PortalSettings());
        }

        if (!await db.CpdMethods.AnyAsync(ct))
        {
            db.CpdMethods.AddRange(CpdMethods.Create());
        }

        if (!await db.PracticeTags.AnyAsync(ct))
        {
            db.PracticeTags.AddRange(CourseCatalogue.PracticeTags.Select(name => new PracticeTag(name)));
        }

        if (await db.CompetenceFrameworks.AnyAsync(ct))
        {
            // Areas saved before areas had a key (the key carries mappings and stages across framework versions).
            foreach (var area in await db.CompetenceAreas.Where(a => a.Key == Guid.Empty).ToListAsync(ct))
            {
                area.AssignKeyIfMissing();
            }

            await db.SaveChangesAsync(ct);
            await SeedSupervisionPoliciesAsync(ct);
            return;
        }

        var today = clock.UkToday();
        var pcf = ReferenceData.Pcf(today);
        var pqs = ReferenceData.PostQualifyingStandards(today);
        var core = ReferenceData.CommonCore(today);
        db.CompetenceFrameworks.AddRange(pcf, pqs, core);
        db.CareerPathways.Add(ReferenceData.ChildrensSocialCarePathway(pcf, core));
        await db.SaveChangesAsync(ct);
        await SeedSupervisionPoliciesAsync(ct);
        logger.LogInformation("Seeded the reference frameworks and career pathway");
    }

    /// <summary>Newly qualified social workers follow the ASYE schedule; every other role is monthly (no row needed).</summary>
    private async Task SeedSupervisionPoliciesAsync(CancellationToken ct)
    {
        if (await db.SupervisionPolicies.AnyAsync(ct))
        {
            return;
        }

        var asyeRoles = await db.PathwayRoles.Where(r => r.Title == ReferenceData.AsyeRoleTitle).Select(r => r.Id).ToListAsync(ct);
        db.SupervisionPolicies.AddRange(asyeRoles.Select(id => new RoleSupervisionPolicy(id, SupervisionPolicy.Asye)));
        await db.SaveChangesAsync(ct);
    }
}
