using System.Security.Cryptography;
using System.Text.Json;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace CpdPortal.Infrastructure.Backup;

/// <summary>
/// Backup and restore (docs/backup.md). A backup is a folder: the database (SQLite: a consistent copy made with
/// SQLite's online backup while the portal runs; a server database: left to its own tools, pg_dump or BACKUP
/// DATABASE), the folders of files the portal keeps beside it, and <c>manifest.json</c> with every table's row
/// count and every file's SHA-256, so a restore can be checked.
/// </summary>
public sealed class BackupService(CpdPortalDbContext db, IOptions<DatabaseOptions> database, IOptions<BackupFolders> folders, TimeProvider clock)
{
    public const string ManifestName = "manifest.json";
    public const string SqliteFileName = "cpdportal.db";

    private static readonly string[] SqliteJournals = ["-wal", "-shm"];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Writes a backup into <paramref name="target"/>, which must be missing or empty.</summary>
    public async Task<BackupManifest> BackupAsync(string target, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new BackupException($"{target} is not empty: back up into a new folder.");
        }

        Directory.CreateDirectory(target);
        var provider = database.Value.Provider;
        string? databaseFile = null;
        if (provider == DatabaseOptions.Sqlite)
        {
            databaseFile = SqliteFileName;
            await using var source = new SqliteConnection(db.Database.GetConnectionString());
            await source.OpenAsync(ct);
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(target, SqliteFileName), Pooling = false }.ToString());
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy);
        }

        var tables = await CountRowsAsync(ct);
        var files = new List<BackupFile>();
        foreach (var (name, folder) in folders.Value.Named())
        {
            if (Directory.Exists(folder))
            {
                files.AddRange(await CopyFolderAsync(folder, Path.Combine(target, name), name, ct));
            }
        }

        var migrations = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var manifest = new BackupManifest(
            Format: 1,
            Provider: provider,
            CreatedAt: clock.GetUtcNow(),
            LastMigration: migrations.LastOrDefault(),
            DatabaseFile: databaseFile,
            Tables: tables,
            Files: files);
        await File.WriteAllTextAsync(Path.Combine(target, ManifestName), JsonSerializer.Serialize(manifest, Json), ct);
        return manifest;
    }

    /// <summary>
    /// Puts a SQLite backup back: the database file to the configured path and the files to their folders, then checks
    /// every checksum. Refuses to overwrite an existing database unless <paramref name="force"/>, and then keeps the old
    /// one beside it. Run it while the portal is stopped. A server database is restored with its own tools first.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string source, bool force, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        source = Path.GetFullPath(source);
        var manifest = await ReadManifestAsync(source, ct);
        if (manifest.Provider != database.Value.Provider)
        {
            throw new BackupException($"The backup is of a {manifest.Provider} database but Database:Provider is {database.Value.Provider}.");
        }

        var stamp = clock.GetUtcNow().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        if (manifest.DatabaseFile is { } file)
        {
            var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var destination = Path.GetFullPath(connection.DataSource);
            if (File.Exists(destination))
            {
                if (!force)
                {
                    throw new BackupException($"A database already exists at {destination}: stop the portal and add --force to replace it (the old one is kept beside it).");
                }

                SqliteConnection.ClearAllPools();
                File.Move(destination, $"{destination}.before-restore-{stamp}");
                foreach (var journal in SqliteJournals.Select(s => destination + s).Where(File.Exists))
                {
                    File.Move(journal, $"{journal}.before-restore-{stamp}");
                }
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(source, file), destination);
        }

        foreach (var (name, folder) in folders.Value.Named())
        {
            var saved = Path.Combine(source, name);
            if (!Directory.Exists(saved))
            {
                continue;
            }

            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                if (!force)
                {
                    throw new BackupException($"{folder} is not empty: add --force to replace it (the old one is kept beside it).");
                }

                Directory.Move(folder, $"{folder.TrimEnd(Path.DirectorySeparatorChar)}.before-restore-{stamp}");
            }

            await CopyFolderAsync(saved, folder, name, ct);
        }

        foreach (var entry in manifest.Files)
        {
            var (name, folder) = folders.Value.Named().Single(f => entry.Path.StartsWith(f.Name + "/", StringComparison.Ordinal));
            var restored = Path.Combine(folder, entry.Path[(name.Length + 1)..]);
            if (!File.Exists(restored) || await Sha256Async(restored, ct) != entry.Sha256)
            {
                throw new BackupException($"{entry.Path} did not restore intact.");
            }
        }

        return manifest;
    }

    /// <summary>Every table of the model with its row count, for checking a restore.</summary>
    public async Task<SortedDictionary<string, long>> CountRowsAsync(CancellationToken ct = default)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetEntityTypes().Select(e => (Name: e.GetTableName(), Schema: e.GetSchema())).Where(t => t.Name is not null).Distinct())
        {
            var name = sql.DelimitIdentifier(table.Name!, table.Schema);
#pragma warning disable EF1002 // The table names come from the model, never from input.
            var count = await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS {sql.DelimitIdentifier("Value")} FROM {name}").SingleAsync(ct);
#pragma warning restore EF1002
            counts[table.Name!] = count;
        }

        return counts;
    }

    public static async Task<BackupManifest> ReadManifestAsync(string folder, CancellationToken ct = default)
    {
        var path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path))
        {
            throw new BackupException($"{folder} holds no {ManifestName}: it is not a CpdPortal backup.");
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct)
               ?? throw new BackupException($"{path} is empty.");
    }

    private static async Task<List<BackupFile>> CopyFolderAsync(string from, string to, string name, CancellationToken ct)
    {
        var files = new List<BackupFile>();
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(from, file);
            var destination = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
            files.Add(new BackupFile($"{name}/{relative.Replace(Path.DirectorySeparatorChar, '/')}", new FileInfo(destination).Length, await Sha256Async(destination, ct)));
        }

        return files;
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}

/// <summary>What a backup holds; written as manifest.json.</summary>
public sealed record BackupManifest(
    int Format,
    string Provider,
    DateTimeOffset CreatedAt,
    string? LastMigration,
    string? DatabaseFile,
    SortedDictionary<string, long> Tables,
    IReadOnlyList<BackupFile> Files);

/// <summary>A copied file: its path inside the backup ("evidence/abc.pdf"), size and SHA-256.</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);

/// <summary>The folders of files the portal keeps outside the database, by their name inside a backup.</summary>
public sealed class BackupFolders
{
    /// <summary>Evidence files kept on disk (Evidence:StoragePath), absolute.</summary>
    public string? Evidence { get; set; }

    /// <summary>Data-protection keys kept on disk by an older install (DataProtection:KeysPath), absolute.</summary>
    public string? Keys { get; set; }

    public IEnumerable<(string Name, string Folder)> Named()
    {
        if (!string.IsNullOrWhiteSpace(Evidence))
        {
            yield return ("evidence", Evidence);
        }

        if (!string.IsNullOrWhiteSpace(Keys))
        {
            yield return ("keys", Keys);
        }
    }
}

/// <summary>A backup or restore that cannot go ahead; the message says why and what to do.</summary>
public sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
