using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Common;

/// <summary>
/// The application's unit of work. Services use the context through this interface rather than a repository
/// layer (docs/adr/0001-layering-without-repositories.md).
/// </summary>
public interface ICpdPortalDbContext
{
    DbSet<Team> Teams { get; }

    DbSet<StaffMember> StaffMembers { get; }

    DbSet<CompetenceFramework> CompetenceFrameworks { get; }

    DbSet<CompetenceArea> CompetenceAreas { get; }

    DbSet<CareerPathway> CareerPathways { get; }

    DbSet<PathwayRole> PathwayRoles { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
