using System.Net;
using CpdPortal.Domain.Competence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Assessment;

/// <summary>POST /my/assessment/{areaId}: a new self-assessment is added (never an edit); bad input saves nothing.</summary>
public sealed class SelfAssessmentTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string SelectStage = "Select the stage that best describes your practice";
    private const string EnterEvidence = "Enter a short note of the evidence for this stage";
    private const string TooLong = "The evidence must be 1000 characters or fewer";

    public static TheoryData<string?, string, string, string> BadInputs => new()
    {
        { null, "Evidence from two joint visits.", "Stage", SelectStage },
        { "0", "Evidence from two joint visits.", "Stage", SelectStage },
        { "6", "Evidence from two joint visits.", "Stage", SelectStage },
        { "abc", "Evidence from two joint visits.", "Stage", SelectStage },
        { "3", "", "Evidence", EnterEvidence },
        { "3", "   ", "Evidence", EnterEvidence },
        { "3", new string('x', StageAssessment.EvidenceMaxLength + 1), "Evidence", TooLong },
    };

    [Fact]
    public async Task Post_StageAndEvidence_AddsAnAssessmentKeepsTheOldOneAndRedirects()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var samId = await factory.StaffIdAsync(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Knowledge");
        var before = await AssessmentsAsync(samId, area);

        // Act
        using var response = await client.PostWithTokenAsync($"/my/assessment/{area}", [new("Stage", "4"), new("Evidence", "  Led the court statement workshop for my team.  ")]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/my/assessment", response.RedirectTarget());
        var after = await AssessmentsAsync(samId, area);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.All(before, old => Assert.Contains(after, a => a.Id == old.Id && a.Stage == old.Stage && a.Note == old.Note));
        var added = after.Single(a => before.All(b => b.Id != a.Id));
        Assert.Equal((DreyfusStage.Proficient, AssessmentKind.SelfAssessment, samId, "Led the court statement workshop for my team."), (added.Stage, added.Kind, added.AssessedByStaffId, added.Note));

        var overview = await client.GetDocumentAsync("/my/assessment");
        Assert.Equal("Your self-assessment has been saved", overview.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        Assert.Equal("Proficient (your assessment)", overview.GetSingle($"tr[data-area-id='{area}'] [data-testid=current-stage]").NormalisedText());
        var history = (await client.GetDocumentAsync($"/my/assessment/{area}")).QuerySelectorAll("[data-testid=history] tbody tr");
        Assert.Equal(after.Count, history.Length);
        Assert.Contains("Led the court statement workshop for my team.", history[0].NormalisedText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Post_BadInput_Answers400WithTheMessageBesideTheFieldAndSavesNothing(string? stage, string evidence, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var samId = await factory.StaffIdAsync(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Diversity and equality");
        var before = (await AssessmentsAsync(samId, area)).Count;
        var fields = new List<KeyValuePair<string, string>> { new("Evidence", evidence) };
        if (stage is not null)
        {
            fields.Add(new("Stage", stage));
        }

        // Act
        using var response = await client.PostWithTokenAsync($"/my/assessment/{area}", fields);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(message, document.ErrorSummaryMessages());
        Assert.Equal(message, document.FieldError(field));
        Assert.StartsWith("Error: ", document.Title, StringComparison.Ordinal);
        Assert.Equal(evidence.Trim(), document.GetSingle("textarea[name=Evidence]").TextContent.Trim());
        Assert.Equal(before, (await AssessmentsAsync(samId, area)).Count);
    }

    [Fact]
    public async Task Post_ValidStageKept_WhenEvidenceIsMissing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Diversity and equality");

        // Act
        using var response = await client.PostWithTokenAsync($"/my/assessment/{area}", [new("Stage", "2"), new("Evidence", "")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        var chosen = document.QuerySelectorAll("input[name=Stage][checked]").Select(r => r.GetAttribute("value"));
        Assert.Equal(["2"], chosen);
    }

    [Theory]
    [InlineData("Knowledge")]
    [InlineData("Relationships and effective direct work")]
    public async Task Post_JoAssessesAnAreaOfAFrameworkThatDoesNotApply_Answers404AndSavesNothing(string areaName)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var joId = await factory.StaffIdAsync(DemoAccounts.Jo);
        var area = await factory.AreaIdAsync(areaName);

        // Act
        using var response = await client.PostWithTokenAsync($"/my/assessment/{area}", [new("Stage", "3"), new("Evidence", "Trying an area that is not mine.")]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await AssessmentsAsync(joId, area));
    }

    [Fact]
    public async Task Post_UnknownAreaWithBadInput_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.PostWithTokenAsync("/my/assessment/999999", [new("Evidence", "")]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var samId = await factory.StaffIdAsync(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Professionalism");
        var before = (await AssessmentsAsync(samId, area)).Count;

        // Act
        using var response = await client.PostFormAsync($"/my/assessment/{area}", [new("Stage", "3"), new("Evidence", "No token.")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await AssessmentsAsync(samId, area)).Count);
    }

    private Task<List<StageAssessment>> AssessmentsAsync(int staffId, int areaId) =>
        factory.WithDbAsync(db => db.StageAssessments.AsNoTracking().Where(a => a.StaffMemberId == staffId && a.AreaId == areaId).ToListAsync());
}
