using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Certifications;

/// <summary>
/// Certifications for L&amp;D (/learning/certifications): the list, a certification's page, and creating or editing
/// one with the courses that confer it. The rules are the domain's (<see cref="Certification"/>); each save is audited
/// with the certification's id only.
/// </summary>
public sealed class CertificationAdminService(ICpdPortalDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string DuplicateName = "A certification with this name already exists";
    public const string UnknownCourse = "Select courses from the list";

    public async Task<PagedResult<CertificationRow>> ListAsync(int? page, CancellationToken ct = default)
    {
        var rows = await db.Certifications
            .OrderBy(c => c.Name)
            .ThenBy(c => c.Id)
            .ToPageAsync(
                page,
                Paging.DefaultPageSize,
                c => new
                {
                    c.Id,
                    c.Name,
                    c.ValidityMonths,
                    c.WindowLength,
                    c.WindowUnit,
                    c.EarlyRenewalKeepsRemainingTime,
                    Courses = c.Courses.Count,
                    Roles = db.PathwayRoles.Count(r => r.Certifications.Any(rc => rc.CertificationId == c.Id)),
                },
                ct);
        return rows.Select(r => new CertificationRow(r.Id, r.Name, new CertificationRule(r.ValidityMonths, r.WindowLength, r.WindowUnit, r.EarlyRenewalKeepsRemainingTime), r.Courses, r.Roles));
    }

    /// <summary>The certification's page, or null. Four queries.</summary>
    public async Task<CertificationDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var certification = await db.Certifications.AsNoTracking().Include(c => c.Courses).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (certification is null)
        {
            return null;
        }

        var courseIds = certification.Courses.Select(c => c.CourseId).ToList();
        var courses = await db.Courses.Where(c => courseIds.Contains(c.Id)).OrderBy(c => c.Title).Select(c => new CourseChoice(c.Id, c.Title)).ToListAsync(ct);
        var roles = await db.PathwayRoles
            .Where(r => r.Certifications.Any(rc => rc.CertificationId == id))
            .OrderBy(r => r.Pathway!.Name).ThenBy(r => r.Step).ThenBy(r => r.Title)
            .Select(r => new RequiringRole(r.PathwayId, r.Id, r.Pathway!.Name, r.Title))
            .ToListAsync(ct);
        var today = clock.UkToday();
        var holdings = await ComplianceQueries.RequiredHoldings(db, today, certificationId: id).ToListAsync(ct);
        var counts = StatusCounts.From(holdings.Select(h => h.Status(today)));
        return new CertificationDetail(certification.Id, certification.Name, certification.Description, certification.Rule, courses, roles, counts);
    }

    /// <summary>The details as they stand, for the edit form; null when there is no such certification.</summary>
    public async Task<CertificationDetails?> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var c = await db.Certifications.AsNoTracking().Include(x => x.Courses).SingleOrDefaultAsync(x => x.Id == id, ct);
        return c is null
            ? null
            : new CertificationDetails(
                c.Name,
                c.Description,
                c.ValidityMonths is not null,
                c.ValidityMonths,
                c.ValidityMonths is null ? null : c.WindowLength,
                c.ValidityMonths is null ? null : c.WindowUnit,
                c.ValidityMonths is null ? null : c.EarlyRenewalKeepsRemainingTime,
                c.Courses.Select(x => x.CourseId).ToList());
    }

    /// <summary>The courses a certification can be conferred by: those still offered, plus any it already has.</summary>
    public Task<List<CourseChoice>> CourseOptionsAsync(IReadOnlyCollection<int> current, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        return db.Courses
            .Where(c => c.RetiredOn == null || c.RetiredOn > today || current.Contains(c.Id))
            .OrderBy(c => c.Title)
            .Select(c => new CourseChoice(c.Id, c.Title))
            .ToListAsync(ct);
    }

    public Task<bool> ExistsAsync(int id, CancellationToken ct = default) => db.Certifications.AnyAsync(c => c.Id == id, ct);

    /// <summary>Every rule the details break, the domain's and those that need the database (name taken, unknown course).</summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(int? id, CertificationDetails details, CancellationToken ct = default)
    {
        var errors = details.Validate().ToList();
        if (!errors.Exists(e => e.Field == nameof(CertificationDetails.Name)) && await NameTakenAsync(id, details.Name!, ct))
        {
            errors.Add(new(nameof(CertificationDetails.Name), DuplicateName));
        }

        var known = await db.Courses.CountAsync(c => details.CourseIds.Contains(c.Id), ct);
        if (known != details.CourseIds.Distinct().Count())
        {
            errors.Add(new(nameof(CertificationDetails.CourseIds), UnknownCourse));
        }

        return errors;
    }

    /// <summary>Creates the certification; throws <see cref="DomainValidationException"/> with every broken rule.</summary>
    public async Task<int> CreateAsync(CertificationDetails details, CancellationToken ct = default)
    {
        await EnsureValidAsync(null, details, ct);
        var certification = new Certification(details);
        db.Certifications.Add(certification);
        await SaveAsync(ct);
        await audit.RecordAsync(AuditActions.CertificationSaved, AuditEntityTypes.Certification, certification.Id.ToString(CultureInfo.InvariantCulture), ct);
        return certification.Id;
    }

    /// <summary>Saves the changes; false when there is no such certification. Past periods keep the dates they were given.</summary>
    public async Task<bool> UpdateAsync(int id, CertificationDetails details, CancellationToken ct = default)
    {
        var certification = await db.Certifications.Include(c => c.Courses).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (certification is null)
        {
            return false;
        }

        await EnsureValidAsync(id, details, ct);
        certification.Update(details);
        audit.Add(AuditActions.CertificationSaved, AuditEntityTypes.Certification, id.ToString(CultureInfo.InvariantCulture));
        await SaveAsync(ct);
        return true;
    }

    /// <summary>Saves; the same name saved at the same moment by someone else is a form message, not a 500.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            throw new DomainValidationException([new FieldError(nameof(CertificationDetails.Name), DuplicateName)]);
        }
    }

    private async Task EnsureValidAsync(int? id, CertificationDetails details, CancellationToken ct)
    {
        var errors = await CheckAsync(id, details, ct);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    private Task<bool> NameTakenAsync(int? id, string name, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return db.Certifications.AnyAsync(c => c.Name == trimmed && c.Id != id, ct);
    }
}
