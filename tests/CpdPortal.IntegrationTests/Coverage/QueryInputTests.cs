using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Coverage;

/// <summary>
/// Lists and downloads that read query values (a page number, a filter) are given values nobody could pick from the
/// page: text where a number goes, a page below one or far past the end, an unknown id. Each answers as if the value
/// were not there (the same page, not an error), since a typed address must never give a 500.
/// </summary>
public sealed class QueryInputTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string, string, string> Lists => new()
    {
        { DemoAccounts.Sam.Email, "/my/activities", "?year=abc&method=x&area=-1&page=0" },
        { DemoAccounts.Sam.Email, "/courses", "?delivery=nonsense&area=abc&page=-1" },
        { DemoAccounts.Sam.Email, "/my/certifications", "?page=abc" },
        { DemoAccounts.Sam.Email, "/my/supervision", "?page=-1" },
        { DemoAccounts.Sam.Email, "/my/registration", "?page=abc" },
        { DemoAccounts.Sam.Email, "/notifications", "?page=abc" },
        { DemoAccounts.Alex.Email, "/supervision", "?page=abc" },
        { DemoAccounts.Alex.Email, "/supervision/follow-ups", "?page=abc" },
        { DemoAccounts.Alex.Email, "/supervision/plans", "?page=99999" },
        { DemoAccounts.Lee.Email, "/learning/certifications", "?page=-1" },
        { DemoAccounts.Lee.Email, "/learning/frameworks", "?page=abc" },
        { DemoAccounts.Lee.Email, "/learning/pathways", "?page=99999" },
        { DemoAccounts.Lee.Email, "/learning/sessions", "?page=abc" },
        { DemoAccounts.Lee.Email, "/learning/sessions/new", "?courseId=987654" },
        { DemoAccounts.Lee.Email, "/learning/survey", "?page=abc" },
        { DemoAccounts.Ade.Email, "/admin/retention", "?page=abc" },
        { DemoAccounts.Ade.Email, "/admin/teams", "?page=abc" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError(string who, string path, string query)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);
        var plain = await client.GetDocumentAsync(path);

        // Act
        using var response = await client.GetAsync(path + query);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal(plain.GetSingle("h1").NormalisedText(), document.GetSingle("h1").NormalisedText());
    }

    /// <summary>Lists paged the one way (Paging.ToPageAsync), each with rows in the demo council.</summary>
    public static TheoryData<string, string> PagedLists => new()
    {
        { DemoAccounts.Lee.Email, "/learning/courses" },
        { DemoAccounts.Lee.Email, "/learning/certifications" },
        { DemoAccounts.Lee.Email, "/learning/frameworks" },
        { DemoAccounts.Lee.Email, "/learning/pathways" },
        { DemoAccounts.Lee.Email, "/learning/sessions" },
        { DemoAccounts.Ade.Email, "/admin/teams" },
    };

    [Theory]
    [MemberData(nameof(PagedLists))]
    public async Task Get_PageFarPastTheEnd_ShowsTheLastPageWithItsRows(string who, string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);
        var first = await client.GetDocumentAsync(path);
        var last = first.QuerySelectorAll(".govuk-pagination__item a")
            .Select(a => int.TryParse(a.NormalisedText(), out var n) ? n : 1)
            .DefaultIfEmpty(1)
            .Max();
        var lastRows = Rows(await client.GetDocumentAsync($"{path}?page={last}"));

        // Act
        var past = await client.GetDocumentAsync(path + "?page=99999");

        // Assert: the last page, rows and all, not an empty table
        Assert.NotEmpty(lastRows);
        Assert.Equal(lastRows, Rows(past));

        static List<string> Rows(AngleSharp.Dom.IDocument document) =>
            [.. document.QuerySelectorAll("main table tbody tr").Select(r => r.NormalisedText())];
    }

    public static TheoryData<string, string, string> Downloads => new()
    {
        { DemoAccounts.Lee.Email, "/reports/compliance.csv", "?team=abc&role=-1&certification=x" },
    };

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task Get_DownloadWithUnreadableQueryValues_IsTheUnfilteredDownload(string who, string path, string query)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);
        var plain = await client.GetStringAsync(path);

        // Act
        using var response = await client.GetAsync(path + query);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(plain, await response.Content.ReadAsStringAsync());
    }
}
