using CpdPortal.Infrastructure.Files;

namespace CpdPortal.Infrastructure.Tests.Files;

public sealed class FileSystemEvidenceStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cpdportal-store-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Create_NoConfiguredPath_UsesAppDataEvidenceUnderTheContentRoot()
    {
        // Act
        _ = FileSystemEvidenceStore.Create(null, _root);

        // Assert
        Assert.True(Directory.Exists(Path.Combine(_root, "App_Data", "evidence")));
    }

    [Fact]
    public async Task SaveOpenDelete_GeneratedName_RoundTrips()
    {
        // Arrange
        var store = new FileSystemEvidenceStore(_root);
        var bytes = "%PDF-1.7 test"u8.ToArray();

        // Act
        using (var input = new MemoryStream(bytes))
        {
            await store.SaveAsync("0123456789abcdef0123456789abcdef.pdf", input);
        }

        byte[] read;
        await using (var output = await store.OpenAsync("0123456789abcdef0123456789abcdef.pdf"))
        {
            Assert.NotNull(output);
            using var copy = new MemoryStream();
            await output.CopyToAsync(copy);
            read = copy.ToArray();
        }

        await store.DeleteAsync("0123456789abcdef0123456789abcdef.pdf");

        // Assert
        Assert.Equal(bytes, read);
        Assert.Null(await store.OpenAsync("0123456789abcdef0123456789abcdef.pdf"));
    }

    [Theory]
    [InlineData("../outside.pdf")]
    [InlineData("sub/inside.pdf")]
    [InlineData("..")]
    [InlineData("")]
    public async Task Open_NameThatIsNotAGeneratedOne_Throws(string name)
    {
        // Arrange
        var store = new FileSystemEvidenceStore(_root);

        // Act and assert
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenAsync(name));
    }
}
