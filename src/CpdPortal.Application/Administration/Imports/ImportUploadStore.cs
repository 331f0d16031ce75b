using CpdPortal.Application.Common;
using CpdPortal.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Administration.Imports;

/// <summary>The result of an upload: the id of the stored file to preview, or why the file was refused.</summary>
public sealed record UploadOutcome(Guid? Id, string? Error);

/// <summary>A stored upload as a preview or an apply reads it.</summary>
public sealed record StoredUpload(Guid Id, string FileName, CsvContent Content);

/// <summary>
/// Keeps uploaded files in the database between preview and confirmation (docs/adr/0014): never in the cookie,
/// only for the account that uploaded them, cleared once applied or after <see cref="ImportUpload.KeptFor"/>.
/// </summary>
public sealed class ImportUploadStore(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>Checks the file's shape (text, comma-separated, header, row count) and stores it; a bad file stores nothing.</summary>
    public Task<UploadOutcome> StoreAsync(ImportKind kind, IReadOnlyList<string> columns, string accountId, string fileName, byte[] bytes, CancellationToken ct) =>
        StoreAsync(kind, columns, [], accountId, fileName, bytes, ct);

    /// <summary>As the other overload, for a file whose header may also name any of <paramref name="optionalColumns"/>.</summary>
    public async Task<UploadOutcome> StoreAsync(ImportKind kind, IReadOnlyList<string> columns, IReadOnlyList<string> optionalColumns, string accountId, string fileName, byte[] bytes, CancellationToken ct)
    {
        var (text, error) = ImportCsvReader.Decode(bytes);
        if (text is null)
        {
            return new UploadOutcome(null, error);
        }

        var content = ImportCsvReader.Read(text, columns, optionalColumns);
        if (content.Error is not null)
        {
            return new UploadOutcome(null, content.Error);
        }

        var now = clock.GetUtcNow();
        var stale = now - ImportUpload.KeptFor;
        await db.ImportUploads.Where(u => u.UploadedAt < stale).ExecuteDeleteAsync(ct);
        var upload = new ImportUpload(Guid.NewGuid(), kind, accountId, Path.GetFileName(fileName), text, now);
        db.ImportUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        return new UploadOutcome(upload.Id, null);
    }

    /// <summary>The upload, read again; null when it does not exist, is of another kind, or another account uploaded it.</summary>
    public Task<StoredUpload?> LoadAsync(Guid id, ImportKind kind, string accountId, IReadOnlyList<string> columns, CancellationToken ct) =>
        LoadAsync(id, kind, accountId, columns, [], ct);

    /// <summary>As the other overload, for a file whose header may also name any of <paramref name="optionalColumns"/>.</summary>
    public async Task<StoredUpload?> LoadAsync(Guid id, ImportKind kind, string accountId, IReadOnlyList<string> columns, IReadOnlyList<string> optionalColumns, CancellationToken ct)
    {
        var upload = await db.ImportUploads.AsNoTracking()
            .Where(u => u.Id == id && u.Kind == kind && u.UploadedBy == accountId)
            .Select(u => new { u.Id, u.FileName, u.Content })
            .SingleOrDefaultAsync(ct);
        return upload is null ? null : new StoredUpload(upload.Id, upload.FileName, ImportCsvReader.Read(upload.Content, columns, optionalColumns));
    }

    /// <summary>Removes an applied upload (in the caller's unit of work).</summary>
    /// <summary>
    /// Removes the upload; how many rows went (0 or 1). Called first inside the confirming transaction, it claims the
    /// upload: a second confirmation of the same file at the same moment removes nothing and applies nothing.
    /// </summary>
    public Task<int> ForgetAsync(Guid id, CancellationToken ct) =>
        db.ImportUploads.Where(u => u.Id == id).ExecuteDeleteAsync(ct);
}
