using System.Net;
using System.Net.Http.Headers;
using CpdPortal.Infrastructure.Files;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.SeveralInstances;

/// <summary>
/// The default evidence store (Evidence:Store = Database) on the embedded SQLite database: the bytes live in
/// EvidenceContents beside their record, and an older install's evidence folder is imported once. PostgreSQL is
/// covered by <see cref="TwoInstancesEndToEndTests"/>.
/// </summary>
public sealed class DatabaseEvidenceTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public async Task Upload_Pdf_KeepsTheBytesInTheDatabaseAndDownloadsThemIdentical()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with evidence in the database");
        var pdf = TwoInstancesEndToEndTests.Pdf(200 * 1024);

        // Act
        using var upload = await UploadAsync(client, id, pdf, "certificate.pdf");
        var file = Assert.Single((await factory.FindActivityAsync(id))!.Evidence);
        using var download = await client.GetAsync($"/my/activities/{id}/evidence/{file.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        Assert.Equal(pdf, await factory.QueryAsync(db => db.EvidenceContents.Where(c => c.StoredName == file.StoredName).Select(c => c.Content).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Remove_Evidence_ErasesItsBytesFromTheDatabase()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry whose evidence is removed");
        using (var upload = await UploadAsync(client, id, TwoInstancesEndToEndTests.Pdf(4096), "to-remove.pdf"))
        {
            Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        }

        var file = Assert.Single((await factory.FindActivityAsync(id))!.Evidence);

        // Act
        using var remove = await client.PostFormAsync($"/my/activities/{id}/evidence/{file.Id}/remove", [new(HtmlExtensions.AntiforgeryField, await client.AnyTokenAsync())]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, remove.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.EvidenceContents.AnyAsync(c => c.StoredName == file.StoredName)));
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_IsRefusedWithTheGovukMessageAndNothingStored()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry with a big file in the database");
        var stored = await factory.QueryAsync(db => db.EvidenceContents.CountAsync());

        // Act
        using var response = await UploadAsync(client, id, TwoInstancesEndToEndTests.Pdf((5 * Megabyte) + 1), "big.pdf");

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "File", "The selected file must be smaller than 5MB");
        Assert.Equal(stored, await factory.QueryAsync(db => db.EvidenceContents.CountAsync()));
    }

    [Fact]
    public async Task ImportFolder_FilesFromAnOlderInstall_AreImportedOnceAndDownload()
    {
        // Arrange: an evidence record whose file an older install kept on disk, and a stray file nobody refers to.
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry from before the database store");
        var folder = Path.Combine(Path.GetTempPath(), "cpdportal-old-evidence", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var storedName = Guid.NewGuid().ToString("N") + ".pdf";
        var pdf = TwoInstancesEndToEndTests.Pdf(10 * 1024);
        await File.WriteAllBytesAsync(Path.Combine(folder, storedName), pdf);
        await File.WriteAllBytesAsync(Path.Combine(folder, "stray.pdf"), pdf);
        var evidenceId = await factory.QueryAsync(async db =>
        {
            var activity = await db.CpdActivities.SingleAsync(a => a.Id == id);
            var file = activity.AttachEvidence("old certificate.pdf", storedName, "application/pdf", pdf.Length, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return file.Id;
        });

        try
        {
            // Act: what start-up does, twice (a restart, or a second instance).
            var first = await factory.WithScopeAsync(sp => sp.GetRequiredService<EvidenceFolderImport>().ImportAsync(folder));
            var second = await factory.WithScopeAsync(sp => sp.GetRequiredService<EvidenceFolderImport>().ImportAsync(folder));
            using var download = await client.GetAsync($"/my/activities/{id}/evidence/{evidenceId}");

            // Assert
            Assert.Equal(1, first);
            Assert.Equal(0, second);
            Assert.False(await factory.QueryAsync(db => db.EvidenceContents.AnyAsync(c => c.StoredName == "stray.pdf")));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
            Assert.True(File.Exists(Path.Combine(folder, storedName)), "The import never deletes the old folder.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int activityId, byte[] bytes, string fileName)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(await client.AnyTokenAsync()), HtmlExtensions.AntiforgeryField);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "File", fileName);
        return await client.PostAsync($"/my/activities/{activityId}/evidence", content);
    }
}
