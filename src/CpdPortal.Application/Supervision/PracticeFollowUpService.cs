using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>A follow-up in a supervisor's list.</summary>
public sealed record FollowUpRow(int Id, int StaffMemberId, string Name, string CourseTitle, DateOnly CompletedOn, DateOnly DueOn, PracticeChange? Outcome);

/// <summary>One follow-up as its page shows it.</summary>
public sealed record FollowUpView(
    int Id,
    int StaffMemberId,
    string Name,
    int CourseId,
    string CourseTitle,
    string? CourseSummary,
    DateOnly CompletedOn,
    DateOnly DueOn,
    PracticeChange? Outcome,
    string? Comment,
    string? AnsweredBy,
    DateTimeOffset? AnsweredAt);

/// <summary>
/// Kirkpatrick level 3: three months after someone completes a course, their supervisor is asked whether their
/// practice changed. The portal asks (<see cref="RequestDueAsync"/>, run daily); whoever supervises the attendee
/// NOW sees and answers it (the same current-line rule as every supervisor page, ADR 0010).
/// </summary>
public sealed class PracticeFollowUpService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>
    /// Creates the follow-ups that have fallen due (completion at least three months ago, attendee still in post)
    /// and tells each current supervisor how many are new, without naming anyone. Safe to run any number of times:
    /// one follow-up per completion. Returns how many were created.
    /// </summary>
    public async Task<int> RequestDueAsync(CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var now = clock.GetUtcNow();

        // A cheap superset in SQL (months differ in length), the exact due rule in the domain.
        var roughly = today.AddMonths(-PracticeFollowUp.MonthsAfterCompletion + 1);
        var candidates = await db.Bookings
            .Where(b => b.CompletedOn != null && b.CompletedOn <= roughly && !db.PracticeFollowUps.Any(f => f.BookingId == b.Id))
            .Join(db.StaffMembers.NotLeftBefore(today), b => b.StaffMemberId, p => p.Id, (b, p) => new { Booking = b, p.SupervisorId })
            .Join(db.CourseSessions, x => x.Booking.SessionId, s => s.Id, (x, s) => new { x.Booking, x.SupervisorId, s.CourseId })
            .ToListAsync(ct);
        var due = candidates.Where(c => PracticeFollowUp.DueFor(c.Booking.CompletedOn!.Value) <= today).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        foreach (var c in due)
        {
            db.PracticeFollowUps.Add(PracticeFollowUp.Request(c.Booking, c.CourseId, today, now));
        }

        foreach (var group in due.Where(c => c.SupervisorId is not null).GroupBy(c => c.SupervisorId!.Value))
        {
            var n = group.Count();
            var message = n == 1
                ? "A course follow-up is due: did the course change your supervisee's practice?"
                : $"{n} course follow-ups are due: did the courses change your supervisees' practice?";
            db.Notifications.Add(new Notification(group.Key, message, "/supervision/follow-ups", now, NotificationKind.FollowUpRequested));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another run created them at the same moment (the unique index on the booking keeps one each).
            db.ChangeTracker.Clear();
            return 0;
        }

        return due.Count;
    }

    /// <summary>Follow-ups about my current supervisees: those waiting for me first (oldest due first), then answered.</summary>
    public Task<PagedResult<FollowUpRow>> ListAsync(int supervisorId, int? page, CancellationToken ct = default) =>
        // Joined first and ordered last, so the page's order is the query's outermost ORDER BY.
        Mine(supervisorId)
            .Join(db.StaffMembers, f => f.StaffMemberId, s => s.Id, (f, s) => new { f, Name = s.GivenName + " " + s.FamilyName })
            .Join(db.Bookings, x => x.f.BookingId, b => b.Id, (x, b) => new { x.f, x.Name, b.CompletedOn })
            .Join(db.Courses, x => x.f.CourseId, c => c.Id, (x, c) => new { x.f, x.Name, x.CompletedOn, c.Title })
            .OrderBy(x => x.f.AnsweredAt != null)
            .ThenBy(x => x.f.AnsweredAt == null ? x.f.DueOn : DateOnly.MaxValue)
            .ThenByDescending(x => x.f.AnsweredAt)
            .ThenBy(x => x.f.Id)
            .ToPageAsync(page, PageSize, x => new FollowUpRow(x.f.Id, x.f.StaffMemberId, x.Name, x.Title, x.CompletedOn!.Value, x.f.DueOn, x.f.Outcome), ct);

    /// <summary>How many follow-ups wait for my answer (for the supervisor's home and list).</summary>
    public Task<int> WaitingCountAsync(int supervisorId, CancellationToken ct = default) =>
        Mine(supervisorId).CountAsync(f => f.AnsweredAt == null, ct);

    /// <summary>One follow-up about one of my current supervisees; null otherwise.</summary>
    public Task<FollowUpView?> GetAsync(int supervisorId, int id, CancellationToken ct = default) =>
        Mine(supervisorId)
            .Where(f => f.Id == id)
            .Join(db.StaffMembers, f => f.StaffMemberId, s => s.Id, (f, s) => new { f, Name = s.GivenName + " " + s.FamilyName })
            .Join(db.Bookings, x => x.f.BookingId, b => b.Id, (x, b) => new { x.f, x.Name, b.CompletedOn })
            .Join(db.Courses, x => x.f.CourseId, c => c.Id, (x, c) => new FollowUpView(
                x.f.Id,
                x.f.StaffMemberId,
                x.Name,
                c.Id,
                c.Title,
                c.Summary,
                x.CompletedOn!.Value,
                x.f.DueOn,
                x.f.Outcome,
                x.f.Comment,
                db.StaffMembers.Where(a => a.Id == x.f.AnsweredByStaffId).Select(a => a.GivenName + " " + a.FamilyName).FirstOrDefault(),
                x.f.AnsweredAt))
            .SingleOrDefaultAsync(ct);

    /// <summary>Records my answer. False when the follow-up is not about a current supervisee; a broken rule throws.</summary>
    public async Task<bool> AnswerAsync(int supervisorId, int id, PracticeChange? outcome, string? comment, CancellationToken ct = default)
    {
        var followUp = await Mine(supervisorId).SingleOrDefaultAsync(f => f.Id == id, ct);
        if (followUp is null)
        {
            return false;
        }

        followUp.Answer(outcome, comment, supervisorId, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException("followUp.answered", "This follow-up has already been answered");
        }

        return true;
    }

    private IQueryable<PracticeFollowUp> Mine(int supervisorId)
    {
        var supervisees = SuperviseeAccess.CurrentSuperviseesOf(db, supervisorId, clock.UkToday()).Select(s => s.Id);
        return db.PracticeFollowUps.Where(f => supervisees.Contains(f.StaffMemberId));
    }
}
