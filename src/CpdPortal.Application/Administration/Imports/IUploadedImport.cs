namespace CpdPortal.Application.Administration.Imports;

/// <summary>
/// A CSV import that waits in the database between its preview and its confirmation (docs/adr/0014): the staff import
/// and the course completions import both work this way, and the web layer drives both through this one shape.
/// </summary>
/// <typeparam name="TPreview">What the file would do, worked out from the file and the database, changing nothing.</typeparam>
/// <typeparam name="TResult">What confirming did, in counts for the banner and the audit.</typeparam>
public interface IUploadedImport<TPreview, TResult>
    where TPreview : class
    where TResult : class
{
    /// <summary>Stores the file for its preview, or says why it cannot be read.</summary>
    Task<UploadOutcome> UploadAsync(string accountId, string fileName, byte[] bytes, CancellationToken ct);

    /// <summary>The preview of the person's own upload (null for an unknown, expired or someone else's), one page each of its rows and errors.</summary>
    Task<TPreview?> PreviewAsync(Guid id, string accountId, int rowsPage, int errorsPage, CancellationToken ct);

    /// <summary>Applies the person's own upload once (null for an unknown, expired, applied or someone else's).</summary>
    Task<TResult?> ApplyAsync(Guid id, string accountId, CancellationToken ct);
}
