using CpdPortal.Infrastructure.Logging;
using CpdPortal.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

var logger = SerilogSetup.CreateLogger(builder.Configuration);
builder.Logging.ClearProviders().AddSerilog(logger, dispose: true);

builder.AddCpdPortal();

var app = builder.Build();

await app.InitialiseDatabaseAsync();
if (CreateAdminCommand.IsRequested(args))
{
    Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

app.UseCpdPortal();

await app.RunAsync();

/// <summary>The web application's entry point; public for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
