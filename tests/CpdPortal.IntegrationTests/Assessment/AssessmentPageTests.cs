using System.Net;
using CpdPortal.Domain.Competence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Assessment;

/// <summary>/my/assessment and /my/assessment/{areaId}: my areas, my current stages, the stage wording and history.</summary>
public sealed class AssessmentPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Pcf = "Professional Capabilities Framework";
    private const string Pqs = "Post-qualifying standards: child and family practitioners";
    private const string CommonCore = "Common Core of Skills and Knowledge";

    private static readonly string[] CommonCoreAreas =
    [
        "Effective communication and engagement", "Child and young person development", "Safeguarding and promoting welfare",
        "Supporting transitions", "Multi-agency and integrated working", "Information sharing",
    ];

    [Fact]
    public async Task Get_Sam_ListsPcfAndPqsAreasGroupedByFramework()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/assessment");

        // Assert
        var tables = document.QuerySelectorAll("[data-testid=framework]");
        var byCaption = tables.ToDictionary(t => t.GetSingle("caption").NormalisedText(), t => t.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(new Dictionary<string, int> { [Pqs] = 10, [Pcf] = 9 }, byCaption);
        Assert.DoesNotContain(CommonCore, document.Body!.NormalisedText(), StringComparison.Ordinal);
        var pcfRows = tables.Single(t => t.GetSingle("caption").NormalisedText() == Pcf).QuerySelectorAll("tbody tr th").Select(th => th.NormalisedText());
        Assert.Equal("Professionalism", pcfRows.First());
        Assert.Equal("Professional leadership", pcfRows.Last());
    }

    [Fact]
    public async Task Get_Jo_ListsTheCommonCoreAreasOnly()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/my/assessment");

        // Assert
        var table = document.GetSingle("[data-testid=framework]");
        Assert.Equal(CommonCore, table.GetSingle("caption").NormalisedText());
        Assert.Equal(CommonCoreAreas, table.QuerySelectorAll("tbody tr th").Select(th => th.NormalisedText()));
        Assert.DoesNotContain(Pcf, document.Body!.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Sam_ShowsHerSelfAssessedStagesAndNotYetAssessedAreas()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var samId = await factory.StaffIdAsync(DemoAccounts.Sam);
        var knowledge = await factory.AreaIdAsync("Knowledge");
        var latest = await factory.WithDbAsync(db => db.StageAssessments
            .Where(a => a.StaffMemberId == samId && a.AreaId == knowledge)
            .OrderByDescending(a => a.Id)
            .Select(a => a.Stage)
            .FirstAsync());

        // Act
        var document = await client.GetDocumentAsync("/my/assessment");

        // Assert
        var stages = document.QuerySelectorAll("[data-testid=current-stage]").Select(td => td.NormalisedText()).ToList();
        Assert.Equal(6, stages.Count(s => s.EndsWith("(your assessment)", StringComparison.Ordinal)));
        Assert.Equal(13, stages.Count(s => s == "Not yet assessed"));
        var row = document.GetSingle($"tr[data-area-id='{knowledge}']");
        Assert.Equal($"{DreyfusStages.Name(latest)} (your assessment)", row.GetSingle("[data-testid=current-stage]").NormalisedText());
        var assess = row.GetSingle("a");
        Assert.Equal($"/my/assessment/{knowledge}", assess.GetAttribute("href"));
        Assert.Equal("Assess Knowledge", assess.NormalisedText());
    }

    [Fact]
    public async Task Get_StagesValidatedBySupervisor_ShowTheValidatedStage()
    {
        // Arrange: Chris agrees with one of Jo's self-assessments and sets a different stage on another.
        var joId = await factory.StaffIdAsync(DemoAccounts.Jo);
        var chrisId = await factory.StaffIdAsync(DemoAccounts.Chris);
        var agreed = await factory.AreaIdAsync("Information sharing");
        var changed = await factory.AreaIdAsync("Supporting transitions");
        var (agreedStage, selfStage) = await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow();
            var mine = await db.StageAssessments.Where(a => a.StaffMemberId == joId && (a.AreaId == agreed || a.AreaId == changed)).ToListAsync();
            var first = mine.Single(a => a.AreaId == agreed);
            var second = mine.Single(a => a.AreaId == changed);
            db.StageAssessments.Add(StageAssessment.Validate(first, chrisId, first.Stage, null, now));
            var different = second.Stage == DreyfusStage.Expert ? DreyfusStage.Proficient : second.Stage + 1;
            db.StageAssessments.Add(StageAssessment.Validate(second, chrisId, different, "Seen consistently in joint visits.", now));
            await db.SaveChangesAsync();
            return (first.Stage, (Different: different, Self: second.Stage));
        });
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/my/assessment");

        // Assert
        Assert.Equal(
            $"{DreyfusStages.Name(agreedStage)} (agreed by your supervisor)",
            document.GetSingle($"tr[data-area-id='{agreed}'] [data-testid=current-stage]").NormalisedText());
        Assert.Equal(
            $"{DreyfusStages.Name(selfStage.Different)} (set by your supervisor; you assessed {DreyfusStages.Name(selfStage.Self)})",
            document.GetSingle($"tr[data-area-id='{changed}'] [data-testid=current-stage]").NormalisedText());
        var history = await client.GetDocumentAsync($"/my/assessment/{changed}");
        var newest = history.QuerySelector("[data-testid=history] tbody tr");
        Assert.NotNull(newest);
        Assert.Contains("Your supervisor, Chris Lee", newest.NormalisedText(), StringComparison.Ordinal);
        Assert.Contains("Seen consistently in joint visits.", newest.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetArea_AreaWithItsOwnWording_ShowsFiveStagesWithThatWordingAsHints()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Critical reflection and analysis");

        // Act
        var document = await client.GetDocumentAsync($"/my/assessment/{area}");

        // Assert
        Assert.Equal("Critical reflection and analysis", document.GetSingle("main h1").NormalisedText());
        Assert.Contains("Apply critical reflection and analysis", document.GetSingle("main .govuk-body-l").NormalisedText(), StringComparison.Ordinal);
        var radios = document.QuerySelectorAll("input[type=radio][name=Stage]");
        Assert.Equal(["1", "2", "3", "4", "5"], radios.Select(r => r.GetAttribute("value")));
        Assert.Equal(
            ["Novice", "Advanced beginner", "Competent", "Proficient", "Expert"],
            document.QuerySelectorAll(".govuk-radios__label").Select(l => l.NormalisedText()));
        var competentHint = document.GetSingle("#" + radios[2].GetAttribute("aria-describedby")).NormalisedText();
        Assert.Equal("Forms and tests hypotheses; weighs evidence and explains the rationale for decisions in writing.", competentHint);
        var evidence = document.GetSingle("textarea[name=Evidence]");
        Assert.Equal("1000", evidence.ParentElement!.ParentElement!.GetAttribute("data-maxlength"));
        Assert.Single(document.QuerySelectorAll("[data-testid=history] tbody tr"));
    }

    [Fact]
    public async Task GetArea_AreaWithoutItsOwnWording_UsesTheGenericStageDescriptions()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Communication");

        // Act
        var document = await client.GetDocumentAsync($"/my/assessment/{area}");

        // Assert
        var hints = document.QuerySelectorAll(".govuk-radios__hint").Select(h => h.NormalisedText());
        Assert.Equal(DreyfusStages.All.Select(d => d.Description), hints);
        Assert.NotNull(document.QuerySelector("[data-testid=no-history]"));
    }

    [Theory]
    [InlineData("jo.okafor@demo.test", "Knowledge")]
    [InlineData("jo.okafor@demo.test", "Communication")]
    [InlineData("sam.patel@demo.test", "Information sharing")]
    public async Task GetArea_AreaOfAFrameworkThatDoesNotApply_Answers404(string email, string areaName)
    {
        // Arrange
        using var client = factory.CreateClientFor(email);
        var area = await factory.AreaIdAsync(areaName);

        // Act
        using var response = await client.GetAsync($"/my/assessment/{area}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(areaName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetArea_UnknownArea_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync("/my/assessment/999999");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
