using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// Makes SQLite itself wait for a lock held by another connection (<c>sqlite3_busy_timeout</c>), on every connection
/// the portal opens. Without it SQLite answers "busy" at once and Microsoft.Data.Sqlite retries the statement after
/// sleeping a fixed 150 ms, so two people saving at the same moment cost the second one 150 ms or more even when the
/// first held the write lock for a few milliseconds; SQLite's own wait retries within a millisecond or two at first
/// (docs/performance.md, "SQLite writers waiting"). The file is in WAL mode (EF Core creates it so), so readers
/// never wait for a writer; only writers queue for the one write lock.
/// </summary>
internal sealed class SqliteBusyWait : DbConnectionInterceptor
{
    /// <summary>As long as a command may wait in all (Microsoft.Data.Sqlite's default command timeout).</summary>
    public const int WaitMilliseconds = 30_000;

    public static readonly SqliteBusyWait Instance = new();

    private SqliteBusyWait()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Wait(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wait(connection);
        return Task.CompletedTask;
    }

    private static void Wait(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, WaitMilliseconds);
        }
    }
}
