using System.Net;
using CpdPortal.Domain.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Registration;

/// <summary>
/// /my/registration on the fixed clock (22 November 2026): the registration year 1 December 2025 to 30 November 2026,
/// eight days before its deadline and inside the renewal window that opened on 1 September. Sam's seeded record
/// (DemoHistory.ForSam) holds three completed entries dated in it, two with a peer reflection, and one draft.
/// </summary>
public sealed class RegistrationPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Path = "/my/registration";
    private const string SamsDraft = "Research in Practice briefing on neglect";

    [Fact]
    public async Task Get_Sam_ShowsTheYearTheDeadlineAndMeetsTheRequirement()
    {
        // Arrange: the seed is what the assertions below rely on.
        var activities = await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Sam);
        var inYear = activities.Where(a => a.Date >= new DateOnly(2025, 12, 1) && a.Date <= new DateOnly(2026, 11, 30)).ToList();
        Assert.Equal(3, inYear.Count(a => a.Status == ActivityStatus.Complete));
        Assert.Equal(2, inYear.Count(a => a.Status == ActivityStatus.Complete && a.HasPeerReflection));
        Assert.Single(inYear, a => a.Status == ActivityStatus.Draft);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync(Path);

        // Assert
        var status = document.GetSingle("[data-testid=registration-status]");
        Assert.Equal("1 December 2025 to 30 November 2026", status.SummaryValue("Registration year"));
        Assert.Equal("30 November 2026, 8 days left", status.SummaryValue("Deadline"));
        Assert.Equal("3 (at least 2 needed)", status.SummaryValue("CPD this year that meets the criteria"));
        Assert.Equal("2 (at least 1 needed)", status.SummaryValue("Of those, with a peer reflection"));
        var result = document.GetSingle("[data-testid=registration-result]");
        Assert.Equal("Meets the requirement", result.NormalisedText());
        Assert.Contains("govuk-tag--green", result.ClassList);
        Assert.Empty(document.QuerySelectorAll("[data-testid=registration-missing]"));
    }

    [Fact]
    public async Task Get_SamInTheRenewalWindow_ShowsTheRenewalWarning()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync(Path);

        // Assert
        var warning = document.GetSingle("[data-testid=renewal-warning]");
        Assert.Contains("govuk-warning-text", warning.ClassList);
        Assert.Equal(
            "! Warning Renewal is open: record your CPD on your Social Work England account by 30 November",
            warning.NormalisedText());
    }

    [Fact]
    public async Task Get_Sam_ListsTheYearsCompletedEntriesLinkingToTheirSweFields()
    {
        // Arrange
        var complete = (await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Sam))
            .Where(a => a.Status == ActivityStatus.Complete)
            .ToList();
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync(Path);

        // Assert
        var table = document.GetSingle("[data-testid=registration-entries]");
        var links = table.QuerySelectorAll("tbody a").ToDictionary(a => a.NormalisedText(), a => a.GetAttribute("href"));
        Assert.Equal(3, links.Count);
        foreach (var activity in complete)
        {
            Assert.Equal($"/my/registration/entries/{activity.Id}", links[activity.Title]);
        }

        Assert.DoesNotContain(SamsDraft, document.Body!.NormalisedText(), StringComparison.Ordinal);
        Assert.StartsWith("3 completed entries", table.GetSingle("caption").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal("/my/export", document.QuerySelectorAll("main a").Single(a => a.NormalisedText() == "Export my record").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_SamOnTheFirstDayOfANewYear_DoesNotYetMeetAndSaysWhatIsMissing()
    {
        // Arrange: 1 December 2026 starts the next registration year, which holds none of Sam's entries; its
        // renewal window does not open until 1 September 2027.
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        factory.Clock.Set(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        try
        {
            // Act
            var document = await client.GetDocumentAsync(Path);

            // Assert
            var status = document.GetSingle("[data-testid=registration-status]");
            Assert.Equal("1 December 2026 to 30 November 2027", status.SummaryValue("Registration year"));
            Assert.Equal("30 November 2027, 364 days left", status.SummaryValue("Deadline"));
            Assert.Equal("0 (at least 2 needed)", status.SummaryValue("CPD this year that meets the criteria"));
            var result = document.GetSingle("[data-testid=registration-result]");
            Assert.Equal("Does not yet meet the requirement", result.NormalisedText());
            Assert.Contains("govuk-tag--orange", result.ClassList);
            var missing = document.GetSingle("[data-testid=registration-missing]").QuerySelectorAll("li").Select(li => li.NormalisedText());
            Assert.Equal(["Record 2 more pieces of CPD that meet the criteria", "Add a peer reflection to at least one piece of CPD that meets the criteria"], missing);
            Assert.Empty(document.QuerySelectorAll("[data-testid=renewal-warning]"));
            Assert.Single(document.QuerySelectorAll("[data-testid=registration-entries-empty]"));
        }
        finally
        {
            factory.Clock.Set(FixedTimeProvider.DefaultNow);
        }
    }

    [Fact]
    public async Task Get_Jo_ExplainsItAppliesToRegisteredSocialWorkersAndShowsNoData()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await client.GetAsync(Path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.StartsWith("This applies to registered social workers.", document.GetSingle("[data-testid=registration-not-applicable]").NormalisedText(), StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("[data-testid=registration-status], [data-testid=registration-entries], [data-testid=renewal-warning], table"));
    }

    [Theory]
    [InlineData(Path)]
    [InlineData("/my/registration/entries/1")]
    public async Task Get_AdeWithoutAStaffRecord_IsForbidden(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetHome_Sam_ShowsHerRegistrationResultAndLinks()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var practitioner = document.GetSingle("[data-testid=practitioner-summary]");
        var summary = practitioner.GetSingle("[data-testid=registration-summary]");
        Assert.Contains("Meets the requirement for the registration year ending 30 November 2026, 8 days left.", summary.NormalisedText(), StringComparison.Ordinal);
        Assert.Single(summary.QuerySelectorAll("a[href='/my/registration']"));
        Assert.Equal("Export my record", practitioner.GetSingle("a[href='/my/export']").NormalisedText());
    }

    [Fact]
    public async Task GetHome_Jo_ShowsNoRegistrationStatusButTheExportLink()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var practitioner = document.GetSingle("[data-testid=practitioner-summary]");
        Assert.Empty(practitioner.QuerySelectorAll("[data-testid=registration-summary]"));
        Assert.Equal("Export my record", practitioner.GetSingle("a[href='/my/export']").NormalisedText());
    }

    [Theory]
    [InlineData("sam.patel@demo.test", true)]
    [InlineData("jo.okafor@demo.test", true)]
    [InlineData("lee.harris@demo.test", true)]
    [InlineData("ade.admin@demo.test", false)]
    public async Task Navigation_StaffOrNot_LinksRegistrationAndExportForStaffOnly(string email, bool shown)
    {
        // Arrange
        using var client = factory.CreateClientFor(email);

        // Act: the My CPD area's pages are listed on its pages (someone without a staff record has no such area)
        var document = await client.GetDocumentAsync(shown ? "/my/activities" : "/");

        // Assert
        var links = document.QuerySelectorAll("nav a")
            .GroupBy(a => a.NormalisedText())
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("href"));
        Assert.Equal(shown, links.TryGetValue("Registration", out var registration) && registration == Path);
        Assert.Equal(shown, links.TryGetValue("Export", out var export) && export == "/my/export");
    }
}
