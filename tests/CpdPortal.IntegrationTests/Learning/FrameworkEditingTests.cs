using System.Net;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Competence;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>
/// /learning/frameworks: the list, a version's page, drafts and their edits, and every refusal. Nothing here
/// publishes successfully (FrameworkPublishTests does, on its own database).
/// </summary>
public sealed class FrameworkEditingTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string CommonCore = "COMMON-CORE";

    private async Task<int> DraftAsync(HttpClient client) => await client.NewVersionAsync(await factory.FrameworkIdAsync(CommonCore));

    [Fact]
    public async Task Index_Lee_ListsEachVersionWithStatusAudienceAndAreaCount()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var pcf = await factory.FrameworkIdAsync("PCF");

        // Act
        var document = await client.GetDocumentAsync("/learning/frameworks");

        // Assert
        var row = document.GetSingle($"[data-testid=frameworks] tr[data-framework-id='{pcf.Text()}']");
        Assert.Equal("1", row.GetSingle("[data-testid=version]").NormalisedText());
        Assert.Equal("Published (current)", row.GetSingle("[data-testid=status]").NormalisedText());
        Assert.Equal("9", row.GetSingle("[data-testid=areas]").NormalisedText());
        Assert.Contains("Registered social workers", row.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Framework_Published_ShowsFiveStagesPerAreaAndNoEditing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var pcf = await factory.FrameworkIdAsync("PCF");
        var reflection = await ActivityTestData.AreaIdAsync(factory, "Critical reflection and analysis");

        // Act
        var document = await client.GetDocumentAsync($"/learning/frameworks/{pcf.Text()}");

        // Assert
        Assert.Equal(9, document.QuerySelectorAll("[data-testid=area]").Length);
        var area = document.GetSingle($"[data-testid=area][data-area-id='{reflection.Text()}']");
        Assert.Equal(5, area.QuerySelectorAll("[data-stage]").Length);
        Assert.StartsWith("Uses supervision to reflect", area.GetSingle("[data-stage='1'] [data-testid=wording]").NormalisedText(), StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("form[action$='/areas']"));
        Assert.Null(document.QuerySelector("form[action$='/publish']"));
        Assert.NotNull(document.QuerySelector($"form[action='/learning/frameworks/{pcf.Text()}/versions']"));
    }

    [Fact]
    public async Task Framework_Unknown_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync("/learning/frameworks/99999");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task NewVersion_Published_MakesOneDraftCopyWithTheSameKeysAndIsAudited()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var published = await factory.FrameworkIdAsync(CommonCore);

        // Act
        var draft = await client.NewVersionAsync(published);
        var again = await client.NewVersionAsync(published);

        // Assert
        Assert.Equal(draft, again);
        var copy = (await factory.FindFrameworkAsync(draft))!;
        var original = (await factory.FindFrameworkAsync(published))!;
        Assert.Equal((FrameworkStatus.Draft, 2), (copy.Status, copy.Version));
        Assert.All(original.Areas, a => Assert.Contains(a.Key, copy.Areas.Select(c => c.Key))); // other tests may add areas to the draft
        Assert.Equal(1, await factory.AuditCountAsync(AuditActions.FrameworkVersionCreated, draft.Text()));
        var page = await client.GetDocumentAsync($"/learning/frameworks/{published.Text()}");
        Assert.Equal($"/learning/frameworks/{draft.Text()}", page.GetSingle("[data-testid=draft-link] a").GetAttribute("href"));
    }

    [Fact]
    public async Task SaveArea_Draft_RenamesAndRewordsIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var draft = await DraftAsync(client);
        var area = (await factory.FindFrameworkAsync(draft))!.Areas.Single(a => a.Name == "Information sharing");

        // Act
        using var response = await client.PostWithTokenAsync(
            $"/learning/frameworks/{draft.Text()}/areas/{area.Id.Text()}",
            FrameworkTestData.AreaForm("Information sharing and recording", (3, "Shares information lawfully and records why.")));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var saved = (await factory.FindFrameworkAsync(draft))!.Areas.Single(a => a.Id == area.Id);
        Assert.Equal(("Information sharing and recording", area.Key), (saved.Name, saved.Key));
        Assert.Equal("Shares information lawfully and records why.", saved.WordingFor(DreyfusStage.Competent));
    }

    [Theory]
    [InlineData("Name", "", 0, "x", "Name", "Enter the area name")]
    [InlineData("Wording", "Supporting transitions", 3, "", "Wording_3_", "Enter what 3 Competent looks like in this area")]
    [InlineData("TooLong", "Supporting transitions", 5, "long", "Wording_5_", "What 5 Expert looks like must be 4000 characters or fewer")]
    public async Task SaveArea_BadInput_Answers400BesideTheFieldAndSavesNothing(string _, string name, int stage, string text, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var draft = await DraftAsync(client);
        var key = (await factory.FindFrameworkAsync(await factory.FrameworkIdAsync(CommonCore)))!.Areas.Single(o => o.Name == "Supporting transitions").Key;
        var area = (await factory.FindFrameworkAsync(draft))!.Areas.Single(a => a.Key == key);
        var before = area.StageDescriptors.Select(d => (d.Stage, d.Text)).Order().ToList();
        var wording = text == "long" ? new string('a', 4001) : text;

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/areas/{area.Id.Text()}", FrameworkTestData.AreaForm(name, (stage, wording)));

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, field, message);
        var saved = (await factory.FindFrameworkAsync(draft))!.Areas.Single(a => a.Id == area.Id);
        Assert.Equal(area.Name, saved.Name);
        Assert.Equal(before, saved.StageDescriptors.Select(d => (d.Stage, d.Text)).Order().ToList());
    }

    [Fact]
    public async Task AddArea_EmptyName_Answers400AndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var draft = await DraftAsync(client);
        var count = (await factory.FindFrameworkAsync(draft))!.Areas.Count;

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/areas", ("Name", "  "));

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "Name", "Enter the area name");
        Assert.Equal(count, (await factory.FindFrameworkAsync(draft))!.Areas.Count);
    }

    [Fact]
    public async Task Publish_DraftWithAnAreaNotYetWorded_Answers400NamingItAndPublishesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var draft = await DraftAsync(client);
        using var added = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/areas", ("Name", "Play and wellbeing"));

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/publish");

        // Assert
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Describe all five stages of Play and wellbeing before publishing", (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary li").NormalisedText());
        Assert.Equal(FrameworkStatus.Draft, (await factory.FindFrameworkAsync(draft))!.Status);
        Assert.Equal(FrameworkStatus.Published, (await factory.FindFrameworkAsync(await factory.FrameworkIdAsync(CommonCore)))!.Status);
    }

    [Fact]
    public async Task Publish_DraftWithNoAreas_Answers400AndPublishesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var empty = await factory.QueryAsync(async db =>
        {
            var framework = new CompetenceFramework("EMPTY-TEST", "An empty framework", 1, FrameworkAudience.AllStaff);
            db.CompetenceFrameworks.Add(framework);
            await db.SaveChangesAsync();
            return framework.Id;
        });

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/frameworks/{empty.Text()}/publish");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Add at least one competence area before publishing the framework", (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary li").NormalisedText());
        Assert.Equal(FrameworkStatus.Draft, (await factory.FindFrameworkAsync(empty))!.Status);
    }

    [Fact]
    public async Task EditingAPublishedVersion_EveryChange_Answers404AndChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var pcf = await factory.FrameworkIdAsync("PCF");
        var before = (await factory.FindFrameworkAsync(pcf))!;
        var area = before.Areas.First().Id.Text();
        var path = $"/learning/frameworks/{pcf.Text()}";

        // Act
        using var get = await client.GetAsync($"{path}/areas/{area}");
        using var save = await client.PostWithTokenAsync($"{path}/areas/{area}", FrameworkTestData.AreaForm("Renamed in place"));
        using var add = await client.PostWithTokenAsync($"{path}/areas", ("Name", "Added in place"));
        using var remove = await client.PostWithTokenAsync($"{path}/areas/{area}/remove");
        using var move = await client.PostWithTokenAsync($"{path}/areas/{area}/move", ("direction", "later"));
        using var publish = await client.PostWithTokenAsync($"{path}/publish");

        // Assert
        Assert.All([get, save, add, remove, move, publish], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var after = (await factory.FindFrameworkAsync(pcf))!;
        Assert.Equal(before.Areas.Select(a => (a.Id, a.Name, a.Order)).Order(), after.Areas.Select(a => (a.Id, a.Name, a.Order)).Order());
        Assert.Equal(FrameworkStatus.Published, after.Status);
    }

    [Fact]
    public async Task NewVersion_WithoutAntiforgeryToken_Answers400AndMakesNoDraft()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var pqs = await factory.FrameworkIdAsync("PQS-CF");

        // Act
        using var response = await client.PostFormAsync($"/learning/frameworks/{pqs.Text()}/versions", []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.CompetenceFrameworks.CountAsync(f => f.Code == "PQS-CF")));
    }

    [Fact]
    public async Task NewVersion_Practitioner_Answers403AndMakesNoDraft()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var pqs = await factory.FrameworkIdAsync("PQS-CF");

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/frameworks/{pqs.Text()}/versions");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.CompetenceFrameworks.CountAsync(f => f.Code == "PQS-CF")));
    }

    [Fact]
    public async Task Framework_AnyNumberOfAreas_RunsAtMostTenSqlCommands()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var path = $"/learning/frameworks/{(await factory.FrameworkIdAsync("PCF")).Text()}";

        // Act
        var commands = await factory.SqlCommandsForAsync(client, path);

        // Assert
        Assert.InRange(commands, 1, 10);
    }
}
