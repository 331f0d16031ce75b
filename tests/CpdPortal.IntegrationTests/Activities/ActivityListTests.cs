using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Activities;

/// <summary>
/// /my/activities: the signed-in person's own entries, filters, paging, totals and the entitlement panel.
/// Seed (DemoHistory.ForSam, clock 22 Nov 2026, learning year from 1 April): Sam has four entries this learning
/// year; two are certificated workshops (7.4 h and 14.8 h, a method that counts), so 22.2 h = 3.0 days of 15.
/// Her supervision (1.5 h) does not count and her reading (2 h) is a draft.
/// </summary>
public sealed class ActivityListTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly string[] SamsTitlesNewestFirst =
    [
        "Research in Practice briefing on neglect",
        "Reflective supervision on a complex case",
        "Signs of Safety: two-day foundation",
        "ASYE induction learning day",
    ];

    [Fact]
    public async Task Get_Sam_ListsOnlyHerEntriesNewestFirst()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync(ActivityTestData.ListPath);

        // Assert
        Assert.Equal(SamsTitlesNewestFirst, Titles(document));
        Assert.DoesNotContain("Safeguarding children: level 3", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My CPD", document.GetSingle("main h1").NormalisedText());
        Assert.Equal("/my/activities/new", document.GetSingle("main a.govuk-button[href='/my/activities/new']").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Sam_RowShowsDatesMethodHoursDaysStatusAndCertificated()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var signsOfSafety = await factory.ActivityIdAsync(DemoAccounts.Sam, "Signs of Safety: two-day foundation");

        // Act
        var document = await client.GetDocumentAsync(ActivityTestData.ListPath);

        // Assert
        var cells = Row(document, "Signs of Safety: two-day foundation");
        Assert.Equal(["1 October 2026", "Signs of Safety: two-day foundation", "Workshop or course", "14.8", "2.0", "Complete", "Yes"], cells);
        var link = document.GetSingle($"[data-activity-id='{signsOfSafety}'] a");
        Assert.Equal($"/my/activities/{signsOfSafety}", link.GetAttribute("href"));
        Assert.Equal(["16 November 2026", "Research in Practice briefing on neglect", "Reading", "2", "0.3", "Draft", "No"], Row(document, "Research in Practice briefing on neglect"));
    }

    [Fact]
    public async Task Get_Sam_ShowsEntitlementOfThreeDaysOfHerProRataNine()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync(ActivityTestData.ListPath);

        // Assert
        var panel = document.GetSingle("[data-testid=entitlement]");
        // Sam joined on 22 August 2026: 222 of the learning year's 365 days, 15 × 222 / 365 = 9.1, to the half day 9.
        Assert.Equal("3.0 of 9 days used", panel.GetSingle("[data-testid=entitlement-used]").NormalisedText());
        Assert.Equal(
            "Pro rata to the part of the learning year in post, of 15 days for a full-time, full-year post.",
            panel.GetSingle("[data-testid=entitlement-basis]").NormalisedText());
        Assert.Equal("3.0 days", panel.SummaryValue("Certificated training"));
        Assert.Equal("0.0 days", panel.SummaryValue("Other training"));
        Assert.Equal("6.0 days", panel.SummaryValue("Remaining"));
        var bar = panel.GetSingle("[role=progressbar]");
        Assert.Equal("33", bar.GetAttribute("aria-valuenow"));
        Assert.False(string.IsNullOrWhiteSpace(bar.GetAttribute("aria-label")));
        Assert.Contains("app-progress__bar--30", bar.GetSingle(".app-progress__bar").ClassList);
        Assert.Null(bar.GetSingle(".app-progress__bar").GetAttribute("style"));
        var counted = panel.QuerySelectorAll("[data-testid=entitlement-counted] tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.NormalisedText()).ToArray())
            .ToList();
        Assert.Equal(
            [
                ["ASYE induction learning day (certificated)", "3 September 2026", "1.0"],
                ["Signs of Safety: two-day foundation (certificated)", "1 October 2026", "2.0"],
            ],
            counted);
    }

    [Fact]
    public async Task Get_Jo_EntitlementSplitsCertificatedAndOther()
    {
        // Arrange: Jo has 4 h + 7.4 h certificated and 3.5 h of work shadowing (counts, not certificated).
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync(ActivityTestData.ListPath);

        // Assert
        var panel = document.GetSingle("[data-testid=entitlement]");
        Assert.Equal("2.0 of 15 days used", panel.GetSingle("[data-testid=entitlement-used]").NormalisedText());
        Assert.Equal("1.5 days", panel.SummaryValue("Certificated training"));
        Assert.Equal("0.5 days", panel.SummaryValue("Other training"));
        Assert.Equal("13.0 days", panel.SummaryValue("Remaining"));
        Assert.Contains("app-progress__bar--10", panel.GetSingle(".app-progress__bar").ClassList);
    }

    [Fact]
    public async Task Get_Sam_TotalsCoverTheFilteredSet()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var workshop = await factory.MethodIdAsync("Workshop or course");

        // Act
        var all = await client.GetDocumentAsync(ActivityTestData.ListPath);
        var workshops = await client.GetDocumentAsync($"{ActivityTestData.ListPath}?method={workshop}");

        // Assert
        var totals = all.GetSingle("[data-testid=totals]");
        Assert.Equal("4", totals.SummaryValue("Entries"));
        Assert.Equal("25.7", totals.SummaryValue("Hours"));
        Assert.Equal("3.5", totals.SummaryValue("Days"));
        var filtered = workshops.GetSingle("[data-testid=totals]");
        Assert.Equal("2", filtered.SummaryValue("Entries"));
        Assert.Equal("22.2", filtered.SummaryValue("Hours"));
        Assert.Equal("3.0", filtered.SummaryValue("Days"));
        Assert.Equal(["Signs of Safety: two-day foundation", "ASYE induction learning day"], Titles(workshops));
        Assert.Equal(workshop.ToString(CultureInfo.InvariantCulture), workshops.GetSingle("#method option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task Get_FilterByArea_ShowsOnlyEntriesLinkedToIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var reflection = await factory.AreaIdAsync("Critical reflection and analysis");

        // Act
        var document = await client.GetDocumentAsync($"{ActivityTestData.ListPath}?area={reflection}");

        // Assert
        Assert.Equal(["Reflective supervision on a complex case", "Signs of Safety: two-day foundation"], Titles(document));
    }

    [Fact]
    public async Task Get_AreaFilter_OffersOnlyTheFrameworksThatApplyToThePerson()
    {
        // Arrange
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        using var jo = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var samsPage = await sam.GetDocumentAsync(ActivityTestData.ListPath);
        var josPage = await jo.GetDocumentAsync(ActivityTestData.ListPath);

        // Assert
        var samsGroups = samsPage.QuerySelectorAll("#area optgroup").Select(g => g.GetAttribute("label")).ToList();
        Assert.Contains("Professional Capabilities Framework", samsGroups);
        Assert.DoesNotContain(samsGroups, g => g!.StartsWith("Common Core", StringComparison.Ordinal));
        var josGroups = josPage.QuerySelectorAll("#area optgroup").Select(g => g.GetAttribute("label")).ToList();
        Assert.Equal(["Common Core of Skills and Knowledge"], josGroups);
    }

    [Theory]
    [InlineData("?year=abc")]
    [InlineData("?year=1800")]
    [InlineData("?page=-3")]
    [InlineData("?page=abc")]
    [InlineData("?page=99999999999")]
    [InlineData("?method=99999")]
    [InlineData("?method=-1&area=x")]
    [InlineData("?area=99999")]
    [InlineData("?year=2026&method=&area=&page=0")]
    public async Task Get_BadFilterValues_AreIgnored(string query)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync(ActivityTestData.ListPath + query);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal(SamsTitlesNewestFirst, Titles(document));
        Assert.Empty(document.QuerySelectorAll(".govuk-error-summary"));
    }

    [Fact]
    public async Task Get_AreaOfAnotherFramework_IsIgnored()
    {
        // Arrange: the Common Core is Jo's framework, not Sam's.
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var commonCoreArea = await factory.AreaIdAsync("Safeguarding and promoting welfare");

        // Act
        var document = await client.GetDocumentAsync($"{ActivityTestData.ListPath}?area={commonCoreArea}");

        // Assert
        Assert.Equal(SamsTitlesNewestFirst, Titles(document));
    }

    [Fact]
    public async Task Get_ManyEntriesInAnotherYear_PagesByTwentyAndKeepsFilters()
    {
        // Arrange: 23 more entries for Lee in the 2025 learning year (1 April 2025 to 31 March 2026).
        var lee = await factory.StaffIdAsync(DemoAccounts.Lee);
        var reading = await factory.MethodIdAsync("Reading");
        await factory.QueryAsync(async db =>
        {
            var today = new DateOnly(2026, 11, 22);
            for (var i = 0; i < 23; i++)
            {
                var details = new ActivityDetails(reading, $"Paging entry {i:00}", new DateOnly(2025, 5, 1).AddDays(i), null, 1m, "Reading.", "Learnt.", "Impact.", null, null, false, ActivityStatus.Complete, []);
                db.CpdActivities.Add(CpdActivity.Record(lee, details, today, factory.Clock.GetUtcNow()));
            }

            return await db.SaveChangesAsync();
        });
        var inYear = await factory.QueryAsync(db => db.CpdActivities.CountAsync(a =>
            a.StaffMemberId == lee && a.DeletedAt == null && a.Date >= new DateOnly(2025, 4, 1) && a.Date <= new DateOnly(2026, 3, 31)));
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var first = await client.GetDocumentAsync($"{ActivityTestData.ListPath}?year=2025");
        var nextHref = first.GetSingle(".govuk-pagination__next a").GetAttribute("href")!;
        var second = await client.GetDocumentAsync(nextHref);

        // Assert
        Assert.Equal(Paging.DefaultPageSize, Titles(first).Count);
        Assert.Equal(inYear - Paging.DefaultPageSize, Titles(second).Count);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        Assert.Contains("year=2025", nextHref, StringComparison.Ordinal);
        Assert.Contains("page=2", nextHref, StringComparison.Ordinal);
        Assert.Equal("2025", second.GetSingle("#year option[selected]").GetAttribute("value"));
        Assert.Equal(inYear.ToString(CultureInfo.InvariantCulture), second.GetSingle("[data-testid=totals]").SummaryValue("Entries"));
        Assert.Equal(inYear.ToString(CultureInfo.InvariantCulture), first.GetSingle("[data-testid=totals]").SummaryValue("Entries"));
    }

    [Fact]
    public async Task Get_YearSelect_OffersTheCurrentYearFirstAndSelectsItByDefault()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync(ActivityTestData.ListPath);

        // Assert
        var options = document.QuerySelectorAll("#year option").ToList();
        Assert.Equal("April 2026 to March 2027", options[0].NormalisedText());
        Assert.Equal("2026", document.GetSingle("#year option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Ade_IsForbidden()
    {
        // Arrange: Ade is an administrator with no staff record.
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync(ActivityTestData.ListPath);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_SignedOut_RedirectsToSignIn()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync(ActivityTestData.ListPath);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor(ActivityTestData.ListPath), response.RedirectTarget());
    }

    [Fact]
    public async Task Get_Navigation_ShowsMyCpdAsCurrentOnTheListAndNotToAde()
    {
        // Arrange
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var samsList = await sam.GetDocumentAsync(ActivityTestData.ListPath);
        var adesHome = await ade.GetDocumentAsync("/");

        // Assert
        var link = samsList.QuerySelectorAll("nav.govuk-service-navigation__wrapper a").Single(a => a.NormalisedText() == "My CPD");
        Assert.Equal("/my/activities", link.GetAttribute("href"));
        Assert.Equal("page", link.GetAttribute("aria-current"));
        Assert.DoesNotContain(adesHome.QuerySelectorAll("nav a"), a => a.NormalisedText() == "My CPD");
    }

    [Fact]
    public async Task Get_HomeAsSam_ShowsTheEntitlementBarAndLinksToMyCpd()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var me = document.GetSingle("[data-testid=practitioner-summary]");
        Assert.Equal("3.0 of 9 days used", me.GetSingle("[data-testid=entitlement-used]").NormalisedText());
        Assert.Equal("33", me.GetSingle("[role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Contains(me.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/my/activities");
    }

    private static List<string> Titles(IParentNode document) =>
        document.QuerySelectorAll("[data-testid=activities] tbody tr th a").Select(a => a.NormalisedText()).ToList();

    private static string[] Row(IParentNode document, string title) =>
        document.QuerySelectorAll("[data-testid=activities] tbody tr")
            .Single(r => r.QuerySelector("th")?.NormalisedText() == title)
            .QuerySelectorAll("th, td")
            .Select(c => c.NormalisedText())
            .ToArray();
}
