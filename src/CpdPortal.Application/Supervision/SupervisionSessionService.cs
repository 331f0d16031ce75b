using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Application.Planning;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>
/// Recording, reading, acknowledging and annotating supervision sessions. A session is readable by its supervisee
/// and by the supervisee's CURRENT supervisor (who may not be its author: continuity); nobody else, not even an
/// author who no longer supervises the person. Every method answers null/false for a session the reader may not
/// reach, so the page can answer 404 without saying whether it exists. Every read by someone other than the
/// session's author is written to the audit log (who, which session, when; never its text).
/// </summary>
public sealed class SupervisionSessionService(ICpdPortalDbContext db, TimeProvider clock, IAuditLog audit)
{
    /// <summary>Where the supervisee finds the session: the notification carries no text from it.</summary>
    public const string SuperviseeLink = "/my/supervision";

    public async Task<SessionFormData?> FormAsync(int supervisorId, int staffMemberId, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        if (!await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, staffMemberId, today, ct))
        {
            return null;
        }

        var header = (await SupervisionReads.HeaderAsync(db, staffMemberId, ct))!;
        var areas = await MyCompetence.AreasAsync(db, header.IsRegistered, ct);
        return new SessionFormData(
            header,
            areas.Select(a => new AreaOption(a.AreaId, a.Name, a.FrameworkName)).ToList(),
            await SupervisionReads.OpenActionsAsync(db, staffMemberId, today, ct));
    }

    /// <summary>
    /// Records a session for a current supervisee, closes the open actions the supervisor reviewed as done and tells
    /// the supervisee, all in one save. Null when the person is not the supervisor's current supervisee. Once per form instance: a repeat answers with the first post's session (docs/adr/0017-one-record-per-form-submission.md). Learning
    /// areas outside the supervisee's frameworks are dropped; bad input throws the domain's validation error.
    /// </summary>
    public async Task<Submission?> RecordAsync(int supervisorId, int staffMemberId, SessionInput input, FormInstance? form, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        if (!await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, staffMemberId, today, ct))
        {
            return null;
        }

        if (await OncePerForm.EarlierAsync(db, form, SubmittedRecords.SupervisionSession, ct) is { } earlier)
        {
            return earlier;
        }

        var now = clock.GetUtcNow();
        var details = await OnlyTheirAreasAsync(staffMemberId, input.Details, ct);
        var session = SupervisionSession.Record(staffMemberId, supervisorId, details, today, now);
        await CloseReviewedActionsAsync(staffMemberId, input.CompletedActionIds, now, ct);
        db.SupervisionSessions.Add(session);
        db.Notifications.Add(new Notification(staffMemberId, $"A supervision record from {session.Date:d MMMM yyyy} is ready for you to read and acknowledge", SuperviseeLink, now, NotificationKind.SupervisionRecordReady));
        Action<int>? alongside = confirmed is null ? null : id => confirmed.AddTo(db, audit, supervisorId, ConfirmedRecordTypes.SupervisionSession, id, now);
        return await OncePerForm.SaveWithAsync(db, form, SubmittedRecords.SupervisionSession, () => session.Id, now, alongside, ct);
    }

    /// <summary>The session's details for the edit form: only its author, only while they supervise the person and it is not acknowledged.</summary>
    public async Task<(SessionFormData Form, SessionDetails Details)?> EditFormAsync(int supervisorId, int sessionId, CancellationToken ct = default)
    {
        var session = await EditableAsync(supervisorId, sessionId, ct);
        if (session is null)
        {
            return null;
        }

        var form = await FormAsync(supervisorId, session.SuperviseeId, ct);
        var details = new SessionDetails(
            session.Date,
            session.Hours,
            session.Type,
            session.ReviewOfLastActions,
            session.Management,
            session.Development,
            session.Support,
            session.Mediation,
            session.LearningNeeds,
            session.LearningAreas.Select(a => a.AreaId).ToList(),
            session.NextDate,
            session.Actions.Where(a => a.Status == ActionStatus.Open).Select(a => new ActionDetails(a.Text, a.Owner, a.DueDate)).ToList());
        return (form! with { OpenActions = form.OpenActions.Where(a => a.SessionId != sessionId).ToList() }, details);
    }

    /// <summary>True when this is the supervisor's own record of a current supervisee, already acknowledged (so closed to edits).</summary>
    public async Task<bool> IsAcknowledgedRecordOfAsync(int supervisorId, int sessionId, CancellationToken ct = default) =>
        (await EditableAsync(supervisorId, sessionId, ct, allowAcknowledged: true))?.IsAcknowledged == true;

    /// <summary>False when the reader may not edit it; throws the domain's errors for bad input or an acknowledged session.</summary>
    public async Task<bool> UpdateAsync(int supervisorId, int sessionId, SessionInput input, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        var session = await EditableAsync(supervisorId, sessionId, ct, allowAcknowledged: true);
        if (session is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var details = await OnlyTheirAreasAsync(session.SuperviseeId, input.Details, ct);
        session.Update(supervisorId, details, clock.UkToday(), now);
        await CloseReviewedActionsAsync(session.SuperviseeId, input.CompletedActionIds.Where(id => session.Actions.All(a => a.Id != id)).ToList(), now, ct);
        confirmed?.AddTo(db, audit, supervisorId, ConfirmedRecordTypes.SupervisionSession, sessionId, now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The session for its supervisee, or for the supervisee's current supervisor while they hold the Supervisor role
    /// (<paramref name="readerIsSupervisor"/>): the line alone is not enough (issue 14). Null for anyone else.
    /// </summary>
    public async Task<SessionView?> GetAsync(int readerId, bool readerIsSupervisor, int sessionId, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        var session = await db.SupervisionSessions
            .AsNoTracking()
            .Include(x => x.Actions)
            .Include(x => x.Addenda)
            .Include(x => x.LearningAreas)
            .SingleOrDefaultAsync(x => x.Id == sessionId, ct);
        if (session is null || !await MayReadAsync(readerId, readerIsSupervisor, session.SuperviseeId, today, ct))
        {
            return null;
        }

        if (readerId != session.SupervisorId)
        {
            await audit.SupervisionSessionReadAsync(session.Id, ct);
        }

        var isSupervisee = readerId == session.SuperviseeId;
        var isCurrentSupervisor = !isSupervisee;
        var isAuthor = isCurrentSupervisor && readerId == session.SupervisorId;
        var areaIds = session.LearningAreas.Select(a => a.AreaId).ToList();
        var peopleIds = session.Addenda.Select(a => a.ByStaffId).Append(session.SupervisorId).Distinct().ToList();
        var names = await db.StaffMembers
            .Where(s => peopleIds.Contains(s.Id))
            .Select(s => new { s.Id, Name = s.GivenName + " " + s.FamilyName })
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var areas = await db.CompetenceAreas
            .Where(a => areaIds.Contains(a.Id))
            .OrderBy(a => a.Name)
            .Select(a => a.Name)
            .ToListAsync(ct);

        return new SessionView(
            session.Id,
            (await SupervisionReads.HeaderAsync(db, session.SuperviseeId, ct))!,
            names[session.SupervisorId],
            session.Date,
            session.Hours,
            session.Type,
            session.ReviewOfLastActions,
            session.Management,
            session.Development,
            session.Support,
            session.Mediation,
            session.LearningNeeds,
            areas,
            session.NextDate,
            session.Actions.OrderBy(a => a.DueDate).ThenBy(a => a.Id).Select(a => new ActionRow(a.Id, a.Text, a.Owner, a.DueDate, a.Status)).ToList(),
            session.Addenda.OrderBy(a => a.At).Select(a => new AddendumRow(a.At, names[a.ByStaffId], a.Text)).ToList(),
            session.AcknowledgedAt,
            session.SuperviseeComment,
            new SessionPermissions(
                Edit: isAuthor && !session.IsAcknowledged,
                Acknowledge: isSupervisee && !session.IsAcknowledged,
                AddAddendum: isAuthor && session.IsAcknowledged,
                CompleteActions: true,
                IsSupervisee: isSupervisee));
    }

    /// <summary>The supervisee's acknowledgement, with an optional comment. False when the reader is not the supervisee.</summary>
    public async Task<bool> AcknowledgeAsync(int readerId, int sessionId, string? comment, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        var session = await db.SupervisionSessions.SingleOrDefaultAsync(x => x.Id == sessionId && x.SuperviseeId == readerId, ct);
        if (session is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        session.Acknowledge(readerId, comment, now);
        confirmed?.AddTo(db, audit, readerId, ConfirmedRecordTypes.SupervisionSession, sessionId, now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A dated addendum by the author while they still supervise the person. False when they may not.</summary>
    public async Task<bool> AddAddendumAsync(int supervisorId, int sessionId, string? text, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        var session = await EditableAsync(supervisorId, sessionId, ct, allowAcknowledged: true);
        if (session is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        session.AddAddendum(supervisorId, text, now);
        confirmed?.AddTo(db, audit, supervisorId, ConfirmedRecordTypes.SupervisionSession, sessionId, now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Either party closes an open action (the supervisor only while holding the role). False when the reader may not
    /// reach the session or the action is not part of it.
    /// </summary>
    public async Task<bool> CompleteActionAsync(int readerId, bool readerIsSupervisor, int sessionId, int actionId, CancellationToken ct = default)
    {
        var session = await db.SupervisionSessions.Include(x => x.Actions).SingleOrDefaultAsync(x => x.Id == sessionId, ct);
        if (session is null || session.Actions.All(a => a.Id != actionId) || !await MayReadAsync(readerId, readerIsSupervisor, session.SuperviseeId, clock.UkToday(), ct))
        {
            return false;
        }

        session.CompleteAction(actionId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>/my/supervision: my own sessions, newest first.</summary>
    public Task<PagedResult<SessionRow>> MineAsync(int staffMemberId, int page, CancellationToken ct = default) =>
        SupervisionReads.SessionsAsync(db, staffMemberId, page, Paging.DefaultPageSize, ct);

    private async Task<bool> MayReadAsync(int readerId, bool readerIsSupervisor, int superviseeId, DateOnly today, CancellationToken ct) =>
        readerId == superviseeId || (readerIsSupervisor && await SuperviseeAccess.IsCurrentSuperviseeAsync(db, readerId, superviseeId, today, ct));

    /// <summary>The session, tracked, when the reader wrote it and still supervises the person (and, unless allowed, it is not acknowledged).</summary>
    private async Task<SupervisionSession?> EditableAsync(int supervisorId, int sessionId, CancellationToken ct, bool allowAcknowledged = false)
    {
        var session = await db.SupervisionSessions
            .Include(x => x.Actions)
            .Include(x => x.LearningAreas)
            .Include(x => x.Addenda)
            .SingleOrDefaultAsync(x => x.Id == sessionId && x.SupervisorId == supervisorId, ct);
        if (session is null || (session.IsAcknowledged && !allowAcknowledged)
            || !await SuperviseeAccess.IsCurrentSuperviseeAsync(db, supervisorId, session.SuperviseeId, clock.UkToday(), ct))
        {
            return null;
        }

        return session;
    }

    private async Task<SessionDetails> OnlyTheirAreasAsync(int staffMemberId, SessionDetails details, CancellationToken ct)
    {
        if (details.LearningNeedAreaIds.Count == 0)
        {
            return details;
        }

        var registered = await MyCompetence.IsRegisteredAsync(db, staffMemberId, ct) ?? false;
        var theirs = (await MyCompetence.AreasAsync(db, registered, ct)).Select(a => a.AreaId).ToHashSet();
        return details with { LearningNeedAreaIds = details.LearningNeedAreaIds.Where(theirs.Contains).Distinct().ToList() };
    }

    private async Task CloseReviewedActionsAsync(int superviseeId, IReadOnlyCollection<int> actionIds, DateTimeOffset now, CancellationToken ct)
    {
        if (actionIds.Count == 0)
        {
            return;
        }

        var sessions = await db.SupervisionSessions
            .Include(x => x.Actions)
            .Where(x => x.SuperviseeId == superviseeId && x.Actions.Any(a => actionIds.Contains(a.Id) && a.Status == ActionStatus.Open))
            .ToListAsync(ct);
        foreach (var session in sessions)
        {
            foreach (var action in session.Actions.Where(a => actionIds.Contains(a.Id) && a.Status == ActionStatus.Open).ToList())
            {
                session.CompleteAction(action.Id, now);
            }
        }
    }
}
