namespace CpdPortal.Application.Activities;

/// <summary>
/// Where evidence files live: outside the web root, each under the generated name the database records. Names are
/// never taken from user input.
/// </summary>
public interface IEvidenceStore
{
    Task SaveAsync(string storedName, Stream content, CancellationToken ct = default);

    /// <summary>The file's content for reading, or null if it is missing.</summary>
    Stream? Open(string storedName);

    void Delete(string storedName);
}
