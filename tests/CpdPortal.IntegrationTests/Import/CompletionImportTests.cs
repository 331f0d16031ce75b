using System.Net;
using System.Text;
using CpdPortal.Application.Auditing;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Auditing;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using static CpdPortal.IntegrationTests.Import.ImportTestData;

namespace CpdPortal.IntegrationTests.Import;

/// <summary>/admin/import/completions: external course completions become completed CPD entries, exactly once.</summary>
public sealed class CompletionImportTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Header = "staff number,course,date,hours,certificated";
    private const string Course = "Signs of Safety: two-day foundation";

    private static string Csv(params string[] rows) => Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    private static async Task<(string Path, AngleSharp.Html.Dom.IHtmlDocument Preview)> PreviewAsync(HttpClient client, string csv)
    {
        using var response = await client.UploadAsync(Encoding.UTF8.GetBytes(csv), "completions.csv", "/admin/import/completions", "CompletionsFile");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var path = response.RedirectTarget()!;
        return (path, await client.GetDocumentAsync(path));
    }

    [Fact]
    public async Task Confirm_GoodFile_RecordsCompletedEntriesOnceAndAudits()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var sam = await factory.StaffNumberAsync("sam.patel@demo.test");
        var samId = (await factory.StaffAsync(sam))!.Id;
        var csv = Csv($"{sam},{Course},2026-10-14,7.5,yes", $"{sam},signs of safety: TWO-DAY foundation,15/10/2026,7,no");
        var (path, preview) = await PreviewAsync(client, csv);
        var entriesBefore = await factory.QueryAsync(db => db.CpdActivities.CountAsync(a => a.StaffMemberId == samId));

        // Act
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        Assert.Equal("2", preview.SummaryValue("Completions to record"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var flash = (await client.GetDocumentAsync("/admin/import")).GetSingle("[data-testid='flash']").NormalisedText();
        Assert.Contains("Completions imported: 2 recorded, 0 already recorded, 0 rows with errors skipped", flash, StringComparison.Ordinal);
        var entries = await factory.QueryAsync(db => db.CpdActivities.Where(a => a.StaffMemberId == samId && a.CourseId != null && a.Date >= new DateOnly(2026, 10, 14) && a.Date <= new DateOnly(2026, 10, 15))
            .OrderBy(a => a.Date).Select(a => new { a.Title, a.Hours, a.Certificated, a.Status }).ToListAsync());
        Assert.Equal(entriesBefore + 2, await factory.QueryAsync(db => db.CpdActivities.CountAsync(a => a.StaffMemberId == samId)));
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(ActivityStatus.Complete, e.Status));
        Assert.Equal([7.5m, 7m], entries.Select(e => e.Hours));
        Assert.Equal([true, false], entries.Select(e => e.Certificated));
        var audit = (await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.CompletionsImported)))[0];
        Assert.Equal(AuditEntityTypes.Import, audit.EntityType);
        Assert.Equal("c2 n0 s0", audit.EntityId);
    }

    [Fact]
    public async Task Confirm_SameFileAgain_RecordsNothingNew()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var jo = await factory.StaffNumberAsync("jo.okafor@demo.test");
        var csv = Csv($"{jo},{Course},2026-09-01,6,yes");
        var first = await PreviewAsync(client, csv);
        (await client.ConfirmAsync(first.Path, first.Preview)).Dispose();
        var before = await factory.QueryAsync(db => db.CpdActivities.CountAsync());

        // Act
        var (path, preview) = await PreviewAsync(client, csv);
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        Assert.Equal("0", preview.SummaryValue("Completions to record"));
        Assert.Equal("1", preview.SummaryValue("Already recorded"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.CpdActivities.CountAsync()));
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "{sam},{course},23/11/2026,3,yes", "date", "The date must be today or in the past" },
        { "{sam},{course},2026-02-30,3,yes", "date", "Enter the date as a real date, like 27/03/2026 or 2026-03-27" },
        { "{sam},{course},2026-10-01,0,yes", "hours", "The hours must be more than 0 and no more than 100" },
        { "{sam},{course},2026-10-01,101,yes", "hours", "The hours must be more than 0 and no more than 100" },
        { "{sam},{course},2026-10-01,30,yes", "hours", "24" },
        { "{sam},{course},2026-10-01,3,maybe", "certificated", "Enter yes or no for certificated" },
        { "NOBODY1,{course},2026-10-01,3,yes", "staff number", "There is no staff member with staff number NOBODY1" },
        { "{sam},Underwater basket weaving,2026-10-01,3,yes", "course", "There is no course called \"Underwater basket weaving\" in the catalogue; add it or correct the title" },
        { "{sam},=1+1,2026-10-01,3,yes", "course", "starts with =, +, - or @" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Preview_BadRow_ListsItAndOffersNothingToConfirm(string row, string column, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var sam = await factory.StaffNumberAsync("sam.patel@demo.test");
        var before = await factory.QueryAsync(db => db.ExternalCompletions.CountAsync());

        // Act
        var (_, preview) = await PreviewAsync(client, Csv(row.Replace("{sam}", sam, StringComparison.Ordinal).Replace("{course}", Course, StringComparison.Ordinal)));

        // Assert
        var error = Assert.Single(preview.Errors());
        Assert.StartsWith($"2|{column}|", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Null(preview.QuerySelector("[data-testid='confirm']"));
        Assert.Equal(before, await factory.QueryAsync(db => db.ExternalCompletions.CountAsync()));
    }

    [Fact]
    public async Task Preview_LeaverAndDuplicateRow_AreErrors()
    {
        // Arrange: a leaver made by the staff import.
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var staff = await client.PreviewAsync(ImportTestData.Csv(Row("L900", leave: "2026-01-31")));
        (await client.ConfirmAsync(staff.Path, staff.Preview)).Dispose();
        var sam = await factory.StaffNumberAsync("sam.patel@demo.test");
        var csv = Csv($"L900,{Course},2026-01-10,3,yes", $"{sam},{Course},2026-08-08,3,yes", $"{sam},{Course},08/08/2026,3,no");

        // Act
        var (_, preview) = await PreviewAsync(client, csv);

        // Assert
        Assert.Equal(
            ["2|staff number|Staff number L900 has left, so their record is closed", "4|row|The same completion is on row 3"],
            preview.Errors());
        Assert.Equal("1", preview.SummaryValue("Completions to record"));
    }

    [Fact]
    public async Task Upload_WrongHeader_Answers400BesideTheCompletionsFile()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.UploadAsync(Encoding.UTF8.GetBytes("staff number,course code,date,hours,certificated\r\n"), "c.csv", "/admin/import/completions", "CompletionsFile");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Error: The header is missing: course; the header has columns the import does not know: course code", document.GetSingle("#CompletionsFile-error").NormalisedText());
        Assert.Null(document.QuerySelector("#StaffFile-error"));
    }

    [Fact]
    public async Task Confirm_WithoutToken_Answers400AndRecordsNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var sam = await factory.StaffNumberAsync("sam.patel@demo.test");
        var (path, _) = await PreviewAsync(client, Csv($"{sam},{Course},2026-07-07,3,yes"));
        var before = await factory.QueryAsync(db => db.ExternalCompletions.CountAsync());

        // Act
        using var response = await client.PostFormAsync(path, []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.ExternalCompletions.CountAsync()));
    }

    [Fact]
    public async Task Preview_StaffUploadId_Answers404()
    {
        // Arrange: an upload of the other kind is not a completions upload.
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var (staffPath, _) = await client.PreviewAsync(ImportTestData.Csv(Row("K1")));

        // Act
        using var response = await client.GetAsync(staffPath.Replace("/admin/import/", "/admin/import/completions/", StringComparison.Ordinal));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
