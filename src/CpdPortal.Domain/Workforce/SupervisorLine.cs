namespace CpdPortal.Domain.Workforce;

/// <summary>
/// One period of a supervisor line: who supervised whom, from when until when, and which account set it. The
/// current line has no end. Kept when a supervisor changes, so "who supervised this person in March" has an answer.
/// </summary>
public sealed class SupervisorLine
{
    private SupervisorLine()
    {
        ChangedBy = string.Empty;
    }

    public SupervisorLine(int superviseeId, int supervisorId, DateTimeOffset from, string changedBy)
    {
        SuperviseeId = superviseeId;
        SupervisorId = supervisorId;
        From = from;
        ChangedBy = changedBy;
    }

    public const int ChangedByMaxLength = 254;

    public int Id { get; private set; }

    public int SuperviseeId { get; private set; }

    public int SupervisorId { get; private set; }

    public StaffMember? Supervisor { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset? To { get; private set; }

    /// <summary>The email of the account that set the line ("system" for imports and seeding).</summary>
    public string ChangedBy { get; private set; }

    public bool IsCurrent => To is null;

    public void End(DateTimeOffset at) => To ??= at;
}
