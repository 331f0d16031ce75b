using CpdPortal.Application.Activities;

namespace CpdPortal.Application.Tests.Activities;

public class EvidenceFileNameTests
{
    [Theory]
    [InlineData("certificate.pdf", "certificate.pdf")]
    [InlineData("  My certificate.pdf  ", "My certificate.pdf")]
    [InlineData("C:\\Users\\sam\\Documents\\cert.pdf", "cert.pdf")]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("bell\u0007\r\nname.jpg", "bellname.jpg")]
    [InlineData("quote\"name.pdf", "quotename.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData(".hidden.pdf", "hidden.pdf")]
    public void Clean_UsersName_KeepsOnlyASafeDisplayName(string name, string expected)
    {
        // Act
        var cleaned = EvidenceFileName.Clean(name, "evidence.pdf");

        // Assert
        Assert.Equal(expected, cleaned);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("folder/")]
    [InlineData("\u0001\u0002")]
    [InlineData("...")]
    public void Clean_NothingLeft_UsesTheFallback(string? name)
    {
        // Act
        var cleaned = EvidenceFileName.Clean(name, "evidence.pdf");

        // Assert
        Assert.Equal("evidence.pdf", cleaned);
    }

    [Fact]
    public void Clean_LongName_IsCutTo200KeepingTheExtension()
    {
        // Arrange
        var name = new string('a', 300) + ".pdf";

        // Act
        var cleaned = EvidenceFileName.Clean(name, "evidence.pdf");

        // Assert
        Assert.Equal(200, cleaned.Length);
        Assert.EndsWith("a.pdf", cleaned, StringComparison.Ordinal);
    }
}
