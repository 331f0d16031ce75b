namespace CpdPortal.Domain.Activities;

/// <summary>Which evidence files are accepted: PDF, PNG and JPEG, recognised by their first bytes, not their names.</summary>
public static class EvidenceFileKinds
{
    public static readonly IReadOnlyList<string> AllowedDescription = ["PDF", "PNG", "JPEG"];

    /// <summary>The safe content type for a file that starts with these bytes, or null if it is not allowed.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an evidence file type."),
    };
}
