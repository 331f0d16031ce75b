using System.Net;
using System.Text;
using CpdPortal.Application.Certifications;
using CpdPortal.Domain.Certifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Certifications;

/// <summary>
/// The demo council's mandatory training as people see it, read-only: the home panels, /my/certifications, a
/// supervisee's overview, the compliance report and its CSV, who may open what, and the notice job (notices once).
/// </summary>
public sealed class CompliancePagesTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Home_Sam_ShowsSafeguardingDueForRenewalWithTheCourseThatRenewsIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var safeguarding = await factory.CertificationIdAsync(CertificationTestData.Safeguarding);
        var course = await factory.CourseIdAsync("Safeguarding children: level 3");

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var row = document.GetSingle($"[data-testid=my-compliance] [data-certification-id='{safeguarding.Text()}']");
        Assert.Equal(nameof(CertificationStatus.DueSoon), row.GetAttribute("data-status"));
        Assert.Contains("Due for renewal", row.NormalisedText(), StringComparison.Ordinal);
        Assert.Equal($"/courses/{course.Text()}", row.GetSingle("[data-testid=renewing-courses] a").GetAttribute("href"));
        Assert.Contains("Compliant", document.GetSingle("[data-testid=my-compliance] [data-testid=compliance-summary]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Jo_ShowsDataProtectionLapsedAndNotCompliant()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var dataProtection = await factory.CertificationIdAsync(CertificationTestData.DataProtection);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var row = document.GetSingle($"[data-testid=my-compliance] [data-certification-id='{dataProtection.Text()}']");
        Assert.Equal(nameof(CertificationStatus.Lapsed), row.GetAttribute("data-status"));
        Assert.Contains("Not compliant", document.GetSingle("[data-testid=my-compliance] [data-testid=compliance-summary]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForPerson_AnyPerson_RunsAtMostTwoSqlCommands()
    {
        // Arrange
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var chris = await factory.StaffIdAsync(DemoAccounts.Chris);

        // Act
        var commands = await factory.WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<ComplianceService>();
            var before = Commands();
            var compliance = await service.ForPersonAsync(jo);
            Assert.NotEmpty(compliance.Items);
            var person = Commands() - before;
            before = Commands();
            await service.ForSupervisorAsync(chris);
            return (person, team: Commands() - before);
        });

        // Assert
        Assert.Equal(2, commands.person);
        Assert.Equal(1, commands.team);

        int Commands() => factory.Logs.Entries.Count(e => e.Contains("Executed DbCommand", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Home_Alex_ShowsSamDueForRenewalAndNotJo()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var panel = document.GetSingle("[data-testid=team-compliance]");
        var samRow = panel.GetSingle($"tr[data-staff-id='{sam.Text()}']");
        Assert.Contains(samRow.QuerySelectorAll("li"), li => li.GetAttribute("data-status") == nameof(CertificationStatus.DueSoon) && li.NormalisedText().StartsWith(CertificationTestData.Safeguarding, StringComparison.Ordinal));
        Assert.Null(panel.QuerySelector($"tr[data-staff-id='{jo.Text()}']"));
    }

    [Fact]
    public async Task Home_Chris_ShowsJosLapseOnly()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Chris);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var panel = document.GetSingle("[data-testid=team-compliance]");
        Assert.Contains(panel.GetSingle($"tr[data-staff-id='{jo.Text()}']").QuerySelectorAll("li"), li => li.GetAttribute("data-status") == nameof(CertificationStatus.Lapsed));
        Assert.Null(panel.QuerySelector($"tr[data-staff-id='{sam.Text()}']"));
    }

    [Fact]
    public async Task SuperviseeOverview_AlexForSam_ShowsSamsCompliance_AndChrisCannotOpenIt()
    {
        // Arrange
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);

        // Act
        var document = await alex.GetDocumentAsync($"/supervision/{sam.Text()}");
        using var refused = await chris.GetAsync($"/supervision/{sam.Text()}");

        // Assert
        Assert.Equal(2, document.QuerySelectorAll("[data-testid=supervisee-compliance] [data-certification-id]").Length);
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.DoesNotContain("supervisee-compliance", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCertifications_Sam_ShowsRequirementsAndHistory()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/certifications");

        // Assert
        Assert.Equal(2, document.QuerySelectorAll("[data-testid=compliance] [data-certification-id]").Length);
        var rows = document.QuerySelectorAll("[data-testid=history] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Contains("Carried over from earlier records", r.NormalisedText(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/learning/certifications")]
    [InlineData("/learning/certifications/new")]
    [InlineData("/reports/compliance")]
    [InlineData("/reports/compliance.csv")]
    public async Task LearningAndReportPages_Practitioners_AreForbidden(string path)
    {
        // Arrange
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);

        // Act
        using var samResponse = await sam.GetAsync(path);
        using var alexResponse = await alex.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, samResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, alexResponse.StatusCode);
    }

    [Fact]
    public async Task PostNew_Practitioner_IsForbiddenAndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await factory.CertificationCountAsync();

        // Act
        using var response = await client.PostWithTokenAsync("/learning/certifications/new", CertificationTestData.Form("Sam's own"));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.CertificationCountAsync());
    }

    [Fact]
    public async Task MyCertifications_Administrator_IsForbidden()
    {
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        using var response = await client.GetAsync("/my/certifications");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("lee.harris@demo.test")]
    [InlineData("ade.admin@demo.test")]
    public async Task Report_LearningAndAdministrators_SeeEachCertificationWithAChartAndTable(string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        var document = await client.GetDocumentAsync("/reports/compliance");
        var index = await client.GetDocumentAsync("/reports");

        // Assert
        var rows = document.QuerySelectorAll("[data-testid=by-certification] tbody th").Select(th => th.NormalisedText()).ToList();
        Assert.Equal([CertificationTestData.DataProtection, CertificationTestData.Safeguarding], rows);
        Assert.NotNull(document.QuerySelector("figure.app-chart"));
        Assert.Matches(@"^\d+ of \d+ people \([\d.]+%\) hold every certification their role requires\.$", document.GetSingle("[data-testid=headline]").NormalisedText());
        Assert.NotEmpty(document.QuerySelectorAll("[data-testid=by-team] tbody tr"));
        Assert.Equal("/reports/compliance", index.GetSingle("[data-report=compliance] a").GetAttribute("href"));
    }

    [Fact]
    public async Task Report_FilteredByCertificationAndTeam_CountsOnlyThose()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var safeguarding = await factory.CertificationIdAsync(CertificationTestData.Safeguarding);
        var team = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == "Protection and Court Team").Select(t => t.Id).SingleAsync());

        // Act
        var document = await client.GetDocumentAsync($"/reports/compliance?certification={safeguarding.Text()}&team={team.Text()}");

        // Assert
        var rows = document.QuerySelectorAll("[data-testid=by-certification] tbody th").Select(th => th.NormalisedText()).ToList();
        Assert.Equal([CertificationTestData.Safeguarding], rows);
        Assert.Equal(["Protection and Court Team"], document.QuerySelectorAll("[data-testid=by-team] tbody th").Select(th => th.NormalisedText()));
        Assert.Equal($"/reports/compliance.csv?team={team.Text()}&certification={safeguarding.Text()}", document.GetSingle("a[download]").GetAttribute("href"));
    }

    [Fact]
    public async Task Report_UnknownFilter_IsIgnoredAndSaidSo()
    {
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        var document = await client.GetDocumentAsync("/reports/compliance?certification=99999");

        Assert.Contains("There is no certification with that number", document.GetSingle("[data-testid=ignored]").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(2, document.QuerySelectorAll("[data-testid=by-certification] tbody tr").Length);
    }

    [Fact]
    public async Task Csv_Lee_HasHeadingsOnLineOneAndALinePerTeamRoleAndCertification()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync("/reports/compliance.csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Team,Role,Certification,People required to hold it,Active,Due for renewal,Lapsed,Never held,Compliant (%)", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Protection and Court Team,Newly qualified social worker (ASYE),Safeguarding children level 3,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoticeJob_RunTwice_TellsSamAndAlexOnce()
    {
        // Arrange
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var alex = await factory.StaffIdAsync(DemoAccounts.Alex);

        // Act
        var first = await factory.WithScopeAsync(sp => sp.GetRequiredService<CertificationNoticeService>().SendDueAsync());
        var second = await factory.WithScopeAsync(sp => sp.GetRequiredService<CertificationNoticeService>().SendDueAsync());

        // Assert
        Assert.True(first > 0);
        Assert.Equal(0, second);
        var samNotices = await factory.WithDbAsync(db => db.Notifications.Where(n => n.RecipientStaffId == sam && n.Link == "/my/certifications").Select(n => n.Message).ToListAsync());
        var message = Assert.Single(samNotices);
        Assert.StartsWith("Your Safeguarding children level 3 certification expires on ", message, StringComparison.Ordinal);
        var alexCopies = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientStaffId == alex && n.Link == $"/supervision/{sam}"));
        Assert.Equal(1, alexCopies);
        var kinds = await factory.WithDbAsync(db => db.CertificationNotices.Join(db.CertificationAwards.Where(a => a.StaffMemberId == sam), n => n.AwardId, a => a.Id, (n, _) => n.Kind).ToListAsync());
        Assert.Equal([CertificationNoticeKind.Expiring60Days], kinds);
    }
}
