using CpdPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Common;

/// <summary>One create form as sent: its instance id (rendered by the server) and the account that sent it.</summary>
public sealed record FormInstance(Guid Id, string AccountId);

public enum SubmissionOutcome
{
    /// <summary>This post made the record.</summary>
    Created,

    /// <summary>The same form was sent before by the same account: <see cref="Submission.RecordId"/> is the record it made.</summary>
    Repeated,

    /// <summary>The form instance id belongs to another account or another kind of form: show nothing (404).</summary>
    NotYours,
}

/// <summary>What a create form's post came to; <see cref="RecordId"/> is 0 for <see cref="SubmissionOutcome.NotYours"/>.</summary>
public readonly record struct Submission(SubmissionOutcome Outcome, int RecordId)
{
    public static Submission NotYours => new(SubmissionOutcome.NotYours, 0);
}

/// <summary>
/// One record per create form (docs/adr/0017-one-record-per-form-submission.md). A service checks
/// <see cref="EarlierAsync"/> before doing anything, then saves its new record through <see cref="SaveAsync"/>, which
/// records the form instance in the same transaction; the form instance id is the primary key of
/// <c>FormSubmissions</c>, so of two posts at once only one commits and the other answers with the first one's record.
/// A post without a form instance id (an old tab, a script) is saved as before, guarded only by the record's own rules.
/// </summary>
public static class OncePerForm
{
    /// <summary>The earlier post of this form instance, or null when there was none (or there is no form instance id).</summary>
    public static async Task<Submission?> EarlierAsync(ICpdPortalDbContext db, FormInstance? form, string recordType, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (form is null)
        {
            return null;
        }

        var earlier = await db.FormSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == form.Id, ct);
        return earlier is null
            ? null
            : earlier.RecordFor(form.AccountId, recordType) is { } recordId
                ? new Submission(SubmissionOutcome.Repeated, recordId)
                : Submission.NotYours;
    }

    /// <summary>
    /// Saves the pending changes (which add the new record) and, in the same transaction, the form instance. When the
    /// save fails because the same form instance was saved meanwhile (its key, the record's own unique key or a
    /// concurrency token tripped by the first post), everything is rolled back and the first post's record is
    /// returned. Any other failure is thrown as it was, after the rollback.
    /// </summary>
    public static Task<Submission> SaveAsync(ICpdPortalDbContext db, FormInstance? form, string recordType, Func<int> recordId, DateTimeOffset now, CancellationToken ct = default) =>
        SaveWithAsync(db, form, recordType, recordId, now, alongside: null, ct);

    /// <summary>
    /// As <see cref="SaveAsync"/>, and <paramref name="alongside"/> adds rows that need the new record's id (e.g. an identifying-details
    /// confirmation): they are saved in the same transaction, so the record and they are stored together or not at all.
    /// </summary>
    public static async Task<Submission> SaveWithAsync(ICpdPortalDbContext db, FormInstance? form, string recordType, Func<int> recordId, DateTimeOffset now, Action<int>? alongside, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(recordId);
        if (form is null && alongside is null)
        {
            await db.SaveChangesAsync(ct);
            return new Submission(SubmissionOutcome.Created, recordId());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            if (form is not null)
            {
                db.FormSubmissions.Add(new FormSubmission(form.Id, form.AccountId, recordType, recordId(), now));
            }

            alongside?.Invoke(recordId());
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new Submission(SubmissionOutcome.Created, recordId());
        }
        catch (DbUpdateException ex) when (form is not null && (ex is DbUpdateConcurrencyException || db.IsUniqueViolation(ex)))
        {
            // Rolled back first: PostgreSQL refuses every further statement in a failed transaction.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await EarlierAsync(db, form, recordType, ct) is { } earlier)
            {
                return earlier;
            }

            // Not this form's first post (already booked, already answered...): the caller's own rule applies.
            throw;
        }
    }
}
