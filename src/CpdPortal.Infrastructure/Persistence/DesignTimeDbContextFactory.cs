using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CpdPortal.Infrastructure.Persistence;

// Used only by `dotnet ef` (scripts/migrations.sh) to build each provider's context. None of them connects to a
// database when adding a migration or writing a script.

/// <summary>The SQLite context for `dotnet ef`.</summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteCpdPortalDbContext>
{
    public SqliteCpdPortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteCpdPortalDbContext>();
        DatabaseRegistration.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqliteCpdPortalDbContext(builder.Options);
    }
}

/// <summary>The PostgreSQL context for `dotnet ef`.</summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlCpdPortalDbContext>
{
    public PostgreSqlCpdPortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlCpdPortalDbContext>();
        DatabaseRegistration.ConfigurePostgreSql(builder, "Host=127.0.0.1;Database=cpdportal_design_time");
        return new PostgreSqlCpdPortalDbContext(builder.Options);
    }
}

/// <summary>The SQL Server context for `dotnet ef`.</summary>
internal sealed class SqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqlServerCpdPortalDbContext>
{
    public SqlServerCpdPortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqlServerCpdPortalDbContext>();
        DatabaseRegistration.ConfigureSqlServer(builder, "Server=127.0.0.1;Database=cpdportal_design_time;Integrated Security=true;TrustServerCertificate=true");
        return new SqlServerCpdPortalDbContext(builder.Options);
    }
}
