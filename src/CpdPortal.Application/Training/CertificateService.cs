using CpdPortal.Application.Common;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Training;

/// <summary>
/// A certificate as /courses/certificates/{code} shows it. Anyone signed in sees only the name, course and date;
/// the holder also sees the rest (provider, hours, the code) to print it.
/// </summary>
public sealed record CertificateView(string Code, string Name, string CourseTitle, DateOnly CompletedOn, CertificateDetails? Holder);

/// <summary>What only the certificate's holder sees.</summary>
public sealed record CertificateDetails(string Provider, decimal Hours, bool Certificated, int? ActivityId);

/// <summary>One of my certificates, for the home page, and whether I have said how the course went.</summary>
public sealed record MyCertificate(string Code, string CourseTitle, DateOnly CompletedOn, int BookingId, bool FeedbackGiven);

public sealed class CertificateService(ICpdPortalDbContext db)
{
    public const int MineShown = 5;

    /// <summary>The certificate with this code, or null when the code is malformed or unknown.</summary>
    public async Task<CertificateView?> VerifyAsync(string? typedCode, int? viewerStaffId, CancellationToken ct = default)
    {
        if (CertificateCodes.Normalise(typedCode) is not { } code)
        {
            return null;
        }

        var found = await db.Bookings
            .Where(b => b.CertificateCode == code && b.CompletedOn != null)
            .Join(db.CourseSessions, b => b.SessionId, s => s.Id, (b, s) => new { b, s })
            .Join(db.StaffMembers, x => x.b.StaffMemberId, p => p.Id, (x, p) => new
            {
                x.b.StaffMemberId,
                Name = p.GivenName + " " + p.FamilyName,
                x.s.Course!.Title,
                x.s.Course.Provider,
                x.s.Course.Hours,
                x.s.Course.Certificated,
                x.b.CompletedOn,
                x.b.ActivityId,
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var holder = viewerStaffId == found.StaffMemberId
            ? new CertificateDetails(found.Provider, found.Hours, found.Certificated, found.ActivityId)
            : null;
        return new CertificateView(code, found.Name, found.Title, found.CompletedOn!.Value, holder);
    }

    /// <summary>My most recent certificates, newest first.</summary>
    public Task<List<MyCertificate>> MineAsync(int staffMemberId, CancellationToken ct = default) =>
        db.Bookings
            .Where(b => b.StaffMemberId == staffMemberId && b.CertificateCode != null && b.CompletedOn != null)
            .Join(db.CourseSessions, b => b.SessionId, s => s.Id, (b, s) => new { b.CertificateCode, s.Course!.Title, b.CompletedOn, b.Id })
            .OrderByDescending(x => x.CompletedOn)
            .ThenByDescending(x => x.Id)
            .Take(MineShown)
            .Select(x => new MyCertificate(x.CertificateCode!, x.Title, x.CompletedOn!.Value, x.Id, db.CourseFeedback.Any(f => f.BookingId == x.Id)))
            .ToListAsync(ct);
}
