using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Activities;

/// <summary>
/// Viewing and deleting one's own entry, and someone else's ids: every path answers 404 for an entry that is not
/// the signed-in person's, or that is deleted, and changes nothing.
/// </summary>
public sealed class ActivityOwnershipTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string JosTitle = "Restorative practice in children's services";

    public static TheoryData<string> OwnerPaths => ["", "/edit", "/delete"];

    [Fact]
    public async Task GetDetails_OwnEntry_ShowsEveryField()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.ActivityIdAsync(DemoAccounts.Sam, "Reflective supervision on a complex case");

        // Act
        var document = await client.GetDocumentAsync($"/my/activities/{id}");

        // Assert
        Assert.Equal("Reflective supervision on a complex case", document.GetSingle("main h1").NormalisedText());
        var list = document.GetSingle("[data-testid=activity]");
        Assert.Equal("Supervision", list.SummaryValue("How you learnt"));
        Assert.Equal("2 November 2026", list.SummaryValue("Date"));
        Assert.Equal("1.5 (0.2 days)", list.SummaryValue("Hours"));
        Assert.Equal("No", list.SummaryValue("Certificated"));
        Assert.Equal("Complete", list.SummaryValue("Status"));
        Assert.Equal("Reflective discussion using the experience, reflection, analysis and action cycle.", list.SummaryValue("Description and why it is relevant"));
        Assert.Equal("To separate my own anxiety from the evidence when judging risk.", list.SummaryValue("What I learnt"));
        Assert.Equal("I now write my hypotheses down before a visit and test them afterwards.", list.SummaryValue("Impact on my practice and on children and families"));
        Assert.Equal("A senior practitioner in my team", list.SummaryValue("Discussed with"));
        Assert.Equal("Their challenge showed me a second hypothesis I had not considered.", list.SummaryValue("What I learnt from discussing it"));
        Assert.Equal("Critical reflection and analysis (Professional Capabilities Framework)", list.SummaryValue("Competence areas"));
        Assert.NotNull(document.QuerySelector($"a[href='/my/activities/{id}/edit']"));
        Assert.NotNull(document.QuerySelector($"a[href='/my/activities/{id}/delete']"));
        Assert.NotNull(document.QuerySelector($"form[action='/my/activities/{id}/evidence'][enctype='multipart/form-data'] input[type=file]#File"));
    }

    [Theory]
    [MemberData(nameof(OwnerPaths))]
    public async Task Get_AnotherPractitionersEntry_Answers404AndShowsNothingOfIt(string suffix)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var josEntry = await factory.ActivityIdAsync(DemoAccounts.Jo, JosTitle);

        // Act
        using var response = await client.GetAsync($"/my/activities/{josEntry}{suffix}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Restorative", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEdit_AnotherPractitionersEntry_Answers404AndChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var josEntry = await factory.ActivityIdAsync(DemoAccounts.Jo, JosTitle);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Workshop or course"), new DateOnly(2026, 11, 3));
        form["Title"] = "Overwritten by Sam";
        form[HtmlExtensions.AntiforgeryField] = await client.AnyTokenAsync();

        // Act
        using var response = await client.PostFormAsync($"/my/activities/{josEntry}/edit", form);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(JosTitle, (await factory.FindActivityAsync(josEntry))!.Title);
    }

    [Fact]
    public async Task PostDelete_AnotherPractitionersEntry_Answers404AndDeletesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var josEntry = await factory.ActivityIdAsync(DemoAccounts.Jo, JosTitle);

        // Act
        using var response = await client.PostFormAsync($"/my/activities/{josEntry}/delete", [new(HtmlExtensions.AntiforgeryField, await client.AnyTokenAsync())]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await factory.FindActivityAsync(josEntry))!.DeletedAt);
    }

    [Theory]
    [InlineData("/my/activities/999999")]
    [InlineData("/my/activities/999999/edit")]
    [InlineData("/my/activities/abc")]
    [InlineData("/my/activities/-1")]
    public async Task Get_UnknownId_Answers404(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetDelete_OwnEntry_AsksForConfirmation()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry to confirm deleting");

        // Act
        var document = await client.GetDocumentAsync($"/my/activities/{id}/delete");

        // Assert
        Assert.Equal("Are you sure you want to delete this activity?", document.GetSingle("main h1").NormalisedText());
        Assert.Equal("Entry to confirm deleting", document.GetSingle("main .govuk-caption-l").NormalisedText());
        Assert.Equal("Yes, delete this activity", document.GetSingle("main form[method=post] button").NormalisedText());
        Assert.Null((await factory.FindActivityAsync(id))!.DeletedAt);
    }

    [Fact]
    public async Task PostDelete_OwnEntry_SoftDeletesItAndItDisappears()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry to delete");
        var rows = await factory.ActivityRowsAsync(DemoAccounts.Sam);

        // Act
        using var response = await client.SubmitAsync($"/my/activities/{id}/delete", []);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/my/activities", response.RedirectTarget());
        var list = await client.GetDocumentAsync("/my/activities");
        Assert.Equal("Activity deleted", list.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        Assert.DoesNotContain("Entry to delete", list.Body!.TextContent, StringComparison.Ordinal);

        var kept = await factory.FindActivityAsync(id);
        Assert.NotNull(kept);
        Assert.Equal(factory.Clock.GetUtcNow(), kept.DeletedAt);
        Assert.Equal(rows, await factory.ActivityRowsAsync(DemoAccounts.Sam));

        foreach (var path in new[] { $"/my/activities/{id}", $"/my/activities/{id}/edit", $"/my/activities/{id}/delete" })
        {
            using var again = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        using var deleteAgain = await client.PostFormAsync($"/my/activities/{id}/delete", [new(HtmlExtensions.AntiforgeryField, await client.AnyTokenAsync())]);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
    }

    [Fact]
    public async Task PostDelete_WithoutAntiforgeryToken_Answers400AndDeletesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry that survives a forged delete");
        await client.GetDocumentAsync($"/my/activities/{id}/delete");

        // Act
        using var response = await client.PostFormAsync($"/my/activities/{id}/delete", []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await factory.FindActivityAsync(id))!.DeletedAt);
    }
}
