namespace CpdPortal.Infrastructure.Files;

/// <summary>Where evidence files' bytes are kept (section "Evidence"; docs/adr/0016).</summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Evidence";
    public const string Database = nameof(Database);
    public const string FileSystem = nameof(FileSystem);

    /// <summary>"Database" (the default: every instance reaches them, and they are in the database's backup) or "FileSystem".</summary>
    public string Store { get; set; } = Database;

    /// <summary>
    /// The folder for the FileSystem store (absolute, or relative to the content root; default App_Data/evidence).
    /// With the Database store, files still found there from an older install are imported once at start-up.
    /// </summary>
    public string? StoragePath { get; set; }
}
