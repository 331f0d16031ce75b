namespace CpdPortal.Domain.Workforce;

/// <summary>
/// One change of a person's full-time equivalent (issue 15, point 5): from what, to what, when, and who changed it
/// (the administrator's email, or <see cref="ImportActor"/> for the HR import). Kept so that the staff page can show
/// the working pattern's history; a change to the same value is not a change and is not kept.
/// </summary>
public sealed class WorkingPatternChange
{
    public const string ImportActor = "import";

    public const int ChangedByMaxLength = 254;

    private WorkingPatternChange()
    {
        ChangedBy = string.Empty;
    }

    private WorkingPatternChange(int staffMemberId, decimal fromFte, decimal toFte, DateTimeOffset changedAt, string changedBy)
    {
        StaffMemberId = staffMemberId;
        FromFte = fromFte;
        ToFte = toFte;
        ChangedAt = changedAt;
        ChangedBy = changedBy.Length <= ChangedByMaxLength ? changedBy : changedBy[..ChangedByMaxLength];
    }

    public long Id { get; private set; }

    public int StaffMemberId { get; private set; }

    public decimal FromFte { get; private set; }

    public decimal ToFte { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The email of the account that changed it, or "import".</summary>
    public string ChangedBy { get; private set; }

    /// <summary>
    /// Changes <paramref name="person"/>'s FTE (the domain's rule: more than 0, at most 1) and returns the history row
    /// to keep, or null when the value is unchanged. A person not yet saved (id 0) has no history to keep.
    /// </summary>
    public static WorkingPatternChange? Change(StaffMember person, decimal fte, string changedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        var before = person.FullTimeEquivalent;
        person.ChangeWorkingPattern(fte);
        return before == person.FullTimeEquivalent || person.Id == 0
            ? null
            : new WorkingPatternChange(person.Id, before, person.FullTimeEquivalent, now, changedBy);
    }
}
