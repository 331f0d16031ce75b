using System.Net;
using CpdPortal.Domain.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Registration;

/// <summary>/my/registration/entries/{id}: one of Sam's completed entries in Social Work England's fields.</summary>
public sealed class RegistrationEntryTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string SignsOfSafety = "Signs of Safety: two-day foundation";

    [Fact]
    public async Task Get_SamsEntry_ShowsTheSixSweFieldsInOrderWithHerText()
    {
        // Arrange
        var id = await IdOfAsync(DemoAccounts.Sam, SignsOfSafety);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync($"/my/registration/entries/{id}");

        // Assert
        Assert.Equal(SignsOfSafety, document.GetSingle("main h1").NormalisedText());
        var fields = document.QuerySelectorAll("[data-testid=swe-field]")
            .Select(f => (Label: f.GetSingle("h2").NormalisedText(), Value: f.GetSingle(".app-copy-field__value").NormalisedText()))
            .ToList();
        Assert.Equal(
            [
                ("Type of CPD", "Workshop or course"),
                ("Short description and relevance", "Two-day course on the council's family approach; relevant to every child protection plan I hold."),
                ("Date", "1 October 2026"),
                ("What did you learn?", "How to write danger statements and safety goals in plain language that families can agree with."),
                ("Impact on your practice and on people who use services", "Families I work with can now say in their own words what needs to change."),
                ("Peer reflection", "Peer: My supervisor. Talking it through in supervision helped me see I was writing for the court rather than for the family."),
            ],
            fields);
    }

    [Fact]
    public async Task Get_SamsEntry_HasACopyButtonForEachFieldWiredByTheCopyModule()
    {
        // Arrange
        var id = await IdOfAsync(DemoAccounts.Sam, SignsOfSafety);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync($"/my/registration/entries/{id}");

        // Assert
        var buttons = document.QuerySelectorAll("button[data-copy-target]");
        Assert.Equal(6, buttons.Length);
        Assert.All(buttons, button =>
        {
            Assert.Equal("button", button.GetAttribute("type"));
            Assert.Equal(["govuk-button", "govuk-button--secondary"], button.ClassList);
            Assert.StartsWith("Copy", button.NormalisedText(), StringComparison.Ordinal);
            var target = document.GetElementById(button.GetAttribute("data-copy-target")!);
            Assert.NotNull(target);
            Assert.False(string.IsNullOrWhiteSpace(target.TextContent));
        });
        Assert.Equal("polite", document.GetSingle("[data-copy-status]").GetAttribute("aria-live"));
        Assert.Single(document.QuerySelectorAll("script[type=module][src^='/js/copy.mjs']"));
        Assert.All(document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "An inline script."));
        Assert.Empty(document.QuerySelectorAll("[onclick], [style]"));
    }

    [Fact]
    public async Task GetCopyModule_Anyone_IsServedAsJavaScriptThatWritesToTheClipboard()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/js/copy.mjs");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("navigator.clipboard.writeText", script, StringComparison.Ordinal);
        Assert.Contains("\"Copied\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_JosActivityIdsAsSam_AreNotFoundAndShowNothingOfThem()
    {
        // Arrange
        var jos = await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Jo);
        Assert.Equal(3, jos.Count);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        foreach (var activity in jos)
        {
            // Act
            using var response = await client.GetAsync($"/my/registration/entries/{activity.Id}");

            // Assert
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(activity.Title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_SamsDeletedActivity_IsNotFound()
    {
        // Arrange
        var id = await CpdRecordTestData.AddActivityAsync(factory, DemoAccounts.Sam, "A deleted peer discussion", new DateOnly(2026, 11, 10), deleted: true);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync($"/my/registration/entries/{id}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("A deleted peer discussion", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SamsDraft_IsNotFound()
    {
        // Arrange
        var draft = Assert.Single(await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Sam), a => a.Status == ActivityStatus.Draft);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync($"/my/registration/entries/{draft.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(draft.Title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/my/registration/entries/999999")]
    [InlineData("/my/registration/entries/not-a-number")]
    public async Task Get_NoSuchEntry_IsNotFound(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_JoOwnEntry_ExplainsItAppliesToRegisteredSocialWorkers()
    {
        // Arrange
        var entry = (await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Jo)).First(a => a.Status == ActivityStatus.Complete);
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync($"/my/registration/entries/{entry.Id}");

        // Assert
        Assert.Single(document.QuerySelectorAll("[data-testid=registration-not-applicable]"));
        Assert.Empty(document.QuerySelectorAll("[data-testid=swe-field]"));
        Assert.DoesNotContain(entry.Title, document.Body!.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SamsEntryAsJo_WhomTheRuleDoesNotApplyTo_IsNotFoundAndShowsNothing()
    {
        // Arrange
        var entry = (await CpdRecordTestData.ActivitiesOfAsync(factory, DemoAccounts.Sam)).First(a => a.Status == ActivityStatus.Complete);
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await client.GetAsync($"/my/registration/entries/{entry.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(entry.Title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<int> IdOfAsync(DemoAccount account, string title) =>
        (await CpdRecordTestData.ActivitiesOfAsync(factory, account)).Single(a => a.Title == title).Id;
}
