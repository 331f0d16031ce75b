using Microsoft.Extensions.Configuration;
using Serilog;

namespace CpdPortal.Infrastructure.Logging;

/// <summary>
/// Serilog through Microsoft.Extensions.Logging (Serilog.AspNetCore is not available here; docs/adr/0004).
/// Sinks and levels come from the "Serilog" configuration section.
/// </summary>
public static class SerilogSetup
{
    public static Serilog.Core.Logger CreateLogger(IConfiguration configuration) =>
        new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "CpdPortal")
            .CreateLogger();
}
