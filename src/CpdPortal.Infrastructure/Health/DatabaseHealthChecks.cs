using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpdPortal.Infrastructure.Health;

/// <summary>
/// The database's health checks, registered by <see cref="DependencyInjection.AddCpdPortalInfrastructure"/> so that
/// the web project maps the endpoints without knowing the context or the provider (docs/adr/0001): "database" (the
/// database answers) and "migrations" (it has every migration this build expects), both tagged "ready".
/// </summary>
public static class DatabaseHealthChecks
{
    public const string Database = "database";
    public const string Migrations = "migrations";
    public const string ReadyTag = "ready";

    public static IServiceCollection AddCpdPortalDatabaseHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<CpdPortalDbContext>(Database, tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>(Migrations, tags: [ReadyTag]);
        return services;
    }
}

/// <summary>Unhealthy while the database lacks a migration this build expects (or cannot be asked).</summary>
public sealed class MigrationsHealthCheck(CpdPortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any() ? HealthCheckResult.Unhealthy("Pending migrations") : HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be asked");
        }
    }
}
