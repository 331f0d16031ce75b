using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Certifications;

/// <summary>
/// Tells people (and a copy to their current supervisor) that a certification expires in 60 days, in 30 days, or
/// has lapsed (<see cref="CertificationNotice.DueOn"/>). Run by a scheduled job; each notice goes once per period
/// (a row per award and kind with a unique index), so running it again, or on two instances at once, sends nothing
/// twice. Only a person's latest period counts: a renewal ends the notices about the one before.
/// </summary>
public sealed class CertificationNoticeService(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>Longest certification name quoted in a notice (a notice has room for 300 characters).</summary>
    private const int NameInMessage = 120;

    /// <summary>Sends the notices that are due; returns how many people were told (supervisors' copies not counted).</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var now = clock.GetUtcNow();
        var from = today.AddDays(-CertificationNotice.LapsedNoticeDays);
        var until = today.AddDays(60);
        var candidates = await ComplianceQueries.LatestAwards(db)
            .Where(a => a.ExpiresOn != null && a.ExpiresOn > from && a.ExpiresOn <= until)
            .Join(db.StaffMembers.NotLeftBefore(today), a => a.StaffMemberId, s => s.Id, (a, s) => new { a, s.SupervisorId })
            .Join(db.Certifications, x => x.a.CertificationId, c => c.Id, (x, c) => new
            {
                AwardId = x.a.Id,
                x.a.StaffMemberId,
                x.SupervisorId,
                x.a.CompletedOn,
                x.a.ValidFrom,
                x.a.ExpiresOn,
                c.Name,
                Sent = db.CertificationNotices.Where(n => n.AwardId == x.a.Id).Select(n => n.Kind).ToList(),
            })
            .ToListAsync(ct);

        var told = 0;
        foreach (var c in candidates)
        {
            var period = new CertificationPeriod(c.CompletedOn, c.ValidFrom, c.ExpiresOn);
            if (CertificationNotice.DueOn(period, today) is not { } kind || c.Sent.Contains(kind))
            {
                continue;
            }

            // Told at 30 days: the 60-day notice is no longer news.
            if (kind == CertificationNoticeKind.Expiring60Days && c.Sent.Contains(CertificationNoticeKind.Expiring30Days))
            {
                continue;
            }

            db.CertificationNotices.Add(new CertificationNotice(c.AwardId, kind, now));
            var name = c.Name.Length <= NameInMessage ? c.Name : c.Name[..NameInMessage] + "…";
            db.Notifications.Add(new Notification(c.StaffMemberId, ForHolder(kind, name, c.ExpiresOn!.Value), "/my/certifications", now, EmailKind(kind)));
            if (c.SupervisorId is { } supervisor)
            {
                db.Notifications.Add(new Notification(supervisor, ForSupervisor(kind, name, c.ExpiresOn!.Value), $"/supervision/{c.StaffMemberId.ToString(CultureInfo.InvariantCulture)}", now, NotificationKind.General));
            }

            told++;
        }

        if (told == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // Another instance sent them at the same moment: the unique index kept one of each.
            db.ChangeTracker.Clear();
            return 0;
        }

        return told;
    }

    /// <summary>The email a holder's notice sends (docs/adr/0023): a lapse is required and cannot be turned off.</summary>
    public static NotificationKind EmailKind(CertificationNoticeKind kind) => kind switch
    {
        CertificationNoticeKind.Expiring60Days => NotificationKind.CertificationExpiring60,
        CertificationNoticeKind.Expiring30Days => NotificationKind.CertificationExpiring30,
        _ => NotificationKind.CertificationLapsed,
    };

    public static string ForHolder(CertificationNoticeKind kind, string name, DateOnly expiresOn) => kind switch
    {
        CertificationNoticeKind.Lapsed => $"Your {name} certification lapsed on {Date(expiresOn)}. Book a course that renews it.",
        _ => $"Your {name} certification expires on {Date(expiresOn)}. Book a course that renews it before then.",
    };

    public static string ForSupervisor(CertificationNoticeKind kind, string name, DateOnly expiresOn) => kind switch
    {
        CertificationNoticeKind.Lapsed => $"A supervisee's {name} certification lapsed on {Date(expiresOn)}.",
        _ => $"A supervisee's {name} certification expires on {Date(expiresOn)}.",
    };

    private static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
