namespace CpdPortal.Infrastructure.Jobs;

/// <summary>
/// Who may run a scheduled job until when (table JobLeases, one row per job). Several instances share one database:
/// only the holder of an unexpired lease runs the job (docs/adr/0012).
/// </summary>
public sealed class JobLease
{
    public const int JobNameMaxLength = 100;
    public const int HolderIdMaxLength = 200;

    public JobLease(string jobName, string holderId, DateTimeOffset expiresAt)
    {
        JobName = jobName;
        HolderId = holderId;
        ExpiresAt = expiresAt;
    }

    public string JobName { get; private set; }

    public string HolderId { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
