using System.Net;
using CpdPortal.IntegrationTests.Certifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Coverage;

/// <summary>Form and record pages not opened by another test: each opens for the role that uses it, with its heading and form.</summary>
public sealed class FormPagesTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string, string> NewForms => new()
    {
        { DemoAccounts.Ade.Email, "/admin/staff/new" },
        { DemoAccounts.Lee.Email, "/learning/courses/new" },
        { DemoAccounts.Lee.Email, "/learning/sessions/new" },
        { DemoAccounts.Lee.Email, "/learning/survey/new" },
    };

    [Theory]
    [MemberData(nameof(NewForms))]
    public async Task GetNew_ForTheRoleThatUsesIt_ShowsTheEmptyFormWithoutErrors(string who, string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.NotEmpty(document.GetSingle("h1").NormalisedText());
        Assert.Contains(document.QuerySelectorAll("main form"), form => string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase));
        Assert.Null(document.QuerySelector(".govuk-error-summary"));
    }

    [Fact]
    public async Task GetCertification_DetailsAndEdit_ShowTheSavedRule()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        (await lee.PostWithTokenAsync("/learning/certifications/new", CertificationTestData.Form("Coverage certification", months: "12"))).Dispose();
        var id = await factory.CertificationIdAsync("Coverage certification");

        // Act
        var details = await lee.GetDocumentAsync($"/learning/certifications/{id.Text()}");
        var edit = await lee.GetDocumentAsync($"/learning/certifications/{id.Text()}/edit");

        // Assert
        Assert.Contains("Coverage certification", details.GetSingle("h1").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal("Coverage certification", edit.GetSingle("input[name=Name]").GetAttribute("value"));
    }

    [Fact]
    public async Task PostCertificationEdit_NewNameAndPeriod_SavesThemAndRedirects()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        (await lee.PostWithTokenAsync("/learning/certifications/new", CertificationTestData.Form("Coverage edit certification", months: "12"))).Dispose();
        var id = await factory.CertificationIdAsync("Coverage edit certification");

        // Act
        using var response = await lee.PostWithTokenAsync($"/learning/certifications/{id.Text()}/edit", CertificationTestData.Form("Coverage edited certification", months: "24"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var details = await lee.GetDocumentAsync($"/learning/certifications/{id.Text()}");
        Assert.Contains("Coverage edited certification", details.GetSingle("h1").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(id, await factory.CertificationIdAsync("Coverage edited certification"));
    }

    [Fact]
    public async Task GetCompletionsTemplate_Administrator_IsACsvWithTheHeader()
    {
        // Arrange
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await ade.GetAsync("/admin/import/completions/template.csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var firstLine = (await response.Content.ReadAsStringAsync()).Split('\n')[0];
        Assert.Contains(",", firstLine, StringComparison.Ordinal);
    }
}
