using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Activities;

/// <summary>The portal with the FileSystem evidence store (Evidence:Store) in a temporary folder of its own (Evidence:StoragePath).</summary>
public sealed class EvidenceStorageFactory : CpdPortalFactory
{
    public string EvidenceFolder { get; } = Path.Combine(Path.GetTempPath(), "cpdportal-evidence-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Evidence:Store", "FileSystem");
        builder.UseSetting("Evidence:StoragePath", EvidenceFolder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(EvidenceFolder))
        {
            Directory.Delete(EvidenceFolder, recursive: true);
        }
    }
}

/// <summary>Evidence files: PDF, PNG and JPEG by content, size and storage limits, owner-only download and removal.</summary>
public sealed class EvidenceTests(EvidenceStorageFactory factory) : IClassFixture<EvidenceStorageFactory>
{
    private const int Megabyte = 1024 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    [Fact]
    public async Task Upload_Pdf_IsStoredUnderAGeneratedNameAndListed()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with a certificate");
        var pdf = Pdf(2048);

        // Act
        using var response = await UploadAsync(client, id, pdf, "My certificate.pdf", "application/pdf");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/my/activities/{id}", response.RedirectTarget());
        var file = Assert.Single((await factory.FindActivityAsync(id))!.Evidence);
        Assert.Equal("My certificate.pdf", file.OriginalName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(pdf.Length, file.SizeBytes);
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", file.StoredName);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(factory.EvidenceFolder, file.StoredName)));
        Assert.False(File.Exists(Path.Combine(factory.EvidenceFolder, "My certificate.pdf")));

        var detail = await client.GetDocumentAsync($"/my/activities/{id}");
        Assert.Equal("File uploaded", detail.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        var link = detail.GetSingle($"[data-testid=evidence] tr[data-evidence-id='{file.Id}'] a");
        Assert.Equal("My certificate.pdf", link.NormalisedText());
        Assert.Equal($"/my/activities/{id}/evidence/{file.Id}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Upload_PdfNamedAsAWebPage_IsKeptUnderThePdfExtension()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with a misnamed file");

        // Act
        using var response = await UploadAsync(client, id, Pdf(512), "certificate.html", "text/html");

        // Assert: the bytes say PDF, so it is offered back as a PDF whatever it was called.
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var file = Assert.Single((await factory.FindActivityAsync(id))!.Evidence);
        Assert.Equal(("certificate.pdf", "application/pdf"), (file.OriginalName, file.ContentType));
        using var download = await client.GetAsync($"/my/activities/{id}/evidence/{file.Id}");
        Assert.Equal("certificate.pdf", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Theory]
    [InlineData("png", "badge.png", "image/png", ".png")]
    [InlineData("jpeg", "photo.jpg", "image/jpeg", ".jpg")]
    [InlineData("jpeg", "really-a-jpeg.png", "image/jpeg", ".jpg")]
    public async Task Upload_Image_IsRecognisedByItsContent(string kind, string fileName, string contentType, string extension)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, $"Entry with {fileName}");
        var bytes = kind == "png" ? Png : Jpeg;

        // Act
        using var response = await UploadAsync(client, id, bytes, fileName, "application/octet-stream");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var file = Assert.Single((await factory.FindActivityAsync(id))!.Evidence);
        Assert.Equal(contentType, file.ContentType);
        Assert.EndsWith(extension, file.StoredName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><script>alert(1)</script></html>", "certificate.pdf")]
    [InlineData("MZ\u0090\0 an executable", "certificate.pdf")]
    [InlineData("PK\u0003\u0004 a Word document", "certificate.docx")]
    [InlineData("%PD", "short.pdf")]
    public async Task Upload_NotPdfPngOrJpeg_IsRefusedWhateverItsName(string content, string fileName)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, $"Entry refusing {content.Length} {fileName}");

        // Act
        using var response = await UploadAsync(client, id, Encoding.UTF8.GetBytes(content), fileName, "application/pdf");

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "File", "The selected file must be a PDF, PNG or JPEG");
        Assert.Empty((await factory.FindActivityAsync(id))!.Evidence);
    }

    [Fact]
    public async Task Upload_NoFileOrAnEmptyOne_AsksToSelectAFile()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with nothing uploaded");
        using var noFile = new MultipartFormDataContent { { new StringContent(await client.AnyTokenAsync()), HtmlExtensions.AntiforgeryField } };

        // Act
        using var withoutFile = await client.PostAsync($"/my/activities/{id}/evidence", noFile);
        using var emptyFile = await UploadAsync(client, id, [], "empty.pdf", "application/pdf");

        // Assert
        await ActivityTestData.AssertFormErrorAsync(withoutFile, "File", "Select a file");
        await ActivityTestData.AssertFormErrorAsync(emptyFile, "File", "Select a file");
        Assert.Empty((await factory.FindActivityAsync(id))!.Evidence);
    }

    [Fact]
    public async Task Upload_LargerThanFiveMegabytes_IsRefusedWithTheFriendlyMessage()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with a big file");
        var files = Directory.GetFiles(factory.EvidenceFolder).Length;

        // Act
        using var response = await UploadAsync(client, id, Pdf((5 * Megabyte) + 1), "big.pdf", "application/pdf");

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "File", "The selected file must be smaller than 5MB");
        Assert.Empty((await factory.FindActivityAsync(id))!.Evidence);
        Assert.Equal(files, Directory.GetFiles(factory.EvidenceFolder).Length);
    }

    [Fact]
    public async Task Upload_OverTheRequestLimit_IsTurnedBackBeforeReadingWithTheFriendlyMessage()
    {
        // Arrange: a body bigger than the server would read (Kestrel would otherwise drop the connection).
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with a huge file");
        var files = Directory.GetFiles(factory.EvidenceFolder).Length;

        // Act
        using var response = await UploadAsync(client, id, Pdf((int)Web.Features.Activities.EvidenceController.UploadRequestLimit + 1), "huge.pdf", "application/pdf");
        var detail = await client.GetDocumentAsync(response.RedirectTarget()!);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/my/activities/{id}", response.RedirectTarget());
        Assert.Equal("Error: The selected file must be smaller than 5MB", detail.GetSingle("#File-error").NormalisedText());
        Assert.Contains("The selected file must be smaller than 5MB", detail.GetSingle(".govuk-error-summary").NormalisedText(), StringComparison.Ordinal);
        Assert.Empty((await factory.FindActivityAsync(id))!.Evidence);
        Assert.Equal(files, Directory.GetFiles(factory.EvidenceFolder).Length);
    }

    [Fact]
    public async Task Upload_ExactlyFiveMegabytes_IsAccepted()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with a file at the limit");

        // Act
        using var response = await UploadAsync(client, id, Pdf(5 * Megabyte), "limit.pdf", "application/pdf");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Single((await factory.FindActivityAsync(id))!.Evidence);
    }

    [Fact]
    public async Task Upload_OverThePersonsFiftyMegabytes_IsRefusedUntilSpaceIsFreed()
    {
        // Arrange: Lee already keeps 50MB less 100 bytes of evidence on one entry.
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var full = await factory.AddActivityAsync(DemoAccounts.Lee, "Entry holding most of the storage");
        await factory.QueryAsync(async db =>
        {
            var activity = await db.CpdActivities.SingleAsync(a => a.Id == full);
            for (var i = 0; i < 10; i++)
            {
                activity.AttachEvidence($"part {i}.pdf", $"{Guid.NewGuid():N}.pdf", "application/pdf", i == 9 ? (5 * Megabyte) - 100 : 5 * Megabyte, factory.Clock.GetUtcNow());
            }

            return await db.SaveChangesAsync();
        });
        var id = await factory.AddActivityAsync(DemoAccounts.Lee, "Entry over the quota");

        // Act
        using var refused = await UploadAsync(client, id, Pdf(1024), "one more.pdf", "application/pdf");
        await factory.QueryAsync(async db =>
        {
            // Deleting the entry that holds the files erases them, which frees their space.
            (await db.CpdActivities.Include(a => a.Evidence).SingleAsync(a => a.Id == full)).Delete(factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        using var accepted = await UploadAsync(client, id, Pdf(1024), "one more.pdf", "application/pdf");

        // Assert
        await ActivityTestData.AssertFormErrorAsync(refused, "File", "You have used your 50MB of evidence storage: remove a file before adding another");
        Assert.Equal(HttpStatusCode.Found, accepted.StatusCode);
        Assert.Single((await factory.FindActivityAsync(id))!.Evidence);
    }

    [Fact]
    public async Task Download_Owner_GetsAnAttachmentWithTheStoredContentType()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry to download from");
        var pdf = Pdf(4000);
        using (var upload = await UploadAsync(client, id, pdf, "Safeguarding certificate.pdf", "text/html"))
        {
            Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        }

        var evidenceId = Assert.Single((await factory.FindActivityAsync(id))!.Evidence).Id;

        // Act
        using var response = await client.GetAsync($"/my/activities/{id}/evidence/{evidenceId}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Safeguarding certificate.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Evidence_AnotherPractitionersFile_Answers404ForDownloadRemoveAndUpload()
    {
        // Arrange: Jo keeps a certificate on one of her entries.
        using var jo = factory.CreateClientFor(DemoAccounts.Jo);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var josEntry = await factory.AddActivityAsync(DemoAccounts.Jo, "Jo's entry with a certificate");
        using (var upload = await UploadAsync(jo, josEntry, Pdf(1000), "jo.pdf", "application/pdf"))
        {
            Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        }

        var josFile = Assert.Single((await factory.FindActivityAsync(josEntry))!.Evidence);
        var samsEntry = await factory.AddActivityAsync(DemoAccounts.Sam, "Sam's entry used to guess ids");
        var files = Directory.GetFiles(factory.EvidenceFolder).Length;

        // Act
        using var download = await sam.GetAsync($"/my/activities/{josEntry}/evidence/{josFile.Id}");
        using var throughOwnEntry = await sam.GetAsync($"/my/activities/{samsEntry}/evidence/{josFile.Id}");
        using var remove = await sam.PostFormAsync($"/my/activities/{josEntry}/evidence/{josFile.Id}/remove", [new(HtmlExtensions.AntiforgeryField, await sam.AnyTokenAsync())]);
        using var upload2 = await UploadAsync(sam, josEntry, Pdf(1000), "sam.pdf", "application/pdf");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughOwnEntry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upload2.StatusCode);
        Assert.DoesNotContain("%PDF", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stillThere = Assert.Single((await factory.FindActivityAsync(josEntry))!.Evidence);
        Assert.Equal(josFile.Id, stillThere.Id);
        Assert.True(File.Exists(Path.Combine(factory.EvidenceFolder, josFile.StoredName)));
        Assert.Equal(files, Directory.GetFiles(factory.EvidenceFolder).Length);
    }

    [Fact]
    public async Task Remove_OwnFile_DeletesTheRowAndTheStoredFile()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with a file to remove");
        using (var upload = await UploadAsync(client, id, Png, "remove me.png", "image/png"))
        {
            Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        }

        var file = Assert.Single((await factory.FindActivityAsync(id))!.Evidence);

        // Act
        using var response = await client.SubmitAsync(
            $"/my/activities/{id}",
            [],
            postPath: $"/my/activities/{id}/evidence/{file.Id}/remove",
            formSelector: $"form[action='/my/activities/{id}/evidence/{file.Id}/remove']");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/my/activities/{id}", response.RedirectTarget());
        Assert.Empty((await factory.FindActivityAsync(id))!.Evidence);
        Assert.False(File.Exists(Path.Combine(factory.EvidenceFolder, file.StoredName)));
        using var download = await client.GetAsync($"/my/activities/{id}/evidence/{file.Id}");
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Fact]
    public async Task Delete_EntryWithAFile_ErasesTheFileAndItsDownloadAnswers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry deleted with its file");
        using (var upload = await UploadAsync(client, id, Pdf(100), "kept.pdf", "application/pdf"))
        {
            Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        }

        var file = Assert.Single((await factory.FindActivityAsync(id))!.Evidence);
        using (var delete = await client.SubmitAsync($"/my/activities/{id}/delete", []))
        {
            Assert.Equal(HttpStatusCode.Found, delete.StatusCode);
        }

        // Act
        using var response = await client.GetAsync($"/my/activities/{id}/evidence/{file.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(factory.EvidenceFolder, file.StoredName)), "Deleting an entry erases its evidence files.");
        var activity = await factory.FindActivityAsync(id);
        Assert.NotNull(activity?.DeletedAt);
        Assert.Empty(activity!.Evidence);
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_Answers400AndStoresNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with a forged upload");
        await client.GetDocumentAsync($"/my/activities/{id}");
        var files = Directory.GetFiles(factory.EvidenceFolder).Length;
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf(100));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "File", "forged.pdf");

        // Act
        using var response = await client.PostAsync($"/my/activities/{id}/evidence", content);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await factory.FindActivityAsync(id))!.Evidence);
        Assert.Equal(files, Directory.GetFiles(factory.EvidenceFolder).Length);
    }

    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, (byte)' ');
        "%PDF-1.7\n"u8.ToArray().AsSpan(0, Math.Min(9, length)).CopyTo(bytes);
        return bytes;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int activityId, byte[] bytes, string fileName, string contentType)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(await client.AnyTokenAsync()), HtmlExtensions.AntiforgeryField);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "File", fileName);
        return await client.PostAsync($"/my/activities/{activityId}/evidence", content);
    }
}
