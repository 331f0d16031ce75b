using System.Globalization;
using CpdPortal.Application.Activities;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpdPortal.Application.Privacy;

/// <summary>Configuration section "Retention" (the leavers' period is a portal setting, PortalSettings.LeaverRetentionYears).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>How many days a deleted CPD entry is kept (so that a mistake can be put right by support) before it is purged.</summary>
    public int DeletedEntriesDays { get; set; } = 30;

    /// <summary>How many days a form submission record is kept (docs/adr/0017: a repeat can only arrive within minutes).</summary>
    public int FormSubmissionsDays { get; set; } = 30;

    /// <summary>
    /// How many days a sent email (or one folded into a weekly digest) is kept in the outbox, for the administrators'
    /// page, before it is deleted (issue 15). Failed and waiting emails are never deleted by age.
    /// </summary>
    public int SentEmailsDays { get; set; } = 90;
}

/// <summary>Deletes the Identity account of a staff member (Infrastructure owns Identity).</summary>
public interface IStaffAccountEraser
{
    /// <summary>Deletes the account linked to the staff record, if any, in the current transaction; returns how many.</summary>
    Task<int> EraseAsync(int staffMemberId, CancellationToken ct = default);
}

/// <summary>A leaver whose personal data the next run would anonymise.</summary>
public sealed record RetentionLeaver(int StaffMemberId, string Name, string StaffNumber, DateOnly LeaveDate);

/// <summary>What the next retention run would remove, as counted now.</summary>
public sealed record RetentionPreview(
    int RetentionYears,
    DateOnly LeftOnOrBefore,
    PagedResult<RetentionLeaver> Leavers,
    int DeletedEntriesDays,
    int DeletedEntries,
    int ImportUploads,
    int FormSubmissions)
{
    /// <summary>How long form submission records are kept (<see cref="RetentionOptions.FormSubmissionsDays"/>).</summary>
    public int FormSubmissionsDays { get; init; } = 30;

    /// <summary>How long sent emails are kept (<see cref="RetentionOptions.SentEmailsDays"/>).</summary>
    public int SentEmailsDays { get; init; } = 90;

    /// <summary>Sent emails the next run would delete.</summary>
    public int SentEmails { get; init; }
}

/// <summary>What one run did; <see cref="Failed"/> people were left exactly as they were (their transaction rolled back).</summary>
public sealed record RetentionResult(int Anonymised, int Failed, int DeletedEntriesPurged, int ImportUploadsDeleted, int FormSubmissionsDeleted)
{
    /// <summary>Sent emails deleted from the outbox.</summary>
    public int SentEmailsDeleted { get; init; }

    /// <summary>The counts as the audit entry's id holds them.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"anonymised={Anonymised} failed={Failed} entries={DeletedEntriesPurged} uploads={ImportUploadsDeleted} forms={FormSubmissionsDeleted} emails={SentEmailsDeleted}");
}

/// <summary>
/// The retention rules (docs/adr/0020-retention-anonymises-leavers.md): leavers past the retention period are
/// anonymised, one transaction per person; deleted CPD entries are purged after <see cref="RetentionOptions.DeletedEntriesDays"/>;
/// import uploads after a day; form submission records after <see cref="RetentionOptions.FormSubmissionsDays"/>.
/// Run by the scheduled job (once across instances) and by an administrator's "Run now". Idempotent: a second run
/// finds nothing more to do.
/// </summary>
public sealed class RetentionService(
    ICpdPortalDbContext db,
    IEvidenceStore evidence,
    IStaffAccountEraser accounts,
    IAuditLog audit,
    RetentionOptions options,
    TimeProvider clock,
    ILogger<RetentionService> logger)
{
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>The text that replaces free text the record must keep a value for.</summary>
    public const string Erased = "Erased";

    public async Task<RetentionPreview> PreviewAsync(int? page, CancellationToken ct = default)
    {
        var (years, cutoff) = await CutoffAsync(ct);
        var due = LeaversDue(cutoff);
        var leavers = await due
            .OrderBy(s => s.LeaveDate).ThenBy(s => s.Id)
            .ToPageAsync(page, PageSize, s => new RetentionLeaver(s.Id, s.GivenName + " " + s.FamilyName, s.StaffNumber, s.LeaveDate!.Value), ct);
        var now = clock.GetUtcNow();
        return new RetentionPreview(
            years,
            cutoff,
            leavers,
            options.DeletedEntriesDays,
            await DeletedEntriesDue(now).CountAsync(ct),
            await ImportUploadsDue(now).CountAsync(ct),
            await FormSubmissionsDue(now).CountAsync(ct))
        {
            FormSubmissionsDays = options.FormSubmissionsDays,
            SentEmailsDays = options.SentEmailsDays,
            SentEmails = await SentEmailsDue(now).CountAsync(ct),
        };
    }

    /// <summary>One run: every rule in turn, then one audit entry with the counts.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken ct = default)
    {
        var (_, cutoff) = await CutoffAsync(ct);
        var due = await LeaversDue(cutoff).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        int anonymised = 0, failed = 0;
        foreach (var staffMemberId in due)
        {
            if (await TryAnonymiseAsync(staffMemberId, ct))
            {
                anonymised++;
            }
            else
            {
                failed++;
            }
        }

        var now = clock.GetUtcNow();
        var entries = await PurgeDeletedEntriesAsync(now, ct);
        var uploads = await ImportUploadsDue(now).ExecuteDeleteAsync(ct);
        var forms = await FormSubmissionsDue(now).ExecuteDeleteAsync(ct);
        var emails = await SentEmailsDue(now).ExecuteDeleteAsync(ct);
        var result = new RetentionResult(anonymised, failed, entries, uploads, forms) { SentEmailsDeleted = emails };
        await audit.RecordAsync(AuditActions.RetentionRun, AuditEntityTypes.Retention, result.Describe(), ct);
        LogRun(logger, anonymised, failed, entries, uploads, forms);
        return result;
    }

    /// <summary>Whether a staff record has been anonymised already (its email is in the reserved erased domain).</summary>
    public static string ErasedEmail(int staffMemberId) =>
        string.Create(CultureInfo.InvariantCulture, $"staff-{staffMemberId}{ErasedEmailSuffix}");

    /// <summary>Anonymised records' emails end with this (a reserved top-level domain, RFC 2606): how a run knows whom it has done.</summary>
    public const string ErasedEmailSuffix = "@erased.invalid";

    private async Task<(int Years, DateOnly Cutoff)> CutoffAsync(CancellationToken ct)
    {
        var years = await db.Settings.AsNoTracking().Select(s => s.LeaverRetentionYears).FirstOrDefaultAsync(ct);
        years = years <= 0 ? 6 : years;
        return (years, clock.UkToday().AddYears(-years));
    }

    private IQueryable<StaffMember> LeaversDue(DateOnly cutoff) =>
        db.StaffMembers.Where(s => s.LeaveDate != null && s.LeaveDate <= cutoff && !s.Email.EndsWith(ErasedEmailSuffix));

    private IQueryable<Domain.Activities.CpdActivity> DeletedEntriesDue(DateTimeOffset now)
    {
        var before = now.AddDays(-options.DeletedEntriesDays);
        return db.CpdActivities.IgnoreQueryFilters([QueryFilters.SoftDeleted]).Where(a => a.DeletedAt != null && a.DeletedAt < before);
    }

    private IQueryable<ImportUpload> ImportUploadsDue(DateTimeOffset now)
    {
        var before = now - ImportUpload.KeptFor;
        return db.ImportUploads.Where(u => u.UploadedAt < before);
    }

    private IQueryable<Domain.Common.FormSubmission> FormSubmissionsDue(DateTimeOffset now)
    {
        var before = now.AddDays(-options.FormSubmissionsDays);
        return db.FormSubmissions.Where(f => f.CreatedAt < before);
    }

    /// <summary>
    /// Sent emails (and those folded into a digest) older than <see cref="RetentionOptions.SentEmailsDays"/>. An email
    /// with a calendar invitation is kept until its session has ended that long ago too: the next invitation's
    /// SEQUENCE counts the earlier ones (docs/adr/0023), and a calendar ignores an update with a lower one.
    /// </summary>
    private IQueryable<Domain.Notifications.OutboxEmail> SentEmailsDue(DateTimeOffset now)
    {
        var before = now.AddDays(-options.SentEmailsDays);
        return db.OutboxEmails.Where(e => (e.Status == Domain.Notifications.OutboxStatus.Sent || e.Status == Domain.Notifications.OutboxStatus.InDigest)
                                          && e.CreatedAt < before
                                          && (e.CalendarSessionId == null || !db.CourseSessions.Any(s => s.Id == e.CalendarSessionId && s.EndsAt >= before)));
    }

    /// <summary>
    /// Anonymises one leaver in one transaction: all of it or, if anything fails, none of it. The free text they wrote
    /// or that was written about them is erased, the rows that reports count are kept with their numbers, dates and
    /// codes, and the staff record keeps only what the workforce figures need. Evidence bytes are deleted after the
    /// commit (as an ordinary delete does, docs/adr/0016).
    /// </summary>
    private async Task<bool> TryAnonymiseAsync(int id, CancellationToken ct)
    {
        List<string> storedNames;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            storedNames = await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var names = await AnonymiseAsync(id, ct);
                await transaction.CommitAsync(ct);
                return names;
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            LogPersonFailed(logger, id, ex);
            return false;
        }

        foreach (var name in storedNames)
        {
            await DeleteBytesAsync(name, ct);
        }

        return true;
    }

    private async Task<List<string>> AnonymiseAsync(int id, CancellationToken ct)
    {
        var activities = db.CpdActivities.IgnoreQueryFilters([QueryFilters.SoftDeleted]).Where(a => a.StaffMemberId == id);
        var storedNames = await activities.SelectMany(a => a.Evidence).Select(e => e.StoredName).ToListAsync(ct);
        await activities.SelectMany(a => a.Evidence).ExecuteDeleteAsync(ct);
        await activities.ExecuteUpdateAsync(
            s => s.SetProperty(a => a.Title, Erased)
                .SetProperty(a => a.Description, (string?)null)
                .SetProperty(a => a.WhatLearnt, (string?)null)
                .SetProperty(a => a.Impact, (string?)null)
                .SetProperty(a => a.PeerName, (string?)null)
                .SetProperty(a => a.PeerReflection, (string?)null),
            ct);

        var sessions = db.SupervisionSessions.Where(s => s.SuperviseeId == id);
        await sessions.ExecuteUpdateAsync(
            s => s.SetProperty(x => x.ReviewOfLastActions, (string?)null)
                .SetProperty(x => x.Management, (string?)null)
                .SetProperty(x => x.Development, (string?)null)
                .SetProperty(x => x.Support, (string?)null)
                .SetProperty(x => x.Mediation, (string?)null)
                .SetProperty(x => x.LearningNeeds, (string?)null)
                .SetProperty(x => x.SuperviseeComment, (string?)null),
            ct);
        await sessions.SelectMany(s => s.Actions).ExecuteUpdateAsync(s => s.SetProperty(a => a.Text, Erased), ct);
        await sessions.SelectMany(s => s.Addenda).ExecuteDeleteAsync(ct);

        var plans = db.DevelopmentPlans.Where(p => p.StaffMemberId == id);
        await plans.SelectMany(p => p.Goals).ExecuteUpdateAsync(s => s.SetProperty(g => g.PlannedActivities, Erased), ct);
        await plans.SelectMany(p => p.Transitions).ExecuteUpdateAsync(s => s.SetProperty(t => t.Comment, (string?)null), ct);

        await db.StageAssessments.Where(a => a.StaffMemberId == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Note, (string?)null), ct);
        await db.CourseFeedback.Where(f => f.StaffMemberId == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Comment, (string?)null), ct);
        await db.PracticeFollowUps.Where(f => f.StaffMemberId == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Comment, (string?)null), ct);
        await db.Bookings.Where(b => b.StaffMemberId == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.CertificateCode, (string?)null), ct);
        await db.SurveyResponses.Where(r => r.StaffMemberId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.OtherBarrier, (string?)null), ct);
        await db.Notifications.Where(n => n.RecipientStaffId == id).ExecuteDeleteAsync(ct);

        await accounts.EraseAsync(id, ct);
        var number = string.Create(CultureInfo.InvariantCulture, $"X{id}");
        var changed = await db.StaffMembers.Where(s => s.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.GivenName, "Former")
                .SetProperty(x => x.FamilyName, "staff member")
                .SetProperty(x => x.Email, ErasedEmail(id))
                .SetProperty(x => x.StaffNumber, number)
                .SetProperty(x => x.JobTitle, Erased)
                .SetProperty(x => x.RegistrationNumber, (string?)null),
            ct);
        if (changed != 1)
        {
            throw new InvalidOperationException("The staff record was not anonymised.");
        }

        audit.Add(AuditActions.StaffAnonymised, AuditEntityTypes.StaffMember, id.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return storedNames;
    }

    /// <summary>Deleted entries past the period: their evidence records and bytes, then the entries themselves.</summary>
    private async Task<int> PurgeDeletedEntriesAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = DeletedEntriesDue(now);

        // Deleting an entry removes its evidence already (CpdActivity.Delete); any left (older data) goes too.
        var storedNames = await due.SelectMany(a => a.Evidence).Select(e => e.StoredName).ToListAsync(ct);
        var purged = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await due.SelectMany(a => a.Evidence).ExecuteDeleteAsync(ct);
            var ids = await due.Select(a => a.Id).ToListAsync(ct);
            await db.Bookings.Where(b => b.ActivityId != null && ids.Contains(b.ActivityId.Value)).ExecuteUpdateAsync(s => s.SetProperty(b => b.ActivityId, (int?)null), ct);
            await db.ExternalCompletions.Where(e => ids.Contains(e.CpdActivityId)).ExecuteDeleteAsync(ct);
            var count = await db.CpdActivities.IgnoreQueryFilters([QueryFilters.SoftDeleted]).Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return count;
        });

        foreach (var name in storedNames)
        {
            await DeleteBytesAsync(name, ct);
        }

        return purged;
    }

    private async Task DeleteBytesAsync(string storedName, CancellationToken ct)
    {
        try
        {
            await evidence.DeleteAsync(storedName, ct);
        }
        catch (IOException ex)
        {
            // The record is gone, so nothing can reach the bytes; the next look at the folder finds them (logged).
            LogBytesLeft(logger, ex);
        }
    }

    private static readonly Action<ILogger, int, int, int, int, int, Exception?> RunLogged = LoggerMessage.Define<int, int, int, int, int>(
        LogLevel.Information,
        new EventId(1, "RetentionRun"),
        "Retention run: {Anonymised} leavers anonymised ({Failed} failed, left unchanged), {Entries} deleted entries purged, {Uploads} import uploads and {Forms} form submission records deleted");

    private static readonly Action<ILogger, int, Exception?> PersonFailed = LoggerMessage.Define<int>(
        LogLevel.Error,
        new EventId(2, "RetentionPersonFailed"),
        "Retention: anonymising staff member {StaffMemberId} failed and was rolled back");

    private static readonly Action<ILogger, Exception?> BytesLeft = LoggerMessage.Define(
        LogLevel.Warning,
        new EventId(3, "RetentionBytesLeft"),
        "Retention: an evidence file's bytes could not be deleted");

    private static void LogRun(ILogger logger, int anonymised, int failed, int entries, int uploads, int forms) => RunLogged(logger, anonymised, failed, entries, uploads, forms, null);

    private static void LogPersonFailed(ILogger logger, int staffMemberId, Exception exception) => PersonFailed(logger, staffMemberId, exception);

    private static void LogBytesLeft(ILogger logger, Exception exception) => BytesLeft(logger, exception);
}
