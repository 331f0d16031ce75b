using CpdPortal.Application.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's database: the domain's tables and ASP.NET Core Identity's. Provider-neutral; each provider has
/// a small subclass that owns its migrations (see <see cref="SqliteCpdPortalDbContext"/>).
/// </summary>
public abstract class CpdPortalDbContext : IdentityDbContext<ApplicationUser>, ICpdPortalDbContext
{
    protected CpdPortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<CompetenceFramework> CompetenceFrameworks => Set<CompetenceFramework>();

    public DbSet<CompetenceArea> CompetenceAreas => Set<CompetenceArea>();

    public DbSet<CareerPathway> CareerPathways => Set<CareerPathway>();

    public DbSet<PathwayRole> PathwayRoles => Set<PathwayRole>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CpdPortalDbContext).Assembly);
    }
}

/// <summary>The embedded default database. Migrations live in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteCpdPortalDbContext(DbContextOptions<SqliteCpdPortalDbContext> options) : CpdPortalDbContext(options);
