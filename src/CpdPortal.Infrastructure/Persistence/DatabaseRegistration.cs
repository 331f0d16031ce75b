using CpdPortal.Infrastructure.Auditing;
using CpdPortal.Infrastructure.Email;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// Chooses the provider-specific context (docs/adr/0015). Each provider has its own sealed context, its own
/// migrations folder and its own design-time factory; the model itself is shared.
/// </summary>
public static class DatabaseRegistration
{
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/cpdportal.db";

    public static IServiceCollection AddCpdPortalDatabase(this IServiceCollection services, DatabaseOptions options, string? connectionString, string contentRoot)
    {
        switch (options.Provider)
        {
            case DatabaseOptions.Sqlite:
                var sqlite = ResolveSqliteConnectionString(connectionString ?? DefaultSqliteConnectionString, contentRoot);
                AddContext<SqliteCpdPortalDbContext>(services, o => ConfigureSqlite(o, sqlite));
                break;
            case DatabaseOptions.PostgreSql:
                var postgres = RequireConnectionString(options.Provider, connectionString);
                AddContext<PostgreSqlCpdPortalDbContext>(services, o => ConfigurePostgreSql(o, postgres));
                break;
            case DatabaseOptions.SqlServer:
                var sqlServer = RequireConnectionString(options.Provider, connectionString);
                AddContext<SqlServerCpdPortalDbContext>(services, o => ConfigureSqlServer(o, sqlServer));
                break;
            default:
                throw new DatabaseConfigurationException(
                    $"Database:Provider '{options.Provider}' is not supported. Set it to one of: {string.Join(", ", DatabaseOptions.Providers)}.");
        }

        return services;
    }

    /// <summary>
    /// Registers the provider's context. Its options (provider, connection string, warnings, the SQLite lower()
    /// interceptor, the application's logger factory) are built once per application; a scope only adds its own
    /// interceptors (the audit and the email outbox, which read the scope's signed-in user) to a copy. Building the
    /// whole options object on every request cost about a fifth of a signed-in page's fixed cost (docs/adr/0033).
    /// </summary>
    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : CpdPortalDbContext
    {
        services.AddSingleton(sp =>
        {
            var shared = new DbContextOptionsBuilder<TContext>().UseApplicationServiceProvider(sp);
            configure(shared);
            shared.AddInterceptors(sp.GetRequiredService<ReadCacheInterceptor>());

            // What others add with ConfigureDbContext<TContext> (a host's or a test's interceptors) applies as it would
            // with AddDbContext's own options factory, which this registration replaces.
            foreach (var configuration in sp.GetServices<IDbContextOptionsConfiguration<TContext>>())
            {
                configuration.Configure(sp, shared);
            }

            return new SharedContextOptions<TContext>(shared.Options);
        });
        services.AddSingleton<ReadCacheInterceptor>();
        services.AddScoped(sp => new DbContextOptionsBuilder<TContext>(sp.GetRequiredService<SharedContextOptions<TContext>>().Options)
            .AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>(), sp.GetRequiredService<EmailOutboxInterceptor>())
            .Options);

        // Registered after the options above, which AddDbContext's own (TryAdd) registration therefore leaves in place.
        services.AddDbContext<CpdPortalDbContext, TContext>();
    }

    /// <summary>The part of a context's options that is the same for every scope (see <see cref="AddContext{TContext}"/>).</summary>
    private sealed record SharedContextOptions<TContext>(DbContextOptions<TContext> Options)
        where TContext : DbContext;

    public static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        QuietFailures(builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(SqliteConnectionSetup.Instance));

    public static void ConfigurePostgreSql(DbContextOptionsBuilder builder, string connectionString) =>
        QuietFailures(builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory")));

    public static void ConfigureSqlServer(DbContextOptionsBuilder builder, string connectionString) =>
        QuietFailures(builder.UseSqlServer(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory")));

    /// <summary>
    /// A failed connection or query is thrown to its caller, which logs it once (the exception handler, a job, the
    /// start-up line); EF's own copy of the same exception with its stack trace is kept to the debug level.
    /// </summary>
    private static void QuietFailures(DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(w => w.Log(
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug)));

    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its folder.</summary>
    public static string ResolveSqliteConnectionString(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder csb;
        try
        {
            csb = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseConfigurationException($"ConnectionStrings:CpdPortal is not a valid SQLite connection string ({ex.Message})", ex);
        }

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

    private static string RequireConnectionString(string provider, string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new DatabaseConfigurationException(
                $"Database:Provider is {provider} but ConnectionStrings:CpdPortal is empty. Set it (for example with the environment variable ConnectionStrings__CpdPortal); see docs/deployment.md.")
            : connectionString;
}

/// <summary>The database settings cannot work: start-up stops with this one-line message and no stack trace.</summary>
public sealed class DatabaseConfigurationException : Exception
{
    public DatabaseConfigurationException()
    {
    }

    public DatabaseConfigurationException(string message)
        : base(message)
    {
    }

    public DatabaseConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
