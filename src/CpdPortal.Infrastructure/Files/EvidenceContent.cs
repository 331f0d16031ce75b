namespace CpdPortal.Infrastructure.Files;

/// <summary>The bytes of one evidence file, keyed by its generated stored name (table EvidenceContents; docs/adr/0016).</summary>
public sealed class EvidenceContent
{
    public const int StoredNameMaxLength = 64;

    public EvidenceContent(string storedName, byte[] content)
    {
        StoredName = storedName;
        Content = content;
    }

    public string StoredName { get; private set; }

    public byte[] Content { get; private set; }
}
