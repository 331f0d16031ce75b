using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Certifications;

/// <summary>A completed CPD entry L&amp;D may accept as equivalent to a conferring course (title and dates only).</summary>
public sealed record EntryChoice(int Id, string Title, DateOnly Date, DateOnly? EndDate);

/// <summary>The person found by staff number, and their completed entries (a page of them).</summary>
public sealed record EquivalentEntries(int StaffMemberId, string Name, PagedResult<EntryChoice> Entries);

public enum AcceptOutcome
{
    NotFound,
    Accepted,

    /// <summary>Not later than the completion the person's latest period already counts.</summary>
    AlreadyCounted,
}

/// <summary>
/// A CPD entry that L&amp;D accepts as equivalent to a course that confers a certification (training done elsewhere,
/// for example with a previous employer): it grants or renews the certification as a completion on the entry's last
/// day. L&amp;D sees only the titles and dates of the person's completed entries, never what they wrote. Audited.
/// </summary>
public sealed class EquivalentEntryService(ICpdPortalDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<EquivalentEntries?> FindAsync(string? staffNumber, int? page, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(staffNumber))
        {
            return null;
        }

        var number = staffNumber.Trim();
        var person = await db.StaffMembers.Where(s => s.StaffNumber == number).Select(s => new { s.Id, Name = s.GivenName + " " + s.FamilyName }).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var entries = await Completed(person.Id)
            .OrderByDescending(a => a.Date)
            .ThenByDescending(a => a.Id)
            .ToPageAsync(page, Paging.DefaultPageSize, a => new EntryChoice(a.Id, a.Title, a.Date, a.EndDate), ct);
        return new EquivalentEntries(person.Id, person.Name, entries);
    }

    /// <summary>Grants or renews the certification from the entry; NotFound for an unknown certification or entry.</summary>
    public async Task<AcceptOutcome> AcceptAsync(int certificationId, int staffMemberId, int activityId, CancellationToken ct = default)
    {
        var certification = await db.Certifications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificationId, ct);
        var entry = await Completed(staffMemberId).Where(a => a.Id == activityId).Select(a => new { a.Date, a.EndDate }).SingleOrDefaultAsync(ct);
        if (certification is null || entry is null)
        {
            return AcceptOutcome.NotFound;
        }

        var latest = await ComplianceQueries.LatestAwards(db)
            .Where(a => a.StaffMemberId == staffMemberId && a.CertificationId == certificationId)
            .Select(a => new { a.CompletedOn, a.ValidFrom, a.ExpiresOn })
            .SingleOrDefaultAsync(ct);
        var current = latest is null ? null : new CertificationPeriod(latest.CompletedOn, latest.ValidFrom, latest.ExpiresOn);
        var award = CertificationAward.Grant(staffMemberId, certificationId, certification.Rule, current, entry.EndDate ?? entry.Date, activityId, clock.GetUtcNow());
        if (award is null)
        {
            return AcceptOutcome.AlreadyCounted;
        }

        db.CertificationAwards.Add(award);
        audit.Add(AuditActions.CertificationEntryAccepted, AuditEntityTypes.Certification, certificationId.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return AcceptOutcome.Accepted;
    }

    private IQueryable<CpdActivity> Completed(int staffMemberId) =>
        db.CpdActivities.Where(a => a.StaffMemberId == staffMemberId && a.Status == ActivityStatus.Complete);
}
