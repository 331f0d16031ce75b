namespace CpdPortal.Domain.Activities;

/// <summary>A file (e.g. a certificate) kept as evidence for an activity. Stored outside the web root under a generated name.</summary>
public sealed class EvidenceFile
{
    private EvidenceFile()
    {
        OriginalName = string.Empty;
        StoredName = string.Empty;
        ContentType = string.Empty;
    }

    internal EvidenceFile(string originalName, string storedName, string contentType, long sizeBytes, DateTimeOffset uploadedAt)
    {
        OriginalName = originalName;
        StoredName = storedName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public int ActivityId { get; private set; }

    /// <summary>The name the user's file had, cleaned, for display and download only.</summary>
    public string OriginalName { get; private set; }

    /// <summary>The generated name on disk; never derived from user input.</summary>
    public string StoredName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
