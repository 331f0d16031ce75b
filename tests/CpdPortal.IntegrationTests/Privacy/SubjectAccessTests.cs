using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using CpdPortal.Application.Activities;
using CpdPortal.Application.Privacy;
using CpdPortal.Domain.Auditing;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.TestCommon;
using CpdPortal.Web.Features.SubjectAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpdPortal.IntegrationTests.Privacy;

/// <summary>Subject access (issue 14): /my/export/everything for oneself, /admin/staff/{id}/subject-access for an administrator.</summary>
public sealed class SubjectAccessTests(CpdPortalFactory factory, ITestOutputHelper output) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task MyDownload_Practitioner_GetsEveryKindAsJsonAndCsvWithReadmeEvidenceAndDeletedEntries()
    {
        // Arrange
        var sam = await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Sam);
        var kept = await factory.AddEntryAsync(sam, "Sam's subject-access entry", new DateOnly(2026, 10, 1), "Sam's own reflection 51c2");
        var deleted = await factory.AddEntryAsync(sam, "Sam's deleted entry", new DateOnly(2026, 10, 2), "Deleted but still held 7a0e");
        await factory.ChangeAsync(async db => (await db.CpdActivities.Include(a => a.Evidence).SingleAsync(a => a.Id == deleted)).Delete(factory.Clock.GetUtcNow()));
        var pdf = PrivacyTestData.Pdf(200_000);
        await factory.AddEvidenceAsync(kept, "certificate (final).pdf", pdf);
        var jo = await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Jo);
        await factory.AddEntryAsync(jo, "Jo's entry not for Sam", new DateOnly(2026, 10, 1));
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync("/my/export/everything");
        var zip = await ReadZipAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".zip", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        foreach (var kind in new[] { "staff-record", "cpd-entries", "evidence-files", "supervision-records", "supervision-actions", "supervision-addenda", "supervision-given", "supervisor-lines", "plans", "plan-goals", "plan-reviews", "assessments", "bookings", "external-completions", "course-feedback", "course-follow-ups", "survey-rounds-answered", "notifications", "audit-entries" })
        {
            Assert.Contains($"{kind}.json", zip.Keys);
            Assert.Contains($"{kind}.csv", zip.Keys);
            Assert.Contains($"{kind}.json", Text(zip["README.txt"]), StringComparison.Ordinal);
        }

        var entries = JsonDocument.Parse(zip["cpd-entries.json"]).RootElement.EnumerateArray().ToList();
        var keptRow = entries.Single(e => e.GetProperty("Title").GetString() == "Sam's subject-access entry");
        Assert.Equal("Sam's own reflection 51c2", keptRow.GetProperty("What I learnt").GetString());
        var deletedRow = entries.Single(e => e.GetProperty("Title").GetString() == "Sam's deleted entry");
        Assert.False(string.IsNullOrEmpty(deletedRow.GetProperty("Deleted at").GetString()));
        Assert.Contains("Deleted but still held 7a0e", Text(zip["cpd-entries.csv"]), StringComparison.Ordinal);
        Assert.DoesNotContain("Jo's entry not for Sam", Text(zip["cpd-entries.csv"]), StringComparison.Ordinal);
        var evidence = zip.Keys.Single(k => k.StartsWith("evidence/", StringComparison.Ordinal) && k.EndsWith("certificate__final_.pdf", StringComparison.Ordinal));
        Assert.Equal(pdf, zip[evidence]);
        Assert.Contains(JsonDocument.Parse(zip["supervision-records.json"]).RootElement.EnumerateArray(), s => s.GetProperty("Supervisor").GetString() == "Alex Morgan");
        Assert.Contains("anonymous", Text(zip["README.txt"]), StringComparison.Ordinal);
        Assert.DoesNotContain(zip.Keys, k => k.Contains("survey-answers", StringComparison.Ordinal));
        var samId = sam.ToString(CultureInfo.InvariantCulture);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SubjectAccessExported && e.EntityId == samId && e.ActorEmail == DemoAccounts.Sam.Email)));
    }

    [Fact]
    public async Task MyExportPage_OffersTheDownload()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/my/export");

        // Assert
        Assert.Equal("/my/export/everything", document.GetSingle("[data-testid=download-everything]").GetAttribute("href"));
    }

    [Fact]
    public async Task MyDownload_AccountWithoutStaffRecord_IsForbiddenOrNotFound()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync("/my/export/everything");

        // Assert
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    [Fact]
    public async Task AdminDownload_AnyPerson_IsTheSameZipAndAuditedAsTheAdministrator()
    {
        // Arrange
        var jo = await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Jo);
        await factory.AddEntryAsync(jo, "Jo's entry for the request", new DateOnly(2026, 9, 9));
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var staffPage = await ade.GetDocumentAsync($"/admin/staff/{jo}");
        var page = await ade.GetDocumentAsync($"/admin/staff/{jo}/subject-access");
        using var response = await ade.GetAsync(page.GetSingle("[data-testid=download]").GetAttribute("href"));
        var zip = await ReadZipAsync(response);

        // Assert
        Assert.Equal($"/admin/staff/{jo}/subject-access", staffPage.GetSingle("[data-testid=subject-access]").GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jo's entry for the request", Text(zip["cpd-entries.csv"]), StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.Jo.Email, Text(zip["staff-record.csv"]), StringComparison.Ordinal);
        var joId = jo.ToString(CultureInfo.InvariantCulture);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SubjectAccessExported && e.EntityId == joId && e.ActorEmail == DemoAccounts.Ade.Email)));
    }

    [Theory]
    [InlineData("/admin/staff/999999/subject-access")]
    [InlineData("/admin/staff/999999/subject-access/download")]
    public async Task AdminDownload_UnknownPerson_Answers404AndAuditsNothing(string url)
    {
        // Arrange
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await ade.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SubjectAccessExported && e.EntityId == "999999")));
    }

    [Theory]
    [InlineData("lee.harris@demo.test")]
    [InlineData("alex.morgan@demo.test")]
    public async Task AdminDownload_NotAnAdministrator_Answers403(string who)
    {
        // Arrange
        var sam = await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Sam);
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync($"/admin/staff/{sam}/subject-access/download");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// Ten years of a heavy user's data (about 1,500 CPD entries, 120 supervision records, 40 MB of evidence, 1,000
    /// notifications, 3,000 audit entries). Measures the download and writes the time to the test output; the target
    /// (10 s) is checked by reading it, not asserted, because shared build machines vary.
    /// </summary>
    [Fact]
    public async Task MyDownload_TenYearsOfAHeavyUser_StreamsEverything()
    {
        // Arrange
        var id = await factory.AddHeavyUserAsync(years: 10);
        using var copy = new MemoryStream();
        var watch = Stopwatch.StartNew();

        // Act: what the download does, from the queries to the last byte of the zip (the HTTP response adds only the copy to the socket).
        await factory.WithScopeAsync(async services =>
        {
            var data = await services.GetRequiredService<SubjectAccessService>().GatherAsync(id);
            await SubjectAccessZipResult.WriteAsync(copy, data!, services.GetRequiredService<IEvidenceStore>(), default);
            return 0;
        });
        watch.Stop();

        // Assert
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Subject-access zip for 10 years of a heavy user: {copy.Length / 1024.0 / 1024.0:0.0} MB in {watch.Elapsed.TotalSeconds:0.00} s ({CpdPortalFactory.Provider})"));
        copy.Position = 0;
        using var archive = new ZipArchive(copy, ZipArchiveMode.Read);
        Assert.Equal(40, archive.Entries.Count(e => e.FullName.StartsWith("evidence/", StringComparison.Ordinal)));
        using var reader = new StreamReader(archive.GetEntry("cpd-entries.json")!.Open());
        var entries = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.GetArrayLength();
        Assert.Equal(1500, entries);
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    private static async Task<Dictionary<string, byte[]>> ReadZipAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return files;
    }
}
