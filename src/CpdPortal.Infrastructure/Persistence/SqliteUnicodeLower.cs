using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// Replaces SQLite's built-in <c>lower()</c>, which changes ASCII letters only, with .NET's invariant lower case on
/// every connection, so a case-insensitive search finds "Élodie" for "élodie" as PostgreSQL and SQL Server do
/// (docs/adr/0015).
/// </summary>
internal sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    public static readonly SqliteUnicodeLower Instance = new();

    private SqliteUnicodeLower()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
