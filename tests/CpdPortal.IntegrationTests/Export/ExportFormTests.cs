using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Export;

/// <summary>/my/export: the GET form, and every bad choice answering 400 with GOV.UK messages.</summary>
public sealed class ExportFormTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string, string, string[]> BadChoices => new()
    {
        { "", "Period", ["Select the period to export", "Select a format: a CSV file or a printable page"] },
        { "Period=forever&Format=csv", "Period", ["Select the period to export"] },
        { "Period=learning-year&Format=pdf", "Format", ["Select a format: a CSV file or a printable page"] },
        { "Period=custom&Format=csv", "From", ["Enter the start date", "Enter the end date"] },
        { "Period=custom&Format=csv&From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026", "From", ["The start date must be a real date"] },
        { "Period=custom&Format=csv&From.Day=1&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026", "From", ["The start date must include a month"] },
        { "Period=custom&Format=csv&From.Day=1&From.Month=4&From.Year=2026&To.Day=1&To.Month=3&To.Year=26", "To", ["Year must include 4 numbers"] },
        { "Period=custom&Format=csv&From.Day=1&From.Month=4&From.Year=2026&To.Day=31&To.Month=3&To.Year=2026", "To", ["The end date must be the same as or after the start date"] },
        { "Period=custom&Format=print&From.Day=1&From.Month=4&From.Year=2026&To.Day=1&To.Month=4&To.Year=2031", "To", ["The period can be at most 5 years: enter an end date on or before 31 March 2031"] },
    };

    [Fact]
    public async Task Get_Sam_OffersThePeriodsFormatsAndSocialWorkEnglandsFields()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/export");

        // Assert
        var form = document.GetSingle("main form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/my/export/download", form.GetAttribute("action"));
        Assert.Equal(["This learning year", "This registration year", "Dates I choose"], Labels(form, "Period"));
        Assert.Equal(["CSV file", "Printable page"], Labels(form, "Format"));
        Assert.Equal(["Use Social Work England's fields"], Labels(form, "SweFields"));
        Assert.Equal("1 April 2026 to 31 March 2027", form.GetSingle("#Period-item-hint").NormalisedText());
        Assert.Equal("1 December 2025 to 30 November 2026", form.GetSingle("#Period-registration-year-item-hint").NormalisedText());
        Assert.Empty(form.QuerySelectorAll("input[type=radio][checked]"));
        Assert.Empty(document.QuerySelectorAll(".govuk-error-summary"));
    }

    [Fact]
    public async Task Get_Jo_OffersNeitherTheRegistrationYearNorSocialWorkEnglandsFields()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/my/export");

        // Assert
        var form = document.GetSingle("main form");
        Assert.Equal(["This learning year", "Dates I choose"], Labels(form, "Period"));
        Assert.Empty(Labels(form, "SweFields"));
    }

    [Theory]
    [MemberData(nameof(BadChoices))]
    public async Task Download_BadChoice_Answers400WithTheMessagesAndKeepsWhatWasTyped(string query, string field, string[] messages)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync($"/my/export/download?{query}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = await response.GetDocumentAsync();
        // The shared error summary lists ModelState in its own key order (shorter keys first), not the page's.
        var summary = document.GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText());
        Assert.Equal(messages.Order(StringComparer.Ordinal), summary.Order(StringComparer.Ordinal));
        Assert.StartsWith("Error: ", document.Title, StringComparison.Ordinal);
        var group = document.GetSingle($"#{field}").Closest(".govuk-form-group--error");
        Assert.NotNull(group);
        Assert.Contains(messages[0], group.QuerySelector(".govuk-error-message")?.NormalisedText(), StringComparison.Ordinal);
        foreach (var (key, value) in Typed(query).Where(p => p.Key.Contains('.', StringComparison.Ordinal)))
        {
            var input = (IHtmlInputElement)document.GetSingle($"input[name='{key}']");
            Assert.Equal(value, input.Value);
        }
    }

    [Fact]
    public async Task Print_BadDates_Answers400WithTheMessages()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync("/my/export/print?Period=custom&From.Day=40&From.Month=1&From.Year=2026");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        var summary = document.GetSingle(".govuk-error-summary").QuerySelectorAll("li").Select(li => li.NormalisedText());
        Assert.Equal(["Enter the end date", "The start date must be a real date"], summary.Order(StringComparer.Ordinal));
        Assert.Empty(document.QuerySelectorAll("[data-testid=print-entry]"));
    }

    [Theory]
    [InlineData("/my/export")]
    [InlineData("/my/export/download?Period=learning-year&Format=csv")]
    [InlineData("/my/export/print?Period=learning-year")]
    public async Task Get_AdeWithoutAStaffRecord_IsForbidden(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/my/export/download?Period=learning-year&Format=csv")]
    [InlineData("/my/export/print?Period=learning-year")]
    public async Task Get_SignedOut_RedirectsToSignIn(string path)
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor(path), response.RedirectTarget());
    }

    private static List<string> Labels(IElement form, string name) =>
        form.QuerySelectorAll($"input[name='{name}']")
            .Select(input => form.GetSingle($"label[for='{input.Id}']").NormalisedText())
            .ToList();

    private static IEnumerable<KeyValuePair<string, string>> Typed(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(parts[0], parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty));
}
