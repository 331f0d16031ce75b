using System.Globalization;
using CpdPortal.Application.Activities;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Privacy;

/// <summary>One kind of data held about a person: a file name (without extension), what it holds, its columns and rows.</summary>
public sealed record SubjectAccessTable(string Name, string Description, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>The person a subject-access request is about.</summary>
public sealed record SubjectAccessPerson(int StaffMemberId, string Name, string StaffNumber);

/// <summary>One evidence file held for the person: where it goes in the zip and the stored name to read its bytes from.</summary>
public sealed record SubjectAccessFile(string PathInZip, string StoredName, long SizeBytes);

/// <summary>Everything the portal holds about one person (issue 14, subject access): tables per kind and the evidence files.</summary>
public sealed record SubjectAccessData(
    int StaffMemberId,
    string StaffNumber,
    DateOnly Produced,
    IReadOnlyList<SubjectAccessTable> Tables,
    IReadOnlyList<SubjectAccessFile> EvidenceFiles);

/// <summary>
/// Gathers everything held about one person for a subject-access download (/my/export, and an administrator's on the
/// staff record). One query per kind, projected to what the file shows; read-only. Soft-deleted CPD entries still held
/// are included (with their deletion time). Survey answers are not: they are anonymous by docs/adr/0011 (the
/// README in the zip says so), only the rounds the person answered are listed.
/// </summary>
public sealed class SubjectAccessService(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>Who a request is about, for the administrator's page; null when there is no such staff record.</summary>
    public Task<SubjectAccessPerson?> PersonAsync(int staffMemberId, CancellationToken ct = default) =>
        db.StaffMembers.AsNoTracking()
            .Where(s => s.Id == staffMemberId)
            .Select(s => new SubjectAccessPerson(s.Id, s.GivenName + " " + s.FamilyName, s.StaffNumber))
            .SingleOrDefaultAsync(ct);

    /// <summary>Null when there is no such staff record.</summary>
    public async Task<SubjectAccessData?> GatherAsync(int staffMemberId, CancellationToken ct = default)
    {
        var person = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Id == staffMemberId)
            .Select(s => new
            {
                s.Id,
                s.StaffNumber,
                s.GivenName,
                s.FamilyName,
                s.Email,
                s.JobTitle,
                Team = s.Team!.Name,
                Role = s.PathwayRole!.Title,
                s.SupervisorId,
                s.RegistrationNumber,
                s.EmploymentType,
                s.StartDate,
                s.LeaveDate,
            })
            .SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var areas = await db.CompetenceAreas.AsNoTracking().Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var names = new NameBook();
        names.Want(person.SupervisorId);
        var tables = new List<SubjectAccessTable>();

        var lines = await db.SupervisorLines.AsNoTracking()
            .Where(l => l.SuperviseeId == staffMemberId || l.SupervisorId == staffMemberId)
            .OrderBy(l => l.Id)
            .Select(l => new { l.SuperviseeId, l.SupervisorId, l.From, l.To })
            .ToListAsync(ct);
        lines.ForEach(l => names.Want(l.SuperviseeId, l.SupervisorId));

        var activities = await db.CpdActivities.AsNoTracking().IgnoreQueryFilters([QueryFilters.SoftDeleted])
            .Where(a => a.StaffMemberId == staffMemberId)
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(CpdEntryRecord.FromActivity)
            .ToListAsync(ct);
        tables.Add(Table("cpd-entries", "Your CPD entries with their reflections, including entries you deleted that the portal still holds until they are purged (deleted_at is filled in).",
            ["Id", "Date", "End date", "Method", "Title", "Hours", "Status", "Certificated", "Competence areas", "Description", "What I learnt", "Impact on practice", "Peer name", "Peer reflection", "Created at", "Updated at", "Deleted at"],
            activities.Select(a => Row(I(a.Id), D(a.Date), D(a.EndDate), a.Method, a.Title, N(a.Hours), a.Status.ToString(), B(a.Certificated), Areas(areas, a.AreaIds), a.Description, a.WhatLearnt, a.Impact, a.PeerName, a.PeerReflection, T(a.CreatedAt), T(a.UpdatedAt), T(a.DeletedAt)))));

        var evidence = await db.CpdActivities.AsNoTracking().IgnoreQueryFilters([QueryFilters.SoftDeleted])
            .Where(a => a.StaffMemberId == staffMemberId)
            .SelectMany(a => a.Evidence)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.ActivityId, e.OriginalName, e.StoredName, e.ContentType, e.SizeBytes, e.UploadedAt })
            .ToListAsync(ct);
        var files = evidence.ConvertAll(e => new SubjectAccessFile($"evidence/{e.ActivityId}-{e.Id}-{SafeFileName(e.OriginalName)}", e.StoredName, e.SizeBytes));
        tables.Add(Table("evidence-files", "The evidence files attached to your CPD entries; each file itself is in the evidence folder under the name in File in this zip.",
            ["Id", "CPD entry id", "File name", "Content type", "Size in bytes", "Uploaded at", "File in this zip"],
            evidence.Select((e, i) => Row(I(e.Id), I(e.ActivityId), e.OriginalName, e.ContentType, e.SizeBytes.ToString(CultureInfo.InvariantCulture), T(e.UploadedAt), files[i].PathInZip))));

        var sessions = await db.SupervisionSessions.AsNoTracking()
            .Where(s => s.SuperviseeId == staffMemberId || s.SupervisorId == staffMemberId)
            .OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.SuperviseeId,
                s.SupervisorId,
                s.Date,
                s.Hours,
                s.Type,
                s.ReviewOfLastActions,
                s.Management,
                s.Development,
                s.Support,
                s.Mediation,
                s.LearningNeeds,
                s.NextDate,
                s.AcknowledgedAt,
                s.SuperviseeComment,
                s.CreatedAt,
                s.UpdatedAt,
                AreaIds = s.LearningAreas.Select(x => x.AreaId).ToList(),
            })
            .ToListAsync(ct);
        sessions.ForEach(s => names.Want(s.SuperviseeId, s.SupervisorId));
        var asSupervisee = sessions.Where(s => s.SuperviseeId == staffMemberId).ToList();

        // As a supervisor the person is a subject of the record too, but the notes are about the supervisee: only what
        // concerns the supervisor (who, when, how long, acknowledged) is theirs to receive.
        var asSupervisor = sessions.Where(s => s.SupervisorId == staffMemberId && s.SuperviseeId != staffMemberId).ToList();
        var sessionIds = asSupervisee.Select(s => s.Id).ToList();
        var actions = await db.SupervisionSessions.AsNoTracking()
            .Where(s => s.SuperviseeId == staffMemberId)
            .SelectMany(s => s.Actions)
            .OrderBy(a => a.SessionId).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.SessionId, a.Text, a.Owner, a.DueDate, a.Status })
            .ToListAsync(ct);
        var addenda = await db.SupervisionSessions.AsNoTracking()
            .Where(s => s.SuperviseeId == staffMemberId || s.SupervisorId == staffMemberId)
            .SelectMany(s => s.Addenda)
            .OrderBy(a => a.SessionId).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.SessionId, a.ByStaffId, a.Text, a.At })
            .ToListAsync(ct);
        addenda.ForEach(a => names.Want(a.ByStaffId));

        var plans = await db.DevelopmentPlans.AsNoTracking()
            .Where(p => p.StaffMemberId == staffMemberId)
            .OrderBy(p => p.YearStart).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.YearStart, p.Status, p.CreatedAt, p.UpdatedAt })
            .ToListAsync(ct);
        var goals = await db.DevelopmentPlans.AsNoTracking()
            .Where(p => p.StaffMemberId == staffMemberId)
            .SelectMany(p => p.Goals)
            .OrderBy(g => g.PlanId).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.PlanId, g.AreaId, g.TargetStage, g.TargetDate, g.PlannedActivities, g.Status })
            .ToListAsync(ct);
        var reviews = await db.DevelopmentPlans.AsNoTracking()
            .Where(p => p.StaffMemberId == staffMemberId)
            .SelectMany(p => p.Transitions)
            .OrderBy(t => t.PlanId).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.PlanId, t.From, t.To, t.ByStaffId, t.Comment, t.At })
            .ToListAsync(ct);
        reviews.ForEach(r => names.Want(r.ByStaffId));

        var assessments = await db.StageAssessments.AsNoTracking()
            .Where(a => a.StaffMemberId == staffMemberId || a.AssessedByStaffId == staffMemberId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.StaffMemberId, a.AreaId, a.Stage, a.Kind, a.AssessedByStaffId, a.Note, a.AssessedAt })
            .ToListAsync(ct);
        assessments.ForEach(a => names.Want(a.StaffMemberId, a.AssessedByStaffId));

        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.StaffMemberId == staffMemberId)
            .OrderBy(b => b.Id)
            .Select(b => new
            {
                b.Id,
                Course = db.CourseSessions.Where(s => s.Id == b.SessionId).Select(s => s.Course!.Title).FirstOrDefault(),
                StartsAt = db.CourseSessions.Where(s => s.Id == b.SessionId).Select(s => (DateTimeOffset?)s.StartsAt).FirstOrDefault(),
                b.Status,
                b.BookedAt,
                b.PromotedAt,
                b.CancelledAt,
                b.Attendance,
                b.MarkedAt,
                b.CompletedOn,
                b.CertificateCode,
                b.ActivityId,
            })
            .ToListAsync(ct);
        var external = await db.ExternalCompletions.AsNoTracking()
            .Where(e => e.StaffMemberId == staffMemberId)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, Course = db.Courses.Where(c => c.Id == e.CourseId).Select(c => c.Title).FirstOrDefault(), e.CompletedOn, e.CpdActivityId })
            .ToListAsync(ct);
        var feedback = await db.CourseFeedback.AsNoTracking()
            .Where(f => f.StaffMemberId == staffMemberId)
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.BookingId, Course = db.Courses.Where(c => c.Id == f.CourseId).Select(c => c.Title).FirstOrDefault(), f.Relevance, f.Quality, f.ConfidenceBefore, f.ConfidenceAfter, f.Comment, f.SubmittedAt })
            .ToListAsync(ct);
        var followUps = await db.PracticeFollowUps.AsNoTracking()
            .Where(f => f.StaffMemberId == staffMemberId || f.AnsweredByStaffId == staffMemberId)
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.BookingId, f.StaffMemberId, Course = db.Courses.Where(c => c.Id == f.CourseId).Select(c => c.Title).FirstOrDefault(), f.DueOn, f.RequestedAt, f.Outcome, f.Comment, f.AnsweredByStaffId, f.AnsweredAt })
            .ToListAsync(ct);
        followUps.ForEach(f => names.Want(f.StaffMemberId, f.AnsweredByStaffId));
        var surveyRounds = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.StaffMemberId == staffMemberId)
            .OrderBy(r => r.Id)
            .Select(r => new { Round = db.SurveyRounds.Where(x => x.Id == r.RoundId).Select(x => x.Title).FirstOrDefault(), r.SubmittedAt })
            .ToListAsync(ct);
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientStaffId == staffMemberId)
            .OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.Message, n.Link, n.CreatedAt, n.ReadAt })
            .ToListAsync(ct);

        // The audit entries about the person: what they did (by their account's email), and what was done to their staff
        // record or their CPD entries. Entries hold no free text (docs/adr/0008).
        var id = staffMemberId.ToString(CultureInfo.InvariantCulture);
        var entryIds = activities.Select(a => a.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var email = person.Email;
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorEmail == email
                || (e.EntityType == "StaffMember" && e.EntityId == id)
                || ((e.EntityType == "CpdActivity" || e.EntityType == "CpdRecord") && e.EntityId != null && entryIds.Contains(e.EntityId)))
            .OrderBy(e => e.Id)
            .Select(e => new { e.OccurredAt, e.ActorEmail, e.Action, e.EntityType, e.EntityId, e.IpAddress })
            .ToListAsync(ct);

        await names.LoadAsync(db, ct);

        tables.Insert(0, Table("staff-record", "Your staff record: name, contact, team, role, supervisor, registration and employment.",
            ["Staff number", "Given name", "Family name", "Email", "Job title", "Team", "Pathway role", "Supervisor", "Registration number", "Employment type", "Start date", "Leave date"],
            [[person.StaffNumber, person.GivenName, person.FamilyName, person.Email, person.JobTitle, person.Team, person.Role, names.Ref(person.SupervisorId), person.RegistrationNumber, person.EmploymentType.ToString(), D(person.StartDate), D(person.LeaveDate)]]));

        tables.Add(Table("supervisor-lines", "Who supervised you, and whom you supervised, from when to when.",
            ["Supervisee", "Supervisor", "From", "To"],
            lines.Select(l => Row(names.Ref(l.SuperviseeId), names.Ref(l.SupervisorId), T(l.From), T(l.To)))));
        tables.Add(Table("supervision-records", "Your supervision records as the supervisee, with the notes your supervisor wrote and your comment.",
            ["Id", "Date", "Supervisor", "Hours", "Type", "Review of last actions", "Management", "Development", "Support", "Mediation", "Learning needs", "Learning need areas", "Next date", "Acknowledged at", "Your comment", "Created at", "Updated at"],
            asSupervisee.Select(s => Row(I(s.Id), D(s.Date), names.Ref(s.SupervisorId), N(s.Hours), s.Type.ToString(), s.ReviewOfLastActions, s.Management, s.Development, s.Support, s.Mediation, s.LearningNeeds, Areas(areas, s.AreaIds), D(s.NextDate), T(s.AcknowledgedAt), s.SuperviseeComment, T(s.CreatedAt), T(s.UpdatedAt)))));
        tables.Add(Table("supervision-actions", "The actions agreed in your supervision records.",
            ["Id", "Supervision record id", "Action", "Owner", "Due date", "Status"],
            actions.Select(a => Row(I(a.Id), I(a.SessionId), a.Text, a.Owner.ToString(), D(a.DueDate), a.Status.ToString()))));
        tables.Add(Table("supervision-addenda", "Notes added to supervision records after they were written, on your records or written by you.",
            ["Id", "Supervision record id", "Written by", "Text", "At"],
            addenda.Where(a => sessionIds.Contains(a.SessionId) || a.ByStaffId == staffMemberId).Select(a => Row(I(a.Id), I(a.SessionId), names.Ref(a.ByStaffId), a.Text, T(a.At)))));
        tables.Add(Table("supervision-given", "Supervision you gave as a supervisor: who, when and how long (the notes are your supervisees' data, not included).",
            ["Id", "Date", "Supervisee", "Hours", "Type", "Acknowledged at"],
            asSupervisor.Select(s => Row(I(s.Id), D(s.Date), names.Ref(s.SuperviseeId), N(s.Hours), s.Type.ToString(), T(s.AcknowledgedAt)))));
        tables.Add(Table("plans", "Your CPD plans, one a learning year.",
            ["Id", "Year starting", "Status", "Created at", "Updated at"],
            plans.Select(p => Row(I(p.Id), D(p.YearStart), p.Status.ToString(), T(p.CreatedAt), T(p.UpdatedAt)))));
        tables.Add(Table("plan-goals", "The goals in your plans.",
            ["Id", "Plan id", "Competence area", "Target stage", "Target date", "Planned activities", "Status"],
            goals.Select(g => Row(I(g.Id), I(g.PlanId), Area(areas, g.AreaId), DreyfusStages.Name(g.TargetStage), D(g.TargetDate), g.PlannedActivities, g.Status.ToString()))));
        tables.Add(Table("plan-reviews", "Each step of your plans' review: submitted, approved or changes requested, by whom, with the comment.",
            ["Id", "Plan id", "From", "To", "By", "Comment", "At"],
            reviews.Select(r => Row(I(r.Id), I(r.PlanId), r.From.ToString(), r.To.ToString(), names.Ref(r.ByStaffId), r.Comment, T(r.At)))));
        tables.Add(Table("assessments", "Your self-assessments and the validations of your stages, and the validations you made of others' stages (who, when, which stage).",
            ["Id", "Person assessed", "Competence area", "Stage", "Kind", "Assessed by", "Note", "Assessed at"],
            assessments.Select(a => Row(I(a.Id), names.Ref(a.StaffMemberId), Area(areas, a.AreaId), DreyfusStages.Name(a.Stage), a.Kind.ToString(), names.Ref(a.AssessedByStaffId), a.StaffMemberId == staffMemberId ? a.Note : null, T(a.AssessedAt)))));
        tables.Add(Table("bookings", "Your course bookings, attendance, completions and certificate codes.",
            ["Id", "Course", "Session starts at", "Status", "Booked at", "Promoted from the waiting list at", "Cancelled at", "Attendance", "Marked at", "Completed on", "Certificate code", "CPD entry id"],
            bookings.Select(b => Row(I(b.Id), b.Course, T(b.StartsAt), b.Status.ToString(), T(b.BookedAt), T(b.PromotedAt), T(b.CancelledAt), b.Attendance?.ToString(), T(b.MarkedAt), D(b.CompletedOn), b.CertificateCode, I(b.ActivityId)))));
        tables.Add(Table("external-completions", "Courses completed elsewhere that an administrator imported into your record.",
            ["Id", "Course", "Completed on", "CPD entry id"],
            external.Select(e => Row(I(e.Id), e.Course, D(e.CompletedOn), I(e.CpdActivityId)))));
        tables.Add(Table("course-feedback", "The feedback you gave on courses.",
            ["Id", "Booking id", "Course", "Relevance", "Quality", "Confidence before", "Confidence after", "Comment", "Submitted at"],
            feedback.Select(f => Row(I(f.Id), I(f.BookingId), f.Course, I(f.Relevance), I(f.Quality), I(f.ConfidenceBefore), I(f.ConfidenceAfter), f.Comment, T(f.SubmittedAt)))));
        tables.Add(Table("course-follow-ups", "Supervisors' follow-ups three months after your courses, and those you answered as a supervisor.",
            ["Id", "Booking id", "Attendee", "Course", "Due on", "Requested at", "Outcome", "Comment", "Answered by", "Answered at"],
            followUps.Select(f => Row(I(f.Id), I(f.BookingId), names.Ref(f.StaffMemberId), f.Course, D(f.DueOn), T(f.RequestedAt), f.Outcome?.ToString(), f.Comment, names.Ref(f.AnsweredByStaffId), T(f.AnsweredAt)))));
        tables.Add(Table("survey-rounds-answered", "The training-needs survey rounds you answered, and when. Your answers themselves are not included: see README.txt.",
            ["Round", "Answered at"],
            surveyRounds.Select(r => Row(r.Round, T(r.SubmittedAt)))));
        tables.Add(Table("notifications", "The notifications the portal sent you, and when you read them.",
            ["Id", "Message", "Link", "Created at", "Read at"],
            notifications.Select(n => Row(I(n.Id), n.Message, n.Link, T(n.CreatedAt), T(n.ReadAt)))));
        tables.Add(Table("audit-entries", "The audit log's entries about you: what you did in the portal, and what was done to your staff record or CPD entries.",
            ["Occurred at", "By", "Action", "Record type", "Record id", "IP address"],
            audit.Select(e => Row(T(e.OccurredAt), e.ActorEmail, e.Action, e.EntityType, e.EntityId, e.IpAddress))));

        return new SubjectAccessData(person.Id, person.StaffNumber, clock.UkToday(), tables, files);
    }

    /// <summary>A file name safe in a zip on any system: letters, digits, dot, dash and underscore; others become "_".</summary>
    public static string SafeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('.');
        return safe.Length == 0 ? "file" : safe[..Math.Min(safe.Length, 100)];
    }

    private static SubjectAccessTable Table(string name, string description, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows) =>
        new(name, description, columns, rows.ToList());

    private static string?[] Row(params string?[] cells) => cells;

    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? T(DateTimeOffset? t) => t?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? I(int? i) => i?.ToString(CultureInfo.InvariantCulture);

    private static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static string B(bool b) => b ? "yes" : "no";

    private static string? Area(Dictionary<int, string> areas, int id) => areas.GetValueOrDefault(id);

    private static string Areas(Dictionary<int, string> areas, IEnumerable<int> ids) => string.Join("; ", ids.Select(i => areas.GetValueOrDefault(i)).OfType<string>());

    /// <summary>The names of the other people the records mention, read in one query at the end.</summary>
    private sealed class NameBook
    {
        private readonly HashSet<int> _wanted = [];
        private Dictionary<int, string> _names = [];

        public void Want(params int?[] ids)
        {
            foreach (var id in ids)
            {
                if (id is { } value)
                {
                    _wanted.Add(value);
                }
            }
        }

        public async Task LoadAsync(ICpdPortalDbContext db, CancellationToken ct)
        {
            var ids = _wanted.ToList();
            _names = await db.StaffMembers.AsNoTracking()
                .Where(s => ids.Contains(s.Id))
                .Select(s => new { s.Id, Name = s.GivenName + " " + s.FamilyName })
                .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        }

        public string? Ref(int? id) => id is { } value ? _names.GetValueOrDefault(value, $"staff {value.ToString(CultureInfo.InvariantCulture)}") : null;
    }
}
