using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// The one place that knows how each database provider reports a broken unique or primary key, so Application and
/// Web can ask <see cref="Application.Common.ICpdPortalDbContext.IsUniqueViolation"/> without referencing a provider.
/// </summary>
public static class UniqueViolation
{
    /// <summary>SQLite's SQLITE_CONSTRAINT result code (the extended code says which kind).</summary>
    public const int SqliteConstraint = 19;

    /// <summary>SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE.</summary>
    public const int SqlitePrimaryKey = 1555;
    public const int SqliteUnique = 2067;

    /// <summary>PostgreSQL's unique_violation.</summary>
    public const string PostgresUniqueViolation = "23505";

    /// <summary>SQL Server: violation of a PRIMARY KEY or UNIQUE constraint, and a duplicate key in a unique index.</summary>
    public const int SqlServerConstraint = 2627;
    public const int SqlServerUniqueIndex = 2601;

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException e => e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
            PostgresException e => e.SqlState == PostgresUniqueViolation,
            SqlException e => e.Number is SqlServerConstraint or SqlServerUniqueIndex,
            _ => false,
        };
    }
}
