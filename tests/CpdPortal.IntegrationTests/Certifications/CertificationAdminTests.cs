using System.Net;
using CpdPortal.Domain.Certifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Certifications;

/// <summary>
/// /learning/certifications and the role requirements for L&amp;D, and what a change does: a new certification, a
/// refused one, a gap, a requirement added and removed (everyone counted at once), a course attended that renews
/// Sam's safeguarding, and a CPD entry accepted as equivalent. Changes the demo data, so it has its own database.
/// </summary>
public sealed class CertificationAdminTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Index_Lee_ListsTheSeededCertificationsWithCoursesAndRoles()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var safeguarding = await factory.CertificationIdAsync(CertificationTestData.Safeguarding);

        // Act
        var document = await client.GetDocumentAsync("/learning/certifications");

        // Assert
        var row = document.GetSingle($"[data-testid=certifications] tr[data-certification-id='{safeguarding.Text()}']");
        Assert.Contains("3 years", row.NormalisedText(), StringComparison.Ordinal);
        Assert.Equal("1", row.GetSingle("[data-testid=courses]").NormalisedText());
        Assert.NotEqual("0", row.GetSingle("[data-testid=roles]").NormalisedText());
        Assert.Null(row.QuerySelector("[data-testid=gap]"));
        Assert.Contains(document.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/learning/certifications");
        Assert.Contains(document.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/learning/sessions" && a.NormalisedText() == "Sessions");
    }

    [Fact]
    public async Task New_Valid_SavesTheRuleAndTheCoursesAndShowsThem()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var course = await factory.CourseIdAsync("Working Together: multi-agency practice");

        // Act
        using var response = await client.PostWithTokenAsync("/learning/certifications/new", CertificationTestData.Form("Multi-agency working", months: "24", window: "45", unit: "Days", keeps: "false", courses: course));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Certifications.AsNoTracking().Include(c => c.Courses).SingleAsync(c => c.Name == "Multi-agency working"));
        Assert.Equal(new CertificationRule(24, 45, WindowUnit.Days, false), saved.Rule);
        Assert.Equal([course], saved.Courses.Select(c => c.CourseId));
        Assert.Equal($"/learning/certifications/{saved.Id.Text()}", response.RedirectTarget());
        var page = await client.GetDocumentAsync(response.RedirectTarget()!);
        Assert.Equal("2 years", page.GetSingle("[data-testid=validity]").NormalisedText());
        Assert.Equal(1, await factory.AuditCountAsync(CpdPortal.Domain.Auditing.AuditActions.CertificationSaved, saved.Id.Text()));
    }

    [Fact]
    public async Task New_NoExpiry_NeedsNoPeriod()
    {
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        using var response = await client.PostWithTokenAsync("/learning/certifications/new", CertificationTestData.Form("Practice educator award", expires: "false", months: "", window: ""));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Certifications.Where(c => c.Name == "Practice educator award").Select(c => c.ValidityMonths).SingleAsync()));
    }

    [Theory]
    [InlineData("", "true", "36", "3", "Name", "Enter the certification's name")]
    [InlineData("No period", "true", "", "3", "ValidityMonths", "Enter how many months the certification lasts, or choose no expiry")]
    [InlineData("Zero months", "true", "0", "3", "ValidityMonths", "The certification must last between 1 and 120 months")]
    [InlineData("Words", "true", "three years", "3", "ValidityMonths", "Enter the number of months as a whole number, like 36")]
    [InlineData("Long window", "true", "12", "12", "WindowLength", "The renewal window must be shorter than the time the certification lasts")]
    [InlineData("Unanswered", "", "36", "3", "Expires", "Select whether the certification expires")]
    [InlineData(CertificationTestData.Safeguarding, "true", "36", "3", "Name", "A certification with this name already exists")]
    public async Task New_BadInput_Answers400WithTheMessageBesideTheFieldAndSavesNothing(string name, string expires, string months, string window, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.CertificationCountAsync();

        // Act
        using var response = await client.PostWithTokenAsync("/learning/certifications/new", CertificationTestData.Form(name, expires: expires, months: months, window: window));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(document.QuerySelectorAll(".govuk-error-summary li a"), a => a.NormalisedText() == message && a.GetAttribute("href") == "#" + field);
        Assert.Contains(message, document.GetSingle($"#{field}-error").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.CertificationCountAsync());
    }

    [Fact]
    public async Task Edit_UnknownCertification_Answers404()
    {
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        using var get = await client.GetAsync("/learning/certifications/99999/edit");
        using var post = await client.PostWithTokenAsync("/learning/certifications/99999/edit", CertificationTestData.Form("Nothing"));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task RoleRequirement_NoCourseConfersIt_IsAllowedAndShownAsAGap_ThenCountsForEveryoneInTheRoleAtOnce()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        (await lee.PostWithTokenAsync("/learning/certifications/new", CertificationTestData.Form("Court report writing", months: "24"))).Dispose();
        var certification = await factory.CertificationIdAsync("Court report writing");
        var samId = await factory.StaffIdAsync(DemoAccounts.Sam);
        var (pathway, role) = await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == samId).Select(s => new ValueTuple<int, int>(s.PathwayRole!.PathwayId, s.PathwayRole.Id)).SingleAsync());
        var path = $"/learning/pathways/{pathway.Text()}/roles/{role.Text()}/certifications";

        // Act
        using var added = await lee.PostWithTokenAsync(path, ("certificationId", certification.Text()));
        var editor = await lee.GetDocumentAsync(path);
        var list = await lee.GetDocumentAsync("/learning/certifications");
        var samsPage = await sam.GetDocumentAsync("/my/certifications");

        // Assert
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.NotNull(editor.GetSingle($"[data-testid=required] [data-certification-id='{certification.Text()}']").QuerySelector("[data-testid=gap]"));
        Assert.NotNull(list.GetSingle($"tr[data-certification-id='{certification.Text()}'] [data-testid=gap]"));
        Assert.Equal(nameof(CertificationStatus.NotHeld), samsPage.GetSingle($"[data-testid=compliance] [data-certification-id='{certification.Text()}']").GetAttribute("data-status"));
        Assert.Contains("Not compliant", samsPage.GetSingle("[data-testid=compliance-summary]").NormalisedText(), StringComparison.Ordinal);

        // Act: no longer required, and Sam is compliant again with nothing recalculated
        using var removed = await lee.PostWithTokenAsync($"{path}/{certification.Text()}/remove");
        var after = await sam.GetDocumentAsync("/my/certifications");

        // Assert
        Assert.Equal(HttpStatusCode.Found, removed.StatusCode);
        Assert.Null(after.QuerySelector($"[data-testid=compliance] [data-certification-id='{certification.Text()}']"));
        Assert.Contains("Compliant", after.GetSingle("[data-testid=compliance-summary]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleRequirement_NothingChosen_Answers400WithAMessage()
    {
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        var (pathway, role) = await factory.WithDbAsync(db => db.PathwayRoles.Select(r => new ValueTuple<int, int>(r.PathwayId, r.Id)).FirstAsync());

        using var response = await lee.PostWithTokenAsync($"/learning/pathways/{pathway.Text()}/roles/{role.Text()}/certifications", ("certificationId", string.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Select a certification from the list", (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary li").NormalisedText());
    }

    [Fact]
    public async Task RoleRequirement_RoleOnAnotherPathway_Answers404()
    {
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);

        using var response = await lee.GetAsync("/learning/pathways/99999/roles/1/certifications");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Attendance_SafeguardingCourseInTheWindow_RenewsSamFromTheOldExpiryAndShowsTheCertificateCode()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var safeguarding = await factory.CertificationIdAsync(CertificationTestData.Safeguarding);
        var course = await factory.CourseIdAsync("Safeguarding children: level 3");
        var session = await factory.AddSessionAsync(course, TimeSpan.FromHours(-4));
        var booking = await factory.AddBookingAsync(session, sam);
        var before = (await factory.AwardsAsync(sam, safeguarding))[^1];

        // Act
        using var response = await lee.PostWithTokenAsync($"/learning/sessions/{session.Text()}/attendance", ("bookingId", booking.Text()), ("attended", "true"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var latest = (await factory.AwardsAsync(sam, safeguarding))[^1];
        Assert.Equal(CertificationSource.Attendance, latest.Source);
        Assert.Equal(before.ExpiresOn, latest.ValidFrom);
        Assert.Equal(before.ExpiresOn!.Value.AddMonths(36), latest.ExpiresOn);
        Assert.NotNull(latest.CpdActivityId);
        var code = (await factory.BookingsAsync(session)).Single().CertificateCode!;
        var page = await lee.GetDocumentAsync($"/learning/sessions/{session.Text()}");
        Assert.Equal($"/courses/certificates/{code}", page.GetSingle("[data-testid=certificate-code]").GetAttribute("href"));
        Assert.Equal(CpdPortal.Domain.Training.CertificateCodes.Display(code), page.GetSingle("[data-testid=certificate-code]").NormalisedText());
    }

    [Fact]
    public async Task AcceptEntry_JosCompletedEntry_RenewsHerLapsedDataProtectionFromItsDate()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var dataProtection = await factory.CertificationIdAsync(CertificationTestData.DataProtection);
        var staffNumber = await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == jo).Select(s => s.StaffNumber).SingleAsync());
        var entry = await factory.WithDbAsync(db => db.CpdActivities
            .Where(a => a.StaffMemberId == jo && a.DeletedAt == null && a.Status == CpdPortal.Domain.Activities.ActivityStatus.Complete)
            .OrderByDescending(a => a.Date)
            .Select(a => new { a.Id, a.Date, a.EndDate })
            .FirstAsync());
        var found = await lee.GetDocumentAsync($"/learning/certifications/{dataProtection.Text()}/equivalent?staffNumber={Uri.EscapeDataString(staffNumber)}");

        // Act
        using var response = await lee.PostWithTokenAsync(
            $"/learning/certifications/{dataProtection.Text()}/equivalent", ("staffMemberId", jo.Text()), ("staffNumber", staffNumber), ("activityId", entry.Id.Text()));

        // Assert
        Assert.Equal("Jo Okafor", found.GetSingle("[data-testid=person]").NormalisedText());
        Assert.NotNull(found.QuerySelector($"[data-testid=entries] input[value='{entry.Id.Text()}']"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var latest = (await factory.AwardsAsync(jo, dataProtection))[^1];
        Assert.Equal((CertificationSource.AcceptedEntry, entry.EndDate ?? entry.Date, entry.Id), (latest.Source, latest.CompletedOn, latest.CpdActivityId!.Value));
    }

    [Fact]
    public async Task Equivalent_UnknownStaffNumber_Answers400WithAMessage()
    {
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        var safeguarding = await factory.CertificationIdAsync(CertificationTestData.Safeguarding);

        using var response = await lee.GetAsync($"/learning/certifications/{safeguarding.Text()}/equivalent?staffNumber=NOPE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("There is no member of staff with that staff number", (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary li").NormalisedText());
    }
}
