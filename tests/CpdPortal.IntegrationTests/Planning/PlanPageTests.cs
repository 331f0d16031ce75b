using System.Net;
using CpdPortal.Domain.Planning;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Planning;

/// <summary>
/// /my/plan as seeded: Sam's draft with one goal, Jo's submitted plan that she cannot change, and other people's
/// goal ids. Nothing in this class changes a plan successfully.
/// </summary>
public sealed class PlanPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Locked = "Your plan is with your supervisor for review and cannot be changed until they respond";

    [Fact]
    public async Task Get_Sam_ShowsHerDraftWithOneGoalAndWhatSheCanDo()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var goalId = await factory.FirstGoalIdAsync(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/plan");

        // Assert
        Assert.Equal("Your CPD plan for 2026 to 2027", document.GetSingle("main h1").NormalisedText());
        var status = document.GetSingle("[data-testid=plan-status]");
        Assert.Equal("Draft", status.NormalisedText());
        Assert.Contains("govuk-tag", status.ClassList);
        var row = document.GetSingle("[data-testid=goals] tbody tr");
        Assert.Equal(goalId.ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetAttribute("data-goal-id"));
        var cells = row.Children.Select(c => c.NormalisedText()).ToList();
        Assert.Equal("Critical reflection and analysis", cells[0]);
        Assert.Equal("Competent", cells[1]);
        Assert.Equal("22 April 2027", cells[2]);
        Assert.Equal("Attend the mapped course and discuss progress in supervision each month.", cells[3]);
        Assert.Equal("Not started", row.GetSingle("[data-testid=goal-status]").NormalisedText());
        Assert.Equal($"/my/plan/goals/{goalId}/edit", row.GetSingle("a[href$='/edit']").GetAttribute("href"));
        Assert.NotNull(row.QuerySelector($"form[action='/my/plan/goals/{goalId}/remove']"));
        Assert.NotNull(row.QuerySelector($"form[action='/my/plan/goals/{goalId}/progress']"));
        Assert.NotNull(document.QuerySelector("a[href='/my/plan/goals/new']"));
        Assert.Equal("Submit for review", document.GetSingle("form[action='/my/plan/submit'] button").NormalisedText());
        Assert.NotNull(document.QuerySelector("[data-testid=no-history]"));
    }

    [Fact]
    public async Task Get_Jo_ShowsHerSubmittedPlanWithoutWaysToChangeIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/my/plan");

        // Assert
        Assert.Equal("Submitted for review", document.GetSingle("[data-testid=plan-status]").NormalisedText());
        Assert.NotNull(document.QuerySelector("[data-testid=locked]"));
        Assert.Empty(document.QuerySelectorAll("a[href='/my/plan/goals/new'], a[href$='/edit'], form[action$='/remove'], form[action='/my/plan/submit']"));
        Assert.Single(document.QuerySelectorAll("form[action$='/progress']"));
        var history = document.GetSingle("[data-testid=history] tbody tr").Children.Select(c => c.NormalisedText()).ToList();
        Assert.Equal(["Jo Okafor", "Draft to Submitted for review", "None"], history.Skip(1));
    }

    [Fact]
    public async Task GetNew_Sam_OffersTheAreasOfHerFrameworksOnly()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/plan/goals/new");

        // Assert
        var groups = document.QuerySelectorAll("select#AreaId optgroup").Select(g => (g.GetAttribute("label"), g.QuerySelectorAll("option").Length)).ToList();
        Assert.Equal([("Post-qualifying standards: child and family practitioners", 10), ("Professional Capabilities Framework", 9)], groups);
        Assert.Equal(5, document.QuerySelectorAll("input[type=radio][name=TargetStage]").Length);
        Assert.NotNull(document.QuerySelector("input[name='TargetDate.Day']"));
        Assert.NotNull(document.QuerySelector("textarea[name=PlannedActivities]"));
    }

    [Fact]
    public async Task GetEdit_JosGoalOnHerSubmittedPlan_Answers400WithTheReason()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var goalId = await factory.FirstGoalIdAsync(DemoAccounts.Jo);

        // Act
        using var response = await client.GetAsync($"/my/plan/goals/{goalId}/edit");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Locked, (await response.GetDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task PostEdit_JosGoalOnHerSubmittedPlan_Answers400AndChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var before = await factory.PlanOfAsync(DemoAccounts.Jo);
        var goal = before!.Goals.Single();
        var area = await factory.AreaIdAsync("Information sharing");

        // Act
        using var response = await client.PostWithTokenAsync($"/my/plan/goals/{goal.Id}/edit", PlanTestData.GoalFields(area, activities: "Changed while locked."));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(Locked, document.ErrorSummaryMessages());
        Assert.Equal("Changed while locked.", document.GetSingle("textarea[name=PlannedActivities]").TextContent.Trim());
        var after = (await factory.PlanOfAsync(DemoAccounts.Jo))!.Goals.Single();
        Assert.Equal((goal.AreaId, goal.TargetStage, goal.TargetDate, goal.PlannedActivities), (after.AreaId, after.TargetStage, after.TargetDate, after.PlannedActivities));
    }

    [Fact]
    public async Task PostNew_JosSubmittedPlan_Answers400AndAddsNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var area = await factory.AreaIdAsync("Information sharing");

        // Act
        using var response = await client.PostWithTokenAsync("/my/plan/goals/new", PlanTestData.GoalFields(area));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Locked, (await response.GetDocumentAsync()).ErrorSummaryMessages());
        Assert.Single((await factory.PlanOfAsync(DemoAccounts.Jo))!.Goals);
    }

    [Fact]
    public async Task PostRemove_JosGoalOnHerSubmittedPlan_Answers400AndKeepsIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var goalId = await factory.FirstGoalIdAsync(DemoAccounts.Jo);

        // Act
        using var response = await client.PostWithTokenAsync($"/my/plan/goals/{goalId}/remove");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains(Locked, document.ErrorSummaryMessages());
        Assert.Equal("Submitted for review", document.GetSingle("[data-testid=plan-status]").NormalisedText());
        Assert.Single((await factory.PlanOfAsync(DemoAccounts.Jo))!.Goals);
    }

    [Fact]
    public async Task PostSubmit_JosAlreadySubmittedPlan_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await client.PostWithTokenAsync("/my/plan/submit");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This plan has already been submitted", (await response.GetDocumentAsync()).ErrorSummaryMessages());
        Assert.Single((await factory.PlanOfAsync(DemoAccounts.Jo))!.Transitions);
    }

    [Theory]
    [InlineData("GET", "edit")]
    [InlineData("POST", "edit")]
    [InlineData("POST", "remove")]
    [InlineData("POST", "progress")]
    public async Task Request_SamUsesJosGoalId_Answers404AndChangesNothing(string method, string action)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = (await factory.PlanOfAsync(DemoAccounts.Jo))!.Goals.Single();
        var area = await factory.AreaIdAsync("Critical reflection and analysis");
        var path = $"/my/plan/goals/{before.Id}/{action}";

        // Act
        using var response = method == "GET"
            ? await client.GetAsync(path)
            : await client.PostWithTokenAsync(path, [.. PlanTestData.GoalFields(area), new("status", "Achieved")]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(before.PlannedActivities, body, StringComparison.Ordinal);
        var after = (await factory.PlanOfAsync(DemoAccounts.Jo))!.Goals.Single();
        Assert.Equal((before.AreaId, before.TargetStage, before.PlannedActivities, before.Status), (after.AreaId, after.TargetStage, after.PlannedActivities, after.Status));
    }

    [Theory]
    [InlineData("/my/plan/submit")]
    [InlineData("/my/plan/start")]
    [InlineData("/my/plan/goals/new")]
    public async Task Post_WithoutAntiforgeryToken_Answers400AndChangesNothing(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Knowledge");

        // Act
        using var response = await client.PostFormAsync(path, PlanTestData.GoalFields(area));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var plan = await factory.PlanOfAsync(DemoAccounts.Sam);
        Assert.Equal(PlanStatus.Draft, plan!.Status);
        Assert.Single(plan.Goals);
    }
}
