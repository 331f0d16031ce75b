using CpdPortal.Infrastructure.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>Chooses the provider-specific context. Adding a provider is one package, one case here and its migrations.</summary>
public static class DatabaseRegistration
{
    public static IServiceCollection AddCpdPortalDatabase(this IServiceCollection services, DatabaseOptions options, string? connectionString, string contentRoot)
    {
        switch (options.Provider)
        {
            case DatabaseOptions.Sqlite:
                var sqlite = ResolveSqliteConnectionString(connectionString ?? "Data Source=App_Data/cpdportal.db", contentRoot);
                services.AddDbContext<CpdPortalDbContext, SqliteCpdPortalDbContext>((sp, o) =>
                {
                    ConfigureSqlite(o, sqlite);
                    o.AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>());
                });
                break;
            default:
                throw new InvalidOperationException(
                    $"Database provider '{options.Provider}' is not supported. Set Database:Provider to '{DatabaseOptions.Sqlite}'.");
        }

        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"));

    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its folder.</summary>
    public static string ResolveSqliteConnectionString(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            if (!Path.IsPathRooted(csb.DataSource))
            {
                csb.DataSource = Path.GetFullPath(Path.Combine(contentRoot, csb.DataSource));
            }

            var folder = Path.GetDirectoryName(csb.DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return csb.ToString();
    }
}
