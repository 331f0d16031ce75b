using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>The embedded default database. Migrations live in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteCpdPortalDbContext(DbContextOptions<SqliteCpdPortalDbContext> options) : CpdPortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot order or compare the text EF would store, so
        // instants are kept as sortable 64-bit numbers. Server databases store them natively.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>PostgreSQL, the server database we run and test. Migrations live in Persistence/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlCpdPortalDbContext(DbContextOptions<PostgreSqlCpdPortalDbContext> options) : CpdPortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz holds an instant, not an offset, and Npgsql refuses to write an offset other than zero:
        // instants are written in UTC and read back in UTC (the views show UK time either way).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}

/// <summary>SQL Server, built and script-checked (no server runs here). Migrations live in Persistence/Migrations/SqlServer.</summary>
public sealed class SqlServerCpdPortalDbContext(DbContextOptions<SqlServerCpdPortalDbContext> options) : CpdPortalDbContext(options);

/// <summary>Stores an instant as UTC; the instant itself never changes.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v.ToUniversalTime());
