using System.Diagnostics;
using System.Globalization;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// <c>dotnet CpdPortal.Web.dll rebuild-summaries</c>: migrates the configured database if needed, then recomputes
/// every learning-year summary and the stage history the reports read from the entries and the assessments
/// (docs/adr/0030, docs/adr/0036), a batch of people at a time, and
/// exits without starting the web server. Run it once after upgrading a council's existing database to the release
/// that brought the summaries, after loading rows by any path other than the portal (a restore from an older
/// backup), and it is run at the end of seed-volume. The portal keeps the summaries up to date by itself otherwise.
/// With <c>--if-empty</c> it rebuilds only the summary tables that are empty, and does nothing when none is (bench/run.sh
/// uses it on a database made before them; a database made before the stage history is upgraded by migrate + this).
/// </summary>
public static class RebuildSummariesCommand
{
    public const string Name = "rebuild-summaries";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command; the exit code is 0 when the summaries were rebuilt.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(args);
        var tables = SummaryTables.All;
        if (Array.IndexOf(args, "--person") is >= 0 and var at)
        {
            return await RebuildPersonAsync(services, at + 1 < args.Length ? args[at + 1] : null, output);
        }

        if (args.Contains("--if-empty"))
        {
            await using var scope = services.CreateAsyncScope();
            tables = await new LearningYearSummaryRebuilder(scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>()).EmptyAsync();
            if (tables == SummaryTables.None)
            {
                await output.WriteLineAsync("The learning-year summaries, the stage history and the entry assessments are there already: nothing to do (without --if-empty they are recomputed).");
                return 0;
            }
        }

        await RebuildAsync(services, output, tables);
        return 0;
    }

    /// <summary>
    /// <c>--person EMAIL</c>: recomputes one person's rows in every summary table, for example after their entries were
    /// removed with SQL (bench/run.sh removes its own "Benchmark reading" entries so). Exit code 2 when no staff record
    /// has that email.
    /// </summary>
    private static async Task<int> RebuildPersonAsync(IServiceProvider services, string? email, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        var id = string.IsNullOrWhiteSpace(email)
            ? null
            : await db.StaffMembers.IgnoreQueryFilters().Where(s => s.Email == email).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        if (id is not { } staffMemberId)
        {
            await output.WriteLineAsync("--person needs the email of a staff record, for example: rebuild-summaries --person sam.patel@demo.test");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var rows = await new LearningYearSummaryRebuilder(db).RebuildPersonAsync(staffMemberId, SummaryTables.All, null);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Summaries rebuilt for one person: {rows:N0} rows in {clock.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }

    /// <summary>Recomputes every summary, printing progress and the time taken.</summary>
    public static async Task RebuildAsync(IServiceProvider services, TextWriter output, SummaryTables tables = SummaryTables.All)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var rebuilder = new LearningYearSummaryRebuilder(scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>());
        await output.WriteLineAsync($"Rebuilding the summaries the reports read ({tables})...");
        var clock = Stopwatch.StartNew();
        var rows = await rebuilder.RebuildAsync(tables, output);
        await rebuilder.RefreshStatisticsAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Summaries rebuilt: {rows:N0} rows in {clock.Elapsed.TotalSeconds:0.0} s (planner statistics refreshed)."));
    }
}
