using System.Globalization;

namespace CpdPortal.Domain.ReflectionQuality;

/// <summary>
/// A writer confirmed that what the identifying-details check found in one field identifies no child, family or
/// colleague, and saved it (docs/adr/0027). It records who, when, which record and field, and which kinds were found
/// how often: never the text, never the part found.
/// </summary>
public sealed class IdentifyingDetailsConfirmation
{
    public const int RecordTypeMaxLength = 64;
    public const int FieldMaxLength = 64;
    public const int KindsMaxLength = 400;

    private IdentifyingDetailsConfirmation()
    {
        RecordType = string.Empty;
        Field = string.Empty;
        Kinds = string.Empty;
    }

    public IdentifyingDetailsConfirmation(int staffMemberId, DateTimeOffset confirmedAt, string recordType, int recordId, string field, IReadOnlyCollection<IdentifyingDetail> found)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordType);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentNullException.ThrowIfNull(found);
        if (found.Count == 0)
        {
            throw new ArgumentException("A confirmation is only for a field where something was found.", nameof(found));
        }

        StaffMemberId = staffMemberId;
        ConfirmedAt = confirmedAt.ToUniversalTime();
        RecordType = recordType.Length > RecordTypeMaxLength ? recordType[..RecordTypeMaxLength] : recordType;
        RecordId = recordId;
        Field = field.Length > FieldMaxLength ? field[..FieldMaxLength] : field;
        Kinds = KindCounts(found);
        FindingCount = found.Count;
    }

    public long Id { get; private set; }

    /// <summary>Who confirmed (the writer).</summary>
    public int StaffMemberId { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    /// <summary>Which kind of record: "CpdActivity", "SupervisionSession", "PlanGoal", "CourseFeedback".</summary>
    public string RecordType { get; private set; }

    public int RecordId { get; private set; }

    /// <summary>The form field, e.g. "WhatLearnt".</summary>
    public string Field { get; private set; }

    /// <summary>The kinds found and how many of each, e.g. "Postcode:1,PersonName:2" (no text).</summary>
    public string Kinds { get; private set; }

    /// <summary>How many parts were found in the field.</summary>
    public int FindingCount { get; private set; }

    /// <summary>"Postcode:1,PersonName:2": each kind found, in the enum's order, with its count.</summary>
    public static string KindCounts(IEnumerable<IdentifyingDetail> found) =>
        string.Join(',', found.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => g.Key.ToString() + ":" + g.Count().ToString(CultureInfo.InvariantCulture)));
}
