using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>Used only by `dotnet ef` to build the SQLite context when adding migrations (see README).</summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteCpdPortalDbContext>
{
    public SqliteCpdPortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteCpdPortalDbContext>();
        DatabaseRegistration.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqliteCpdPortalDbContext(builder.Options);
    }
}
