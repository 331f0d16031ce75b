using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Logging;

var builder = WebApplication.CreateBuilder(args);

builder.AddCpdPortalLogging();
WebApplication app;
try
{
    if (SeedVolumeCommand.IsRequested(args))
    {
        SeedVolumeCommand.Configure(builder.Configuration);
    }

    builder.AddCpdPortal();
    app = builder.Build();
    if (SeedVolumeCommand.IsRequested(args))
    {
        // seed-volume migrates and seeds an empty database itself (docs/performance.md).
        Environment.ExitCode = await SeedVolumeCommand.RunAsync(app.Services, args, Console.Out);
        return;
    }

    if (BackupCommands.IsRequested(args))
    {
        // Backup and restore work on the database as it is: no migration, no seeding.
        Environment.ExitCode = await BackupCommands.RunAsync(app.Services, args, Console.Out);
        return;
    }

    await app.InitialiseDatabaseAsync();
}
catch (Exception ex) when (StartupFailure.Describe(ex) is { } reason)
{
    // Settings or a database that cannot work: one line that says what to do, no stack trace (docs/deployment.md).
    await Console.Error.WriteLineAsync($"CpdPortal cannot start: {reason}");
    Environment.ExitCode = 1;
    return;
}

if (RebuildSummariesCommand.IsRequested(args))
{
    // After the migration above: recomputes the reports' summaries of an existing database (docs/deployment.md).
    Environment.ExitCode = await RebuildSummariesCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

if (CreateAdminCommand.IsRequested(args))
{
    Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

app.UseCpdPortal();

await app.RunAsync();

/// <summary>The web application's entry point; public for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
