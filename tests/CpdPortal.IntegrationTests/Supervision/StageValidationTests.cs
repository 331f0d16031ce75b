using System.Globalization;
using System.Net;
using CpdPortal.Domain.Competence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>Stage validation: bad input on Sam's areas (nothing saved); a validation of Jo's stage that lands.</summary>
public sealed class StageValidationTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Get_Alex_ShowsSamsSelfAssessmentWithHerStageChosen()
    {
        // Arrange
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var (area, assessment, stage) = await factory.LatestSelfAssessmentAsync(DemoAccounts.Sam);

        // Act
        var document = await alex.GetDocumentAsync($"/supervision/{sam}/stages/{area}");

        // Assert
        Assert.Equal(Text(assessment), document.GetSingle("input[name=AssessmentId]").GetAttribute("value"));
        Assert.True(document.GetSingle($"input[name=Stage][value='{(int)stage}']").HasAttribute("checked"));
        Assert.Equal(5, document.QuerySelectorAll("input[name=Stage]").Length);
        Assert.NotNull(document.QuerySelector("[data-testid=self-assessment]"));
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "0", "", "Stage", "Select the stage you agree with" },
        { "6", "", "Stage", "Select the stage you agree with" },
        { "abc", "", "Stage", "Select the stage you agree with" },
        { "DIFFERENT", "", "Reason", "Enter why you have set a different stage" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Post_BadInput_Answers400AndSavesNothing(string stage, string reason, string field, string message)
    {
        // Arrange
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var (area, assessment, current) = await factory.LatestSelfAssessmentAsync(DemoAccounts.Sam);
        var typed = stage == "DIFFERENT" ? Text(current == DreyfusStage.Expert ? 1 : (int)current + 1) : stage;
        var before = await factory.ValidationCountAsync();

        // Act
        using var response = await alex.PostWithTokenAsync($"/supervision/{sam}/stages/{area}", [new("AssessmentId", Text(assessment)), new("Stage", typed), new("Reason", reason)]);
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.FieldError(field));
        Assert.Equal(before, await factory.ValidationCountAsync());
    }

    [Fact]
    public async Task Post_AnOlderAssessmentThanTheLatest_Answers400AndSavesNothing()
    {
        // Arrange
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var (area, assessment, current) = await factory.LatestSelfAssessmentAsync(DemoAccounts.Sam);
        var before = await factory.ValidationCountAsync();

        // Act
        using var response = await alex.PostWithTokenAsync($"/supervision/{sam}/stages/{area}", [new("AssessmentId", Text(assessment - 1)), new("Stage", Text((int)current))]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A newer self-assessment arrived while you were reading. Read it before you validate.", (await response.GetDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal(before, await factory.ValidationCountAsync());
    }

    [Fact]
    public async Task Post_ByChrisOnSam_OrAnAreaNotHers_IsNotFound()
    {
        // Arrange
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var (area, assessment, current) = await factory.LatestSelfAssessmentAsync(DemoAccounts.Sam);
        var josArea = (await factory.LatestSelfAssessmentAsync(DemoAccounts.Jo)).AreaId;
        var before = await factory.ValidationCountAsync();

        // Act
        using var byChris = await chris.PostWithTokenAsync($"/supervision/{sam}/stages/{area}", [new("AssessmentId", Text(assessment)), new("Stage", Text((int)current))]);
        using var notHers = await alex.PostWithTokenAsync($"/supervision/{sam}/stages/{josArea}", [new("AssessmentId", Text(assessment)), new("Stage", Text((int)current))]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, byChris.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);
        Assert.Equal(before, await factory.ValidationCountAsync());
    }

    [Fact]
    public async Task Post_ChrisSetsADifferentStageForJo_ItBecomesHerCurrentStage()
    {
        // Arrange
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var (area, assessment, current) = await factory.LatestSelfAssessmentAsync(DemoAccounts.Jo);
        var set = current == DreyfusStage.Novice ? DreyfusStage.AdvancedBeginner : DreyfusStage.Novice;

        // Act
        using var response = await chris.PostWithTokenAsync($"/supervision/{jo}/stages/{area}", [new("AssessmentId", Text(assessment)), new("Stage", Text((int)set)), new("Reason", "Seen in two joint visits this month.")]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.StageAssessments.Where(a => a.StaffMemberId == jo && a.AreaId == area && a.Kind == AssessmentKind.Validation).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(set, saved.Stage);
        Assert.Equal("Seen in two joint visits this month.", saved.Note);
        using var joClient = factory.CreateClientFor(DemoAccounts.Jo);
        var row = (await joClient.GetDocumentAsync("/my/assessment")).GetSingle($"tr[data-area-id='{area}'] [data-testid=current-stage]").NormalisedText();
        Assert.StartsWith($"{DreyfusStages.Name(set)} (set by your supervisor", row, StringComparison.Ordinal);
    }
}
