using CpdPortal.Infrastructure.Backup;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// <c>dotnet CpdPortal.Web.dll backup --to DIR</c> copies a consistent snapshot while the portal runs;
/// <c>dotnet CpdPortal.Web.dll restore --from DIR [--force]</c> puts one back while it is stopped (docs/backup.md).
/// Both exit without starting the web server, and neither migrates nor seeds the database.
/// </summary>
public static class BackupCommands
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public static bool IsRequested(string[] args) => args is [Backup or Restore, ..];

    /// <summary>Runs the command; the exit code is 0 when it succeeded.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var backup = args[0] == Backup;
        var folder = ValueOf(args, backup ? "--to" : "--from");
        if (folder is null)
        {
            await output.WriteLineAsync(backup
                ? $"Usage: dotnet CpdPortal.Web.dll {Backup} --to DIR"
                : $"Usage: dotnet CpdPortal.Web.dll {Restore} --from DIR [--force]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<BackupService>();
        try
        {
            var manifest = backup
                ? await service.BackupAsync(folder)
                : await service.RestoreAsync(folder, force: args.Contains("--force"));
            var rows = manifest.Tables.Values.Sum();
            await output.WriteLineAsync(backup
                ? $"Backed up {manifest.Tables.Count} tables ({rows} rows) and {manifest.Files.Count} files to {Path.GetFullPath(folder)}."
                : $"Restored {manifest.Files.Count} files and the database of {manifest.CreatedAt:u} ({rows} rows when backed up). Start the portal.");
            if (manifest.DatabaseFile is null)
            {
                await output.WriteLineAsync(backup
                    ? $"The {manifest.Provider} database itself is not in this folder: back it up with its own tools (pg_dump, or BACKUP DATABASE on SQL Server); see docs/backup.md."
                    : $"Restore the {manifest.Provider} database with its own tools (pg_restore, or RESTORE DATABASE) before starting the portal; see docs/backup.md.");
            }

            return 0;
        }
        catch (BackupException ex)
        {
            await output.WriteLineAsync($"{(backup ? "Backup" : "Restore")} failed: {ex.Message}");
            return 1;
        }
    }

    private static string? ValueOf(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
