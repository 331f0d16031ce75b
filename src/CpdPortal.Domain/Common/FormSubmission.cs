namespace CpdPortal.Domain.Common;

/// <summary>
/// A create form that has been sent once: the form instance's id (a GUID the server rendered into the form), the
/// account that sent it, the kind of record it made and that record's id. The form instance id is the primary key,
/// so a second save of the same form fails in the database even when both requests arrive at the same moment
/// (docs/adr/0017-one-record-per-form-submission.md). Holds nothing the user typed.
/// </summary>
public sealed class FormSubmission
{
    public const int AccountIdMaxLength = 450;
    public const int RecordTypeMaxLength = 50;

    public FormSubmission(Guid id, string accountId, string recordType, int recordId, DateTimeOffset createdAt)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A form instance id is never empty.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordType);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(accountId.Length, AccountIdMaxLength, nameof(accountId));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recordType.Length, RecordTypeMaxLength, nameof(recordType));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(recordId);
        Id = id;
        AccountId = accountId;
        RecordType = recordType;
        RecordId = recordId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string AccountId { get; private set; }

    public string RecordType { get; private set; }

    public int RecordId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The record this form made, when the same account sends the same kind of form again; null when the form
    /// instance id was first used by another account or on another kind of form, so nothing of it is shown.
    /// </summary>
    public int? RecordFor(string accountId, string recordType) =>
        string.Equals(AccountId, accountId, StringComparison.Ordinal) && string.Equals(RecordType, recordType, StringComparison.Ordinal)
            ? RecordId
            : null;
}

/// <summary>The kinds of record a create form makes, as stored in <see cref="FormSubmission.RecordType"/>.</summary>
public static class SubmittedRecords
{
    public const string CpdActivity = "CpdActivity";
    public const string SupervisionSession = "SupervisionSession";
    public const string PlanGoal = "PlanGoal";
    public const string Booking = "Booking";
    public const string CourseFeedback = "CourseFeedback";
    public const string SurveyResponse = "SurveyResponse";
}
