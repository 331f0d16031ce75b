namespace CpdPortal.Domain.Imports;

/// <summary>What an uploaded file holds.</summary>
public enum ImportKind
{
    /// <summary>The HR staff file.</summary>
    Staff = 0,

    /// <summary>External course completions.</summary>
    CourseCompletions = 1,
}

/// <summary>
/// A file an administrator uploaded, waiting between its preview and their confirmation (docs/adr/0012). Only the
/// account that uploaded it can preview or apply it; it is deleted when applied, and old ones are cleared on the
/// next upload.
/// </summary>
public sealed class ImportUpload
{
    public const int FileNameMaxLength = 255;
    public const int AccountIdMaxLength = 450;

    /// <summary>How long an unconfirmed upload is kept.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private ImportUpload()
    {
        UploadedBy = string.Empty;
        FileName = string.Empty;
        Content = string.Empty;
    }

    public ImportUpload(Guid id, ImportKind kind, string uploadedBy, string fileName, string content, DateTimeOffset uploadedAt)
    {
        Id = id;
        Kind = kind;
        UploadedBy = uploadedBy;
        FileName = fileName.Length <= FileNameMaxLength ? fileName : fileName[..FileNameMaxLength];
        Content = content;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public ImportKind Kind { get; private set; }

    /// <summary>The Identity account id of the administrator who uploaded it.</summary>
    public string UploadedBy { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The file's text, as uploaded.</summary>
    public string Content { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
