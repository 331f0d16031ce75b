using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpdPortal.Infrastructure.Files;

/// <summary>
/// Moving to the Database store (docs/adr/0016): evidence files that an older install kept in its folder are copied
/// into EvidenceContents at start-up, one by one, for the evidence records that have no content in the table yet.
/// Idempotent (a file already imported is skipped, so a second instance or a restart does nothing) and it never
/// deletes the folder: the administrator removes it once the portal has served the files from the database.
/// </summary>
public sealed partial class EvidenceFolderImport(CpdPortalDbContext db, ILogger<EvidenceFolderImport> logger)
{
    public async Task<int> ImportAsync(string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder).Any())
        {
            return 0;
        }

        var onDisk = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = await db.EvidenceFiles
            .Where(e => !db.EvidenceContents.Any(c => c.StoredName == e.StoredName))
            .Select(e => e.StoredName)
            .ToListAsync(ct);

        var imported = 0;
        foreach (var name in missing.Where(onDisk.Contains))
        {
            var content = await File.ReadAllBytesAsync(Path.Combine(folder, name), ct);
            db.EvidenceContents.Add(new EvidenceContent(name, content));
            try
            {
                await db.SaveChangesAsync(ct);
                imported++;
            }
            catch (DbUpdateException)
            {
                // Another instance imported it at the same moment.
            }

            db.ChangeTracker.Clear();
        }

        if (imported > 0)
        {
            LogImported(logger, imported);
        }

        return imported;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} evidence files from the old evidence folder into the database")]
    private static partial void LogImported(ILogger logger, int count);
}
