using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Application.Registration;
using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Notifications;

/// <summary>What one run of the reminders gave.</summary>
public sealed record ReminderResult(int SessionReminders, int SupervisionNotices, int RegistrationNotices);

/// <summary>
/// The time-driven notices (issue 15): a session reminder 2 days before, supervision due in 7 days and overdue (to the
/// supervisee and the supervisor), and the registration renewal window and the last 30 days before the deadline for
/// registered workers not yet meeting the rule. Idempotent: each notice is written with its <see cref="ScheduledNotice"/>
/// key in one save, so a later run, or a second instance, writes nothing twice. The notices' emails follow from the
/// outbox interceptor. The rules are the domain's (<see cref="ReminderRules"/>); the queries only narrow.
/// </summary>
public sealed class ReminderService(ICpdPortalDbContext db, TimeProvider clock)
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public async Task<ReminderResult> RunAsync(CancellationToken ct = default)
    {
        var sessions = await SessionRemindersAsync(ct);
        var supervision = await SupervisionAsync(ct);
        var registration = await RegistrationAsync(ct);
        return new ReminderResult(sessions, supervision, registration);
    }

    public async Task<int> SessionRemindersAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var until = now + ReminderRules.SessionReminderLead;
        var bookings = await (
                from b in db.Bookings
                join s in db.CourseSessions on b.SessionId equals s.Id
                where b.Status == BookingStatus.Booked && s.StartsAt > now && s.StartsAt <= until
                select new { b.Id, b.StaffMemberId, s.CourseId, s.StartsAt, s.Course!.Title })
            .ToListAsync(ct);
        var candidates = bookings
            .Where(b => ReminderRules.SessionReminderDue(b.StartsAt, now))
            .Select(b => (Key: ReminderRules.SessionReminderKey(b.Id), Notice: new Notification(
                b.StaffMemberId,
                Shorten($"Reminder: {b.Title} starts on {UkDateTime(b.StartsAt)}"),
                $"/courses/{b.CourseId}",
                now,
                NotificationKind.SessionReminder)))
            .ToList();
        return await WriteOnceAsync(candidates.Select(c => (c.Key, new[] { c.Notice })).ToList(), now, ct);
    }

    public async Task<int> SupervisionAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        var people = await db.StaffMembers
            .InPostOn(today)
            .Where(s => s.SupervisorId != null)
            .Select(s => new
            {
                s.Id,
                SupervisorId = s.SupervisorId!.Value,
                Name = s.GivenName + " " + s.FamilyName,
                s.StartDate,
                s.PathwayRoleId,
                Last = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id).Max(x => (DateOnly?)x.Date),
            })
            .ToListAsync(ct);
        var policies = await db.SupervisionPolicies.AsNoTracking().ToDictionaryAsync(p => p.PathwayRoleId, p => p.Policy, ct);
        var candidates = new List<(string Key, Notification[] Notices)>();
        foreach (var p in people)
        {
            var due = Domain.Supervision.SupervisionSchedule.NextDue(SupervisionDue.PolicyFor(policies, p.PathwayRoleId), p.StartDate, p.Last);
            if (ReminderRules.SupervisionNotice(due, today) is not { } kind)
            {
                continue;
            }

            var day = due.ToString("d MMMM yyyy", UkCulture);
            var (mine, theirs) = kind == NotificationKind.SupervisionOverdue
                ? ($"Your supervision was due on {day} and is overdue", $"Supervision for {p.Name} was due on {day} and is overdue")
                : ($"Your next supervision is due on {day}", $"Supervision for {p.Name} is due on {day}");
            candidates.Add((ReminderRules.SupervisionKey(kind, p.Id, due),
            [
                new Notification(p.Id, mine, "/my/supervision", now, kind),
                new Notification(p.SupervisorId, Shorten(theirs), $"/supervision/{p.Id}", now, kind),
            ]));
        }

        return await WriteOnceAsync(candidates, now, ct);
    }

    /// <summary>How many people's entries the registration reminder reads at once.</summary>
    private const int RegistrationBatchSize = 200;

    public async Task<int> RegistrationAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        var rule = (await db.PortalSettingsAsync(ct)).RegistrationRule;
        var year = rule.Year.PeriodContaining(today);

        // The window and the deadline are the same for everyone: nothing to do outside the window.
        if (RegistrationCompliance.Evaluate(rule, [], today) is { InRenewalWindow: false })
        {
            return 0;
        }

        var registered = await db.StaffMembers
            .InPostOn(today)
            .Where(s => s.RegistrationNumber != null)
            .Select(s => s.Id)
            .ToListAsync(ct);
        // The same criteria as /my/registration (docs/adr/0028), from each entry's stored assessment (docs/adr/0039):
        // a batch of people's entries of the year at a time, without their writing. A person whose rows cannot stand
        // (not rebuilt yet, or the registration year just moved) is assessed from the writing of the year and the one
        // before, as before.
        var from = year.Previous().Start;
        var statuses = new Dictionary<int, RegistrationStatus>();
        foreach (var batch in registered.Chunk(RegistrationBatchSize))
        {
            var stored = (await StoredCriteria.Rows(db, db.CpdActivities.Where(a => batch.Contains(a.StaffMemberId) && a.Date >= year.Start && a.Date <= year.End))
                    .ToListAsync(ct))
                .ToLookup(r => r.StaffMemberId);
            var fromWriting = new List<int>();
            foreach (var id in batch)
            {
                if (StoredCriteria.Assess(stored[id], year) is { } assessed)
                {
                    statuses[id] = RegistrationCompliance.EvaluateAssessed(rule, assessed, today);
                }
                else
                {
                    fromWriting.Add(id);
                }
            }

            if (fromWriting.Count == 0)
            {
                continue;
            }

            var entries = (await db.CpdActivities
                    .Where(a => fromWriting.Contains(a.StaffMemberId) && a.Date >= from && a.Date <= year.End)
                    .Select(a => new { a.StaffMemberId, Entry = new CriteriaEntry(a.Id, a.Title, a.Date, a.Status, a.Description, a.WhatLearnt, a.Impact, a.PeerReflection) })
                    .ToListAsync(ct))
                .ToLookup(a => a.StaffMemberId, a => a.Entry);
            foreach (var id in fromWriting)
            {
                statuses[id] = RegistrationCompliance.EvaluateAssessed(rule, RegistrationCriteria.Assess([.. entries[id]], year), today);
            }
        }

        var candidates = new List<(string Key, Notification[] Notices)>();
        foreach (var id in registered)
        {
            var status = statuses[id];
            if (ReminderRules.RegistrationNotice(status) is not { } kind)
            {
                continue;
            }

            var deadline = status.Deadline.ToString("d MMMM yyyy", UkCulture);
            var message = kind == NotificationKind.RegistrationDeadlineSoon
                ? $"Your registration renewal deadline is {deadline} and your CPD does not yet meet the rule"
                : $"The registration renewal window is open until {deadline} and your CPD does not yet meet the rule";
            candidates.Add((ReminderRules.RegistrationKey(kind, id, status.Deadline), [new Notification(id, message, "/my/registration", now, kind)]));
        }

        return await WriteOnceAsync(candidates, now, ct);
    }

    /// <summary>Writes the notices whose key is new, with their keys, in one save; a key written meanwhile by another run makes this run write nothing.</summary>
    private async Task<int> WriteOnceAsync(IReadOnlyList<(string Key, Notification[] Notices)> candidates, DateTimeOffset now, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return 0;
        }

        var keys = candidates.Select(c => c.Key).ToList();
        var done = (await db.ScheduledNotices.Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var fresh = candidates.Where(c => !done.Contains(c.Key)).DistinctBy(c => c.Key).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        foreach (var (key, notices) in fresh)
        {
            db.ScheduledNotices.Add(new ScheduledNotice(key, now));
            db.Notifications.AddRange(notices);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private static string UkDateTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeProviderExtensions.UkTimeZone).ToString("d MMMM yyyy 'at' HH:mm", UkCulture);

    private static string Shorten(string message) =>
        message.Length <= Notification.MessageMaxLength ? message : message[..(Notification.MessageMaxLength - 1)] + "…";
}
