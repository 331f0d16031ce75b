using CpdPortal.Application.Common;
using CpdPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdPortal.Application.Notifications;

/// <summary>
/// Writes the weekly digests: for each person with held notices whose last digest is a week old (or who never had
/// one), one email listing the held notices' subjects and links; the held rows become "in digest". One save per
/// person, so a digest and the rows it lists change together.
/// </summary>
public sealed class DigestService(ICpdPortalDbContext db, TimeProvider clock, IOptions<EmailSendingOptions> options, IOptions<DigestOptions> digest)
{
    public async Task<int> WriteDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var people = await db.OutboxEmails.Where(e => e.Status == OutboxStatus.Held).Select(e => e.RecipientStaffId).Distinct().ToListAsync(ct);
        var written = 0;
        foreach (var id in people)
        {
            var preference = await db.EmailPreferences.SingleOrDefaultAsync(p => p.StaffMemberId == id, ct);
            if (preference is not null && !EmailPreference.DigestDue(preference.LastDigestAt, now))
            {
                continue;
            }

            var held = await db.OutboxEmails.Where(e => e.RecipientStaffId == id && e.Status == OutboxStatus.Held).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(ct);
            var givenName = await db.StaffMembers.Where(s => s.Id == id).Select(s => s.GivenName).SingleAsync(ct);
            var content = EmailTemplates.Digest(givenName, held.Select(e => (e.Subject, e.Link)).ToList(), options.Value.PortalUrl, digest.Value.ServiceName);
            db.OutboxEmails.Add(new OutboxEmail(id, NotificationKind.WeeklyDigest, content.Subject, content.Body, "/notifications", null, held: false, now));
            held.ForEach(e => e.RecordInDigest());
            if (preference is null)
            {
                preference = new EmailPreference(id, now);
                db.EmailPreferences.Add(preference);
            }

            preference.RecordDigest(now);
            await db.SaveChangesAsync(ct);
            written++;
        }

        return written;
    }
}

/// <summary>How emails name the service (Email:ServiceName), for the digest.</summary>
public sealed class DigestOptions
{
    public string ServiceName { get; set; } = "CPD portal";
}
