using CpdPortal.Domain.Competence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Pathway;

/// <summary>
/// /my/pathway: where I am, the next role, and per area the gap and the courses mapped to my next stage
/// (seed: ReferenceData.ChildrensSocialCarePathway and CourseCatalogue). Each test arranges its own area.
/// </summary>
public sealed class PathwayPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Asye = "Newly qualified social worker (ASYE)";
    private const string SocialWorkerPcf = "Social worker: Professional Capabilities Framework";

    [Fact]
    public async Task Get_Sam_ShowsHerRoleAndEveryRoleInOrderWithYouAreHere()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        Assert.Equal($"You are a {Asye} on the Children's social care pathway.", document.GetSingle("[data-testid=current-role]").NormalisedText());
        var steps = document.QuerySelectorAll("[data-testid=steps] > li").Select(li => li.NormalisedText()).ToList();
        Assert.Equal(
            [
                "Family support worker", "Social work apprentice", $"{Asye} You are here", "Social worker", "Senior practitioner",
                "Advanced practitioner, Practice educator or Team manager", "Service manager", "Principal social worker",
            ],
            steps);
        Assert.Single(document.QuerySelectorAll("[data-testid=you-are-here]"));
    }

    [Fact]
    public async Task Get_Sam_NextRoleIsSocialWorkerWithTheExpectedStagePerPcfArea()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        var next = document.GetSingle("[data-testid=next-role]");
        Assert.Equal("Next step: Social worker", next.GetSingle("h2").NormalisedText());
        var table = next.GetSingle("[data-testid=gaps]");
        Assert.Equal(SocialWorkerPcf, table.GetSingle("caption").NormalisedText());
        var expected = table.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.GetSingle("th").NormalisedText(),
            tr => tr.GetSingle("[data-testid=expected]").NormalisedText());
        Assert.Equal(9, expected.Count);
        Assert.Equal("Advanced beginner", expected["Professional leadership"]);
        Assert.All(expected.Where(e => e.Key != "Professional leadership"), e => Assert.Equal("Competent", e.Value));
    }

    [Fact]
    public async Task Get_AreaNotYetAssessed_ShowsTheWholeGapAndNoviceCourses()
    {
        // Arrange: the seed assesses Sam in the first six PCF areas only.
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Skills and interventions");

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        var row = document.GetSingle($"[data-testid=gaps] tr[data-area-id='{area}']");
        Assert.Equal("Not yet assessed", row.GetSingle("[data-testid=current]").NormalisedText());
        Assert.Equal("3 stages", row.GetSingle("[data-testid=gap]").NormalisedText());
        var courses = row.GetSingle("[data-testid=courses]");
        Assert.StartsWith("Towards Novice:", courses.NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(["Direct work with children (Face to face, 7.4 hours)"], courses.QuerySelectorAll("li").Select(li => li.NormalisedText()));
    }

    [Fact]
    public async Task Get_AfterSelfAssessingTheExpectedStage_ShowsMetAndCoursesForTheStageAbove()
    {
        // Arrange
        var area = await factory.AreaIdAsync("Critical reflection and analysis");
        await AssessSamAsync(area, DreyfusStage.Competent);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        var row = document.GetSingle($"[data-testid=gaps] tr[data-area-id='{area}']");
        Assert.Equal("Competent (your assessment)", row.GetSingle("[data-testid=current]").NormalisedText());
        Assert.Equal("Met", row.GetSingle("[data-testid=gap]").NormalisedText());
        Assert.StartsWith("Towards Proficient:", row.GetSingle("[data-testid=courses]").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(["Reflective supervision for managers"], row.QuerySelectorAll("[data-testid=course-title]").Select(c => c.NormalisedText()));
    }

    [Fact]
    public async Task Get_RetiredCourse_IsNotSuggested()
    {
        // Arrange: Knowledge at advanced beginner; three courses are mapped to Knowledge at competent, one retired.
        var area = await factory.AreaIdAsync("Knowledge");
        await AssessSamAsync(area, DreyfusStage.AdvancedBeginner);
        await factory.WithDbAsync(async db =>
        {
            var course = await db.Courses.SingleAsync(c => c.Title == "Court skills for social workers");
            course.Retire(factory.Clock.GetUtcNow().AddDays(-1).ToDateOnly());
            return await db.SaveChangesAsync();
        });
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        var row = document.GetSingle($"[data-testid=gaps] tr[data-area-id='{area}']");
        Assert.Equal("1 stage", row.GetSingle("[data-testid=gap]").NormalisedText());
        Assert.Equal(
            ["Parental mental ill health and substance misuse", "Systemic practice: foundation"],
            row.QuerySelectorAll("[data-testid=course-title]").Select(c => c.NormalisedText()));
    }

    [Fact]
    public async Task Get_StageValidatedBySupervisor_CountsInsteadOfTheSelfAssessment()
    {
        // Arrange: Alex sets Sam's stage in Values and ethics to competent, whatever she said.
        var area = await factory.AreaIdAsync("Values and ethics");
        var samId = await factory.StaffIdAsync(DemoAccounts.Sam);
        var alexId = await factory.StaffIdAsync(DemoAccounts.Alex);
        await factory.WithDbAsync(async db =>
        {
            var self = await db.StageAssessments.Where(a => a.StaffMemberId == samId && a.AreaId == area).OrderByDescending(a => a.Id).FirstAsync();
            db.StageAssessments.Add(StageAssessment.Validate(self, alexId, DreyfusStage.Competent, "Shown in every case discussion.", factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        var row = document.GetSingle($"[data-testid=gaps] tr[data-area-id='{area}']");
        Assert.StartsWith("Competent (", row.GetSingle("[data-testid=current]").NormalisedText(), StringComparison.Ordinal);
        Assert.Contains("by your supervisor", row.GetSingle("[data-testid=current]").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal("Met", row.GetSingle("[data-testid=gap]").NormalisedText());
    }

    [Fact]
    public async Task Get_Jo_NextRoleIsSocialWorkApprenticeWithCommonCoreAndPcfTables()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        Assert.Equal("You are a Family support worker on the Children's social care pathway.", document.GetSingle("[data-testid=current-role]").NormalisedText());
        var next = document.GetSingle("[data-testid=next-role]");
        Assert.Equal("Next step: Social work apprentice", next.GetSingle("h2").NormalisedText());
        var captions = next.QuerySelectorAll("[data-testid=gaps] caption").Select(c => c.NormalisedText()).ToList();
        Assert.Equal(
            ["Social work apprentice: Professional Capabilities Framework", "Social work apprentice: Common Core of Skills and Knowledge"],
            captions);
        var pcf = next.QuerySelectorAll("[data-testid=gaps]")[0];
        Assert.All(pcf.QuerySelectorAll("[data-testid=current]"), td => Assert.Equal("Not yet assessed", td.NormalisedText()));
    }

    [Fact]
    public async Task Get_StaffMemberNotOnAPathway_ShowsAClearMessage()
    {
        // Arrange
        var leeId = await factory.StaffIdAsync(DemoAccounts.Lee);
        await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == leeId).ExecuteUpdateAsync(u => u.SetProperty(s => s.PathwayRoleId, (int?)null)));
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync("/my/pathway");

        // Assert
        Assert.Contains("You have not been placed on a career pathway yet", document.GetSingle("[data-testid=not-placed]").NormalisedText(), StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("[data-testid=next-role], [data-testid=steps]"));
    }

    private async Task AssessSamAsync(int areaId, DreyfusStage stage)
    {
        var samId = await factory.StaffIdAsync(DemoAccounts.Sam);
        await factory.WithDbAsync(db =>
        {
            db.StageAssessments.Add(StageAssessment.SelfAssess(samId, areaId, stage, "Arranged by the test.", factory.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
    }
}

internal static class DateTimeOffsetExtensions
{
    public static DateOnly ToDateOnly(this DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
