using CpdPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// The health endpoints a load balancer or monitor uses, anonymous and answering only "Healthy" or "Unhealthy":
/// <c>/health</c> (as before: the database answers), <c>/health/live</c> (the process is up; no database call) and
/// <c>/health/ready</c> (the database answers and has no pending migrations; 503 otherwise, and 200 again by itself
/// once the database is back).
/// </summary>
public static class HealthEndpoints
{
    public const string DatabaseCheck = "database";
    public const string MigrationsCheck = "migrations";
    public const string ReadyTag = "ready";

    public static WebApplication MapCpdPortalHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Name == DatabaseCheck }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
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
