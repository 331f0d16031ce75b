namespace CpdPortal.Application.Activities;

/// <summary>
/// Where evidence files' bytes live, each under the generated name the database records (names are never taken from
/// user input): in the database itself by default, or in a folder (docs/adr/0016).
/// </summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Keeps the content under <paramref name="storedName"/>. The database store adds it to the caller's unit of
    /// work, so the caller's next SaveChanges writes the bytes and the record together; the folder store writes the
    /// file at once, and the caller deletes it again if its SaveChanges fails.
    /// </summary>
    Task SaveAsync(string storedName, Stream content, CancellationToken ct = default);

    /// <summary>The file's content for reading (the caller disposes it), or null if it is missing.</summary>
    Task<Stream?> OpenAsync(string storedName, CancellationToken ct = default);

    /// <summary>Erases the content, after the caller has saved the record's removal.</summary>
    Task DeleteAsync(string storedName, CancellationToken ct = default);
}
