using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// What every SQLite connection the portal opens needs, set when it opens:
/// <list type="bullet">
/// <item>.NET's invariant lower case in place of SQLite's built-in <c>lower()</c>, which changes ASCII letters only, so
/// a case-insensitive search finds "Élodie" for "élodie" as PostgreSQL and SQL Server do (docs/adr/0015);</item>
/// <item>SQLite's own wait for a lock another connection holds (<c>sqlite3_busy_timeout</c>). Without it SQLite answers
/// "busy" at once and Microsoft.Data.Sqlite retries the statement after sleeping a fixed 150 ms, so the second of two
/// people saving at the same moment waited 150 ms or more even when the first held the write lock for a few
/// milliseconds; SQLite's own wait retries within a millisecond or two at first. The file is in WAL mode (EF Core
/// creates it so), so readers never wait for a writer; only writers queue for the one write lock.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>As long as a command may wait in all (Microsoft.Data.Sqlite's default command timeout).</summary>
    public const int BusyWaitMilliseconds = 30_000;

    public static readonly SqliteConnectionSetup Instance = new();

    private SqliteConnectionSetup()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetUp(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetUp(connection);
        return Task.CompletedTask;
    }

    private static void SetUp(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            if (sqlite.Handle is { } handle)
            {
                SQLitePCL.raw.sqlite3_busy_timeout(handle, BusyWaitMilliseconds);
            }
        }
    }
}
