using System.Net;
using System.Text;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>/reports and each report for the two roles that may read them, on the seeded demo council.</summary>
public sealed class ReportPagesTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var who in new[] { DemoAccounts.Lee.Email, DemoAccounts.Ade.Email })
        {
            foreach (var slug in new[] { "entitlement", "plans", "supervision", "registration", "courses", "mapping-coverage", "stages", "stages-over-time", "workforce" })
            {
                data.Add(who, slug);
            }
        }

        return data;
    }

    [Fact]
    public async Task Index_Lee_ShowsAHeadlineForEachReport()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync("/reports");

        // Assert
        var rows = document.QuerySelectorAll("[data-testid=headlines] [data-report]");
        Assert.Equal(["entitlement", "plans", "supervision", "registration", "courses", "mapping-coverage", "stages", "stages-over-time", "workforce", "compliance", "survey"], rows.Select(r => r.GetAttribute("data-report")));
        Assert.All(rows.SkipLast(2), r => Assert.Matches(@"\d", r.GetSingle("dd.govuk-summary-list__value").NormalisedText()));
        Assert.Equal("/reports/survey", rows[^1].GetSingle("a").GetAttribute("href"));
    }

    [Theory]
    [InlineData("entitlement")]
    [InlineData("plans")]
    [InlineData("supervision")]
    [InlineData("registration")]
    [InlineData("courses")]
    [InlineData("mapping-coverage")]
    [InlineData("stages")]
    [InlineData("stages-over-time")]
    [InlineData("workforce")]
    public async Task Index_EachHeadline_IsTheReportPagesOwnHeadline(string slug)
    {
        // Arrange: the index computes headlines from lean queries, the page from the full report.
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var index = await client.GetDocumentAsync("/reports");

        // Act
        var page = await client.GetDocumentAsync($"/reports/{slug}");

        // Assert
        Assert.Equal(
            page.GetSingle("[data-testid=headline]").NormalisedText(),
            index.GetSingle($"[data-testid=headlines] [data-report={slug}] dd.govuk-summary-list__value").NormalisedText());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Show_ReportsRole_ShowsTheHeadlineChartTablesAndCsvLink(string who, string slug)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync($"/reports/{slug}");
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"\d", document.GetSingle("[data-testid=headline]").NormalisedText());
        Assert.NotNull(document.QuerySelector("figure.app-chart svg[role=img] title"));
        Assert.NotEmpty(document.QuerySelectorAll("[data-testid=report-table] tbody tr"));
        var links = document.QuerySelectorAll("a[download][data-testid=table-csv]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(document.QuerySelectorAll("[data-testid=report-table]").Length, links.Count);
        Assert.All(links, href => Assert.StartsWith($"/reports/{slug}.csv", href, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Csv_ReportsRole_DownloadsTheTablesAsCsv(string who, string slug)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync($"/reports/{slug}.csv?year=2026");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"report-{slug}-2026-11-22.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.True(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length >= 2);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Csv_EveryTable_HasItsHeadingsOnTheFirstLineAndOneTablePerFile(string who, string slug)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);
        var page = await client.GetDocumentAsync($"/reports/{slug}?year=2026");
        var tables = page.QuerySelectorAll("[data-testid=report-table]");
        var links = page.QuerySelectorAll("a[data-testid=table-csv]").Select(a => a.GetAttribute("href")!).ToList();

        for (var i = 0; i < tables.Length; i++)
        {
            // Act
            using var response = await client.GetAsync(links[i]);
            var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

            // Assert: the headings are the table's, every one of them named; then only rows as wide as the headings.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var headings = tables[i].QuerySelectorAll("thead th").Select(th => th.NormalisedText()).ToList();
            Assert.Equal(string.Join(",", headings.Select(h => h.Contains(',', StringComparison.Ordinal) ? $"\"{h}\"" : h)), lines[0]);
            Assert.All(headings, h => Assert.False(string.IsNullOrWhiteSpace(h), $"{slug} table {i + 1} has a column without a heading"));
            Assert.DoesNotContain(lines, l => l == tables[i].QuerySelector("caption")!.NormalisedText());
        }

        using var beyond = await client.GetAsync($"/reports/{slug}.csv?year=2026&table={tables.Length + 1}");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Theory]
    [InlineData("sam.patel@demo.test")]
    [InlineData("jo.okafor@demo.test")]
    [InlineData("alex.morgan@demo.test")]
    [InlineData("chris.lee@demo.test")]
    public async Task Show_OtherRoles_AreForbidden(string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var page = await client.GetAsync("/reports/plans");
        using var csv = await client.GetAsync("/reports/plans.csv");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
    }

    [Fact]
    public async Task Show_UnknownReport_IsNotFound()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync("/reports/salaries");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("?team=999999", "The team asked for does not exist, so all are shown.")]
    [InlineData("?role=-4", "The role asked for does not exist, so all are shown.")]
    [InlineData("?year=1990", "The learning year asked for is not one the reports cover, so this year is shown.")]
    [InlineData("?year=2999", "The learning year asked for is not one the reports cover, so this year is shown.")]
    public async Task Show_UnknownFilter_IsIgnoredAndSaidSo(string query, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync($"/reports/entitlement{query}");
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, document.GetSingle("[data-testid=ignored]").NormalisedText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?team=abc&registered=maybe&employment=1")]
    [InlineData("?year=99999999999")]
    public async Task Show_JunkFilters_AreIgnored(string query)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync($"/reports/plans{query}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Show_MappingCoverageWithStaffFilters_ShowsNoFilterFormAndIgnoresThem()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var plain = await client.GetDocumentAsync("/reports/mapping-coverage");

        // Act
        using var response = await client.GetAsync("/reports/mapping-coverage?team=999999&role=1&registered=yes&employment=Agency&year=1990");
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(document.QuerySelector("details form"));
        Assert.Null(document.QuerySelector("[data-testid=ignored]"));
        Assert.Equal(plain.GetSingle("[data-testid=headline]").NormalisedText(), document.GetSingle("[data-testid=headline]").NormalisedText());
        Assert.Equal(["/reports/mapping-coverage.csv", "/reports/mapping-coverage.csv?table=2"], document.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")));
        Assert.Matches(@"^Counted on 22 November 2026: \d+ cells in 3 frameworks\.$", document.GetSingle("[data-testid=counted]").NormalisedText());
    }

    [Fact]
    public async Task Show_StagesOverTime_OffersTheStaffFilters()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync("/reports/stages-over-time");

        // Assert
        Assert.NotNull(document.QuerySelector("details form select#team"));
        Assert.Equal(
            ["31 December 2025", "31 March 2026", "30 June 2026", "30 September 2026", "22 November 2026 (today)"],
            document.QuerySelectorAll("[data-testid=report-table]")[0].QuerySelectorAll("tbody tr th").Select(c => c.NormalisedText()));
    }
}
