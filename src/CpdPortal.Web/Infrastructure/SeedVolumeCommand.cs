using System.Globalization;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.Infrastructure.Seeding.Volume;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// <c>dotnet CpdPortal.Web.dll seed-volume --staff N --years Y [--seed S]</c>: fills the configured, empty database
/// with the demo council and a realistic organisation of N people in post today with Y years of history
/// (docs/performance.md), then exits without starting the web server. Refused, with exit code 1, when the database
/// already holds teams, staff or accounts.
/// </summary>
public static class SeedVolumeCommand
{
    public const string Name = "seed-volume";

    private const string Usage = "Usage: dotnet CpdPortal.Web.dll seed-volume --staff N --years Y [--seed S]";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Before the host is built: the start-up step must not seed the default demo council, the command seeds its own.</summary>
    public static void Configure(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration[$"{SeedOptions.SectionName}:{nameof(SeedOptions.Enabled)}"] = "false";
    }

    /// <summary>Runs the command; the exit code is 0 when the volume was written.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Parse(args) is not { } request)
        {
            await output.WriteLineAsync(Usage);
            await output.WriteLineAsync($"N is at least {VolumeSeeder.MinimumStaff}; Y is 1 to 30.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<VolumeSeeder>();
        if (!await seeder.IsEmptyAsync(CancellationToken.None))
        {
            await output.WriteLineAsync("seed-volume refused: the database is not empty (it has teams, staff or accounts). Point ConnectionStrings:CpdPortal at a new database.");
            return 1;
        }

        await seeder.SeedAsync(request, output);
        await RebuildSummariesCommand.RebuildAsync(services, output); // the bulk loader bypasses the summaries' upkeep (docs/adr/0030)
        return 0;
    }

    private static VolumeRequest? Parse(string[] args)
    {
        static int? ValueOf(string[] args, string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        var staff = ValueOf(args, "--staff");
        var years = ValueOf(args, "--years");
        var seed = args.Contains("--seed") ? ValueOf(args, "--seed") : 20151001;
        return staff >= VolumeSeeder.MinimumStaff && years is >= 1 and <= 30 && seed is not null ? new VolumeRequest(staff.Value, years.Value, seed.Value) : null;
    }
}
