using CpdPortal.Application.Activities;

namespace CpdPortal.Infrastructure.Files;

/// <summary>
/// Evidence files in a folder on disk, outside the web root (Evidence:Store = FileSystem; "Evidence:StoragePath",
/// default App_Data/evidence under the content root). With several instances the folder must be one shared network
/// folder (docs/adr/0016). Only generated names are accepted, so nothing can leave the folder.
/// </summary>
public sealed class FileSystemEvidenceStore : IEvidenceStore
{
    public const string ConfigurationKey = EvidenceOptions.SectionName + ":" + nameof(EvidenceOptions.StoragePath);
    public const string DefaultPath = "App_Data/evidence";

    private readonly string _root;

    public FileSystemEvidenceStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    /// <summary>The store for a configured path (absolute, or relative to the content root).</summary>
    public static FileSystemEvidenceStore Create(string? configuredPath, string contentRoot) =>
        new(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(configuredPath) ? DefaultPath : configuredPath));

    public async Task SaveAsync(string storedName, Stream content, CancellationToken ct = default)
    {
        var path = PathOf(storedName);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        try
        {
            await using (stream)
            {
                await content.CopyToAsync(stream, ct);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public Task<Stream?> OpenAsync(string storedName, CancellationToken ct = default)
    {
        var path = PathOf(storedName);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string storedName, CancellationToken ct = default)
    {
        File.Delete(PathOf(storedName));
        return Task.CompletedTask;
    }

    private string PathOf(string storedName)
    {
        if (string.IsNullOrWhiteSpace(storedName) || Path.GetFileName(storedName) != storedName || storedName.Contains("..", StringComparison.Ordinal)
            || storedName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || storedName.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException("Not a generated evidence file name.", nameof(storedName));
        }

        return Path.Combine(_root, storedName);
    }
}
