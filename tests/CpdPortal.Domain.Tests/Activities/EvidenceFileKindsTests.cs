using CpdPortal.Domain.Activities;

namespace CpdPortal.Domain.Tests.Activities;

public class EvidenceFileKindsTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, "image/jpeg")]
    public void Detect_AllowedFile_RecognisedByItsBytes(byte[] head, string contentType)
    {
        Assert.Equal(contentType, EvidenceFileKinds.Detect(head));
    }

    [Theory]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38 })]
    [InlineData(new byte[] { })]
    public void Detect_HtmlZipGifOrEmpty_IsRefused(byte[] head)
    {
        Assert.Null(EvidenceFileKinds.Detect(head));
    }
}
