using CpdPortal.Application.Common;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Dashboard;

/// <summary>The home page's course panel: my upcoming bookings and my latest certificates.</summary>
public sealed record MyLearning(IReadOnlyList<MyBooking> Bookings, IReadOnlyList<MyCertificate> Certificates);

/// <summary>
/// The home page's bookings and certificates in one command (docs/adr/0034): both are a person's bookings joined to
/// their course session, so one read of the person's bookings that are upcoming or carry a certificate serves both,
/// and the newest few of each are chosen here. The read follows one person's bookings (a few a year), never the
/// council's, on the (StaffMemberId) index of Bookings. The same rows and order as CourseService.MyUpcomingAsync and
/// CertificateService.MineAsync, which the courses pages keep using.
/// </summary>
public sealed class MyLearningReader(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<MyLearning> ReadAsync(int staffMemberId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var rows = await (
                from b in db.Bookings
                where b.StaffMemberId == staffMemberId
                join s in db.CourseSessions on b.SessionId equals s.Id
                where (s.StartsAt > now && b.Status != BookingStatus.Cancelled) || (b.CertificateCode != null && b.CompletedOn != null)
                select new
                {
                    BookingId = b.Id,
                    SessionId = s.Id,
                    s.CourseId,
                    s.Course!.Title,
                    s.StartsAt,
                    b.Status,
                    b.CertificateCode,
                    b.CompletedOn,
                    Feedback = b.CertificateCode != null && db.CourseFeedback.Any(f => f.BookingId == b.Id),
                })
            .ToListAsync(ct);

        var bookings = rows
            .Where(r => r.StartsAt > now && r.Status != BookingStatus.Cancelled)
            .OrderBy(r => r.StartsAt)
            .Take(CourseService.MyBookingsShown)
            .Select(r => new MyBooking(r.SessionId, r.CourseId, r.Title, r.StartsAt, r.Status))
            .ToList();
        var certificates = rows
            .Where(r => r.CertificateCode is not null && r.CompletedOn is not null)
            .OrderByDescending(r => r.CompletedOn)
            .ThenByDescending(r => r.BookingId)
            .Take(CertificateService.MineShown)
            .Select(r => new MyCertificate(r.CertificateCode!, r.Title, r.CompletedOn!.Value, r.BookingId, r.Feedback))
            .ToList();
        return new MyLearning(bookings, certificates);
    }
}
