using System.Security.Claims;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace CpdPortal.Web.Infrastructure.Logging;

/// <summary>
/// Serilog through Serilog.AspNetCore (docs/adr/0004): levels and the file sink come from the "Serilog" section;
/// the console writes text, or compact JSON for log shippers when "Serilog:ConsoleFormat" is "Json".
/// </summary>
public static class LoggingSetup
{
    public const string ConsoleFormatKey = "Serilog:ConsoleFormat";

    public static WebApplicationBuilder AddCpdPortalLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();

        // writeToProviders: other ILoggerProviders registered in DI (the integration tests' log capture) see every event too.
        builder.Services.AddSerilog(
            (services, configuration) =>
            {
                var settings = services.GetRequiredService<IConfiguration>();
                configuration
                    .ReadFrom.Configuration(settings)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty("Application", "CpdPortal");
                // The console is written on a background thread (docs/adr/0033): a request never waits for the write,
                // and blockWhenFull keeps every line (a full queue slows the writer instead of dropping events).
                var json = string.Equals(settings[ConsoleFormatKey], "Json", StringComparison.OrdinalIgnoreCase);
                configuration.WriteTo.Async(
                    sink =>
                    {
                        if (json)
                        {
                            sink.Console(new RenderedCompactJsonFormatter());
                        }
                        else
                        {
                            sink.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
                        }
                    },
                    blockWhenFull: true);
            },
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>
    /// One structured line per request: method, the route's template (never the path as typed, which could hold
    /// anything, nor the query string), status, elapsed time and the signed-in account's id.
    /// </summary>
    public static IApplicationBuilder UseCpdPortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            // This host's logger, not the static one (which is left alone so that several hosts can share a process).
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0} ms";
            o.IncludeQueryInRequestPath = false;
            o.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
            o.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("RouteTemplate", RouteTemplateOf(context));
                diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier));
            };
        });

    /// <summary>The matched endpoint's route template, e.g. "supervision/sessions/{id:int}"; "(no route)" for a 404.</summary>
    public static string RouteTemplateOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : "(no route)";
    }
}
