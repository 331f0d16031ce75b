using CpdPortal.Infrastructure.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// The health endpoints a load balancer or monitor uses, anonymous and answering only "Healthy" or "Unhealthy":
/// <c>/health</c> (as before: the database answers), <c>/health/live</c> (the process is up; no database call) and
/// <c>/health/ready</c> (the database answers and has no pending migrations; 503 otherwise, and 200 again by itself
/// once the database is back).
/// </summary>
public static class HealthEndpoints
{
    public const string DatabaseCheck = DatabaseHealthChecks.Database;
    public const string MigrationsCheck = DatabaseHealthChecks.Migrations;
    public const string ReadyTag = DatabaseHealthChecks.ReadyTag;

    public static WebApplication MapCpdPortalHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Name == DatabaseCheck }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
