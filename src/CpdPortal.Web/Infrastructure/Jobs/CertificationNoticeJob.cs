using CpdPortal.Application.Certifications;

namespace CpdPortal.Web.Infrastructure.Jobs;

/// <summary>
/// Tells people, and a copy to their supervisor, that a certification expires in 60 or 30 days or has lapsed. Run by
/// <see cref="ScheduledJobService{TJob}"/> on the instance that holds its lease; each notice is sent once per period
/// whatever runs it (a unique index per award and kind). Logs counts only.
/// </summary>
public sealed partial class CertificationNoticeJob(CertificationNoticeService notices, ILogger<CertificationNoticeJob> logger) : IScheduledJob
{
    public string Name => "certification-notices";

    public async Task RunAsync(CancellationToken ct)
    {
        var told = await notices.SendDueAsync(ct);
        if (told > 0)
        {
            LogSent(logger, told);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} certification notices")]
    private static partial void LogSent(ILogger logger, int count);
}
