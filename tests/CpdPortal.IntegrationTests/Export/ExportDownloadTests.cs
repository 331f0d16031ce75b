using System.Globalization;
using System.Net;
using System.Text;
using CpdPortal.Domain.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Registration;
using CpdPortal.TestCommon;
using CsvHelper;

namespace CpdPortal.IntegrationTests.Export;

/// <summary>
/// The CSV file and the printable page of /my/export on the fixed clock (22 November 2026). The learning year runs
/// from 1 April 2026 to 31 March 2027 and holds all four of Sam's seeded entries (three complete, one draft). Entries
/// the tests add are dated in 2024, outside every year the other tests export.
/// </summary>
public sealed class ExportDownloadTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string LearningYearCsv = "/my/export/download?Period=learning-year&Format=csv";
    private const string SamsDraft = "Research in Practice briefing on neglect";

    private static readonly string[] FullHeaders =
    [
        "Date", "End date", "Method", "Title", "Hours", "Days", "Status", "Certificated", "Description and relevance",
        "What I learnt", "Impact on practice and on children and families", "Peer", "Peer reflection", "Competence areas",
    ];

    private static readonly string[] SweHeaders =
    [
        "Type of CPD", "Short description and relevance", "Date", "What did you learn?",
        "Impact on your practice and on people who use services", "Peer reflection",
    ];

    [Fact]
    public async Task Download_Csv_SendsAUtf8CsvAttachmentNamedForToday()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync(LearningYearCsv);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment; filename=\"cpd-record-2026-11-22.csv\"", response.Content.Headers.ContentDisposition?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Download_CsvFullRecord_HasEveryColumnAndEveryEntryOfThePeriodWithTheDraftMarked()
    {
        // Arrange
        var expected = (await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Sam))
            .Where(a => a.Date >= new DateOnly(2026, 4, 1) && a.Date <= new DateOnly(2027, 3, 31))
            .ToList();
        Assert.Equal(4, expected.Count);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var (headers, rows) = await GetCsvAsync(client, LearningYearCsv);

        // Assert
        Assert.Equal(FullHeaders, headers);
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(expected.Select(a => a.Title).Order(StringComparer.Ordinal), rows.Select(r => r[3]).Order(StringComparer.Ordinal));
        Assert.Equal("Draft", rows.Single(r => r[3] == SamsDraft)[6]);
        var signsOfSafety = rows.Single(r => r[3] == "Signs of Safety: two-day foundation");
        Assert.Equal(["2026-10-01", "", "Workshop or course", "Signs of Safety: two-day foundation", "14.8", "2", "Complete", "Yes"], signsOfSafety.Take(8));
        Assert.Equal("My supervisor", signsOfSafety[11]);
        Assert.Equal("Critical reflection and analysis; Skills and interventions", signsOfSafety[13]);
    }

    [Fact]
    public async Task Download_CsvSweFields_HasSwesSixColumnsInOrderAndNoDrafts()
    {
        // Arrange
        var complete = (await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Sam))
            .Count(a => a.Status == ActivityStatus.Complete && a.Date >= new DateOnly(2025, 12, 1) && a.Date <= new DateOnly(2026, 11, 30));
        Assert.Equal(3, complete);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var (headers, rows) = await GetCsvAsync(client, "/my/export/download?Period=registration-year&Format=csv&SweFields=true");

        // Assert
        Assert.Equal(SweHeaders, headers);
        Assert.Equal(complete, rows.Count);
        Assert.DoesNotContain(rows, r => r[1] == "Reading on recognising cumulative harm.");
        var supervision = rows.Single(r => r[0] == "Supervision");
        Assert.Equal("2026-11-02", supervision[2]);
        Assert.Equal("Peer: A senior practitioner in my team. Their challenge showed me a second hypothesis I had not considered.", supervision[5]);
    }

    [Fact]
    public async Task Download_CsvCustomPeriod_HoldsOnlyTheEntriesDatedInIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var (_, rows) = await GetCsvAsync(client, Custom(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));

        // Assert
        var row = Assert.Single(rows);
        Assert.Equal("Signs of Safety: two-day foundation", row[3]);
    }

    [Fact]
    public async Task Download_CellsStartingWithAFormulaCharacter_AreNeutralisedWithAnApostrophe()
    {
        // Arrange
        var day = new DateOnly(2024, 6, 3);
        await CpdRecordTestData.AddActivityAsync(
            factory, DemoAccounts.Sam, "=HYPERLINK(\"http://example.test\",\"Click\")", day, description: "+1 more, \"quoted\"", peerName: "@team", peerReflection: "-2 was the score");
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var (_, full) = await GetCsvAsync(client, Custom(day, day));
        var (_, swe) = await GetCsvAsync(client, Custom(day, day) + "&SweFields=true");

        // Assert
        var row = Assert.Single(full);
        Assert.Equal("'=HYPERLINK(\"http://example.test\",\"Click\")", row[3]);
        Assert.Equal("'+1 more, \"quoted\"", row[8]);
        Assert.Equal("'@team", row[11]);
        Assert.Equal("'-2 was the score", row[12]);
        var sweRow = Assert.Single(swe);
        Assert.Equal("'+1 more, \"quoted\"", sweRow[1]);
    }

    [Fact]
    public async Task Download_DeletedEntry_IsNeverExported()
    {
        // Arrange
        var day = new DateOnly(2024, 7, 1);
        await CpdRecordTestData.AddActivityAsync(factory, DemoAccounts.Sam, "A deleted entry", day, deleted: true);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var (_, rows) = await GetCsvAsync(client, Custom(day, day));

        // Assert
        Assert.Empty(rows);
    }

    [Fact]
    public async Task Download_Jo_ExportsHerOwnEntriesOnlyAndIgnoresSwesFields()
    {
        // Arrange
        var jos = await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Jo);
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var (headers, rows) = await GetCsvAsync(client, LearningYearCsv + "&SweFields=true");

        // Assert
        Assert.Equal(FullHeaders, headers);
        Assert.Equal(jos.Select(a => a.Title).Order(StringComparer.Ordinal), rows.Select(r => r[3]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Download_PrintableFormat_RedirectsToThePrintablePageForTheSameChoice()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync("/my/export/download?Period=custom&From.Day=1&From.Month=10&From.Year=2026&To.Day=31&To.Month=10&To.Year=2026&Format=print&SweFields=true");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(
            "/my/export/print?Period=custom&From.Day=1&From.Month=10&From.Year=2026&To.Day=31&To.Month=10&To.Year=2026&SweFields=true",
            response.RedirectTarget());
    }

    [Fact]
    public async Task Print_LearningYear_ListsEveryEntryWithItsDetailsAndAPrintButton()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/export/print?Period=learning-year");

        // Assert
        Assert.Equal("CPD record of Sam Patel", document.GetSingle("main h1").NormalisedText());
        Assert.Equal("4 entries.", document.GetSingle("[data-testid=print-summary]").NormalisedText());
        var entries = document.QuerySelectorAll("[data-testid=print-entry]");
        Assert.Equal(4, entries.Length);
        var signsOfSafety = entries.Single(e => e.GetSingle("h2").NormalisedText() == "Signs of Safety: two-day foundation");
        Assert.Equal("1 October 2026", signsOfSafety.SummaryValue("Date"));
        Assert.Equal("Workshop or course", signsOfSafety.SummaryValue("Method"));
        Assert.Equal("14.8 (2 days)", signsOfSafety.SummaryValue("Hours"));
        Assert.Equal("How to write danger statements and safety goals in plain language that families can agree with.", signsOfSafety.SummaryValue("What I learnt"));
        var draft = entries.Single(e => e.GetSingle("h2").NormalisedText() == SamsDraft);
        Assert.Equal("Draft", draft.GetSingle(".govuk-tag").NormalisedText());
        Assert.Equal("Print this page", document.GetSingle("button[data-print]").NormalisedText());
        Assert.Single(document.QuerySelectorAll("script[type=module][src^='/js/print.mjs']"));
    }

    [Fact]
    public async Task Print_SweFields_ShowsCompletedEntriesInSwesFieldsOnly()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/export/print?Period=registration-year&SweFields=true");

        // Assert
        var entries = document.QuerySelectorAll("[data-testid=print-entry]");
        Assert.Equal(3, entries.Length);
        Assert.DoesNotContain(SamsDraft, document.Body!.NormalisedText(), StringComparison.Ordinal);
        Assert.All(entries, e => Assert.Equal(SweHeaders, e.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.NormalisedText())));
    }

    [Fact]
    public async Task GetPrintModule_Anyone_CallsWindowPrint()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/js/print.mjs");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("window.print()", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Custom(DateOnly from, DateOnly to) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"/my/export/download?Period=custom&Format=csv&From.Day={from.Day}&From.Month={from.Month}&From.Year={from.Year}&To.Day={to.Day}&To.Month={to.Month}&To.Year={to.Year}");

    /// <summary>Downloads a CSV and reads it back with CsvHelper: the header and each row's cells.</summary>
    private static async Task<(string[] Headers, List<string[]> Rows)> GetCsvAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        string[]? headers = null;
        while (await csv.ReadAsync())
        {
            var cells = csv.Parser.Record ?? [];
            if (headers is null)
            {
                headers = cells;
            }
            else
            {
                rows.Add(cells);
            }
        }

        Assert.NotNull(headers);
        return (headers, rows);
    }
}
