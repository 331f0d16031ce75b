using System.Net.Mail;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Notifications;

/// <summary>How the outbox is sent (section "Email:Sending").</summary>
public sealed class EmailSendingOptions
{
    public int BatchSize { get; set; } = 20;

    public int MaxAttempts { get; set; } = EmailRetryPolicy.Default.MaxAttempts;

    public TimeSpan BaseDelay { get; set; } = EmailRetryPolicy.Default.BaseDelay;

    public TimeSpan MaxDelay { get; set; } = EmailRetryPolicy.Default.MaxDelay;

    /// <summary>How long a claim lasts: a run that dies mid-send leaves its rows to the next run after this.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The portal's public address, for the links in emails.</summary>
    public string PortalUrl { get; set; } = "http://localhost:5000";

    public EmailRetryPolicy Policy => new(Math.Max(1, MaxAttempts), BaseDelay, MaxDelay);
}

/// <summary>What one run of the sender did.</summary>
public sealed record DispatchResult(int Claimed, int Sent, int Retrying, int Failed);

/// <summary>
/// Sends the emails that are due from the outbox (docs/adr/0023). A run first <b>claims</b> due rows with one
/// conditional UPDATE that stamps its own token (and counts the attempt), so two instances, or two overlapping runs,
/// never get the same row; then it sends each claimed row and records the outcome at once, row by row. A row is due when
/// it is pending, its next attempt time has come and no live claim holds it.
/// </summary>
public sealed class EmailDispatchService(ICpdPortalDbContext db, IEmailSender sender, TimeProvider clock, Microsoft.Extensions.Options.IOptions<EmailSendingOptions> options)
{
    public async Task<DispatchResult> SendDueAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var claimed = await ClaimAsync(settings, ct);
        if (claimed.Count == 0)
        {
            return new DispatchResult(0, 0, 0, 0);
        }

        var ids = claimed.Select(e => e.RecipientStaffId).Distinct().ToList();
        var people = await db.StaffMembers
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Email, s.GivenName, s.FamilyName })
            .ToDictionaryAsync(s => s.Id, ct);

        int sent = 0, retrying = 0, failed = 0;
        foreach (var email in claimed)
        {
            var person = people.GetValueOrDefault(email.RecipientStaffId);
            var now = clock.GetUtcNow();
            if (person is null || string.IsNullOrWhiteSpace(person.Email))
            {
                email.RecordFailure("The staff record has no email address", permanent: true, settings.Policy, now);
            }
            else if (!IsValidAddress(person.Email))
            {
                email.RecordFailure("The email address on the staff record is not valid", permanent: true, settings.Policy, now);
            }
            else
            {
                try
                {
                    await sender.SendAsync(
                        new EmailToSend(
                            email.IdempotencyKey,
                            person.Email,
                            $"{person.GivenName} {person.FamilyName}",
                            person.GivenName,
                            email.Kind,
                            email.Subject,
                            email.Body,
                            EmailTemplates.Absolute(settings.PortalUrl, email.Link),
                            email.Calendar),
                        ct);
                    email.RecordSent(clock.GetUtcNow());
                }
                catch (EmailDeliveryException ex)
                {
                    email.RecordFailure(ex.Message, ex.Permanent, settings.Policy, clock.GetUtcNow());
                }
            }

            // Each outcome is saved at once: a crash later in the batch cannot send this one again.
            await db.SaveChangesAsync(ct);
            switch (email.Status)
            {
                case OutboxStatus.Sent: sent++; break;
                case OutboxStatus.Failed: failed++; break;
                default: retrying++; break;
            }
        }

        return new DispatchResult(claimed.Count, sent, retrying, failed);
    }

    /// <summary>Claims up to a batch of due rows for this run; returns them tracked.</summary>
    private async Task<List<OutboxEmail>> ClaimAsync(EmailSendingOptions settings, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var candidates = await Due(now)
            .OrderBy(e => e.NextAttemptAt)
            .ThenBy(e => e.Id)
            .Select(e => e.Id)
            .Take(Math.Max(1, settings.BatchSize))
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The condition is checked again by the UPDATE itself, row by row under the database's lock, so of two runs
        // that picked the same candidates only one stamps each row.
        var token = Guid.NewGuid().ToString("N");
        var until = now + settings.ClaimTimeout;
        await Due(now)
            .Where(e => candidates.Contains(e.Id))
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.ClaimToken, token)
                    .SetProperty(e => e.ClaimedUntil, until)
                    .SetProperty(e => e.Attempts, e => e.Attempts + 1),
                ct);
        return await db.OutboxEmails.Where(e => e.ClaimToken == token).OrderBy(e => e.Id).ToListAsync(ct);
    }

    private IQueryable<OutboxEmail> Due(DateTimeOffset now) =>
        db.OutboxEmails.Where(e => e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now && (e.ClaimedUntil == null || e.ClaimedUntil <= now));

    /// <summary>An address a provider could deliver to: one mailbox, name@domain.tld, nothing around it.</summary>
    public static bool IsValidAddress(string address) =>
        MailAddress.TryCreate(address, out var parsed)
        && string.Equals(parsed.Address, address, StringComparison.OrdinalIgnoreCase)
        && parsed.Host.Contains('.', StringComparison.Ordinal)
        && !parsed.Host.StartsWith('.')
        && !parsed.Host.EndsWith('.')
        && !parsed.Host.Contains("..", StringComparison.Ordinal);
}
