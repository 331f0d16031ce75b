using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.PathwayAdmin;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Certifications;

/// <summary>A certification a role requires; <see cref="IsGap"/> when no course confers it.</summary>
public sealed record RequiredByRole(int Id, string Name, bool IsGap);

/// <summary>The role's required certifications and those that can be added.</summary>
public sealed record RoleCertificationsEditor(int PathwayId, string PathwayName, int RoleId, string RoleTitle, IReadOnlyList<RequiredByRole> Required, IReadOnlyList<FilterChoice> CanAdd);

public sealed record FilterChoice(int Id, string Name);

/// <summary>
/// The certifications a pathway role requires (beside its required courses). A change is seen by everyone in the role
/// at once, because compliance is read from the requirements (docs/adr/0022). A certification no course confers may
/// be required: it is shown as a gap to close. Audited like every pathway change, with the role's id only.
/// </summary>
public sealed class RoleCertificationService(ICpdPortalDbContext db, IAuditLog audit)
{
    public const string ChooseOne = "Select a certification from the list";

    /// <summary>The editor, or null when the role is not on that pathway. Two queries.</summary>
    public async Task<RoleCertificationsEditor?> EditorAsync(int pathwayId, int roleId, CancellationToken ct = default)
    {
        var role = await db.PathwayRoles
            .Where(r => r.Id == roleId && r.PathwayId == pathwayId)
            .Select(r => new { r.Title, Pathway = r.Pathway!.Name, Ids = r.Certifications.Select(c => c.CertificationId).ToList() })
            .SingleOrDefaultAsync(ct);
        if (role is null)
        {
            return null;
        }

        var all = await db.Certifications
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, Gap = !c.Courses.Any() })
            .ToListAsync(ct);
        return new RoleCertificationsEditor(
            pathwayId,
            role.Pathway,
            roleId,
            role.Title,
            all.Where(c => role.Ids.Contains(c.Id)).Select(c => new RequiredByRole(c.Id, c.Name, c.Gap)).ToList(),
            all.Where(c => !role.Ids.Contains(c.Id)).Select(c => new FilterChoice(c.Id, c.Name)).ToList());
    }

    /// <summary>Requires the certification of everyone in the role; an unknown one is refused with a form message.</summary>
    public async Task<PathwayChange> RequireAsync(int pathwayId, int roleId, int? certificationId, CancellationToken ct = default)
    {
        var role = await db.PathwayRoles.Include(r => r.Certifications).SingleOrDefaultAsync(r => r.Id == roleId && r.PathwayId == pathwayId, ct);
        if (role is null)
        {
            return PathwayChange.NotFound;
        }

        if (certificationId is not { } id || !await db.Certifications.AnyAsync(c => c.Id == id, ct))
        {
            throw new DomainRuleException("role.certification", ChooseOne);
        }

        return await SaveAsync(role.RequireCertification(id), roleId, ct);
    }

    public async Task<PathwayChange> StopRequiringAsync(int pathwayId, int roleId, int certificationId, CancellationToken ct = default)
    {
        var role = await db.PathwayRoles.Include(r => r.Certifications).SingleOrDefaultAsync(r => r.Id == roleId && r.PathwayId == pathwayId, ct);
        return role is null ? PathwayChange.NotFound : await SaveAsync(role.StopRequiringCertification(certificationId), roleId, ct);
    }

    private async Task<PathwayChange> SaveAsync(bool changed, int roleId, CancellationToken ct)
    {
        if (!changed)
        {
            return PathwayChange.Unchanged;
        }

        audit.Add(AuditActions.PathwayChanged, AuditEntityTypes.PathwayRole, roleId.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return PathwayChange.Saved;
    }
}
