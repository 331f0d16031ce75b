using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Jobs;

/// <summary>Decides which instance runs a scheduled job: the one that holds its lease (docs/adr/0012).</summary>
public interface IJobLease
{
    /// <summary>
    /// Takes or renews the lease on <paramref name="jobName"/> for <paramref name="duration"/>: true when it is free,
    /// expired or already held by <paramref name="holderId"/>; false while another holder's lease runs.
    /// </summary>
    Task<bool> TryAcquireAsync(string jobName, string holderId, TimeSpan duration, CancellationToken ct = default);
}

/// <summary>
/// The lease in table JobLeases, taken with one atomic statement that every provider runs the same way: a conditional
/// UPDATE (the row is expired or already ours), else an INSERT that the primary key lets only one instance win. The
/// instance's own clock (the injected <see cref="TimeProvider"/>) decides expiry; instances' clocks are assumed to
/// agree to well within a job's interval (NTP).
/// </summary>
public sealed class DatabaseJobLease(CpdPortalDbContext db, TimeProvider clock) : IJobLease
{
    public async Task<bool> TryAcquireAsync(string jobName, string holderId, TimeSpan duration, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobName);
        ArgumentException.ThrowIfNullOrWhiteSpace(holderId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);

        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.JobName == jobName && (l.ExpiresAt <= now || l.HolderId == holderId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HolderId, holderId).SetProperty(l => l.ExpiresAt, until), ct);
        if (taken > 0)
        {
            return true;
        }

        // Someone else's lease runs; or there is no row yet, and the primary key lets only one instance's insert in
        // (a failed insert is logged by EF as an error, so it is tried only when the row is missing).
        if (await db.JobLeases.AnyAsync(l => l.JobName == jobName, ct))
        {
            return false;
        }

        var lease = new JobLease(jobName, holderId, until);
        db.JobLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }
}
