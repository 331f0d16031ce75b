using System.Net;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Planning;

/// <summary>Adding, changing and removing goals of Sam's draft plan, and recording progress. Sam never submits here.</summary>
public sealed class PlanGoalTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string SelectArea = "Select the competence area this goal develops";
    private const string SelectStage = "Select the stage you aim to reach";
    private const string EnterDate = "Enter the date you aim to reach it by";
    private const string EnterActivities = "Enter the activities or courses you plan to do";

    /// <summary>Each bad goal: area ("mine", "none", "not-mine"), stage, day, month, year, activities, then the field and message expected.</summary>
    public static TheoryData<string, string, string, string, string, string, string, string> BadGoals => new()
    {
        { "none", "3", "31", "3", "2027", "Reading", "AreaId", SelectArea },
        { "not-mine", "3", "31", "3", "2027", "Reading", "AreaId", SelectArea },
        { "mine", "", "31", "3", "2027", "Reading", "TargetStage", SelectStage },
        { "mine", "7", "31", "3", "2027", "Reading", "TargetStage", SelectStage },
        { "mine", "3", "", "", "", "Reading", "TargetDate", EnterDate },
        { "mine", "3", "31", "", "2027", "Reading", "TargetDate", "The date you aim to reach it by must include a month" },
        { "mine", "3", "30", "2", "2027", "Reading", "TargetDate", "The date you aim to reach it by must be a real date" },
        { "mine", "3", "1", "11", "2026", "Reading", "TargetDate", "The target date must be today or in the future" },
        { "mine", "3", "31", "3", "2027", "", "PlannedActivities", EnterActivities },
        { "mine", "3", "31", "3", "2027", new string('x', 4001), "PlannedActivities", "The planned activities must be 4000 characters or fewer" },
    };

    [Fact]
    public async Task PostNew_ValidGoal_AddsItAndRedirectsToThePlan()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Rights, justice and economic wellbeing");
        var before = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Count;

        // Act
        using var response = await client.PostWithTokenAsync("/my/plan/goals/new", PlanTestData.GoalFields(area, stage: "3", day: "31", month: "3", year: "2027"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/my/plan", response.RedirectTarget());
        var plan = await factory.PlanOfAsync(DemoAccounts.Sam);
        Assert.Equal(before + 1, plan!.Goals.Count);
        var added = plan.Goals.Single(g => g.AreaId == area);
        Assert.Equal((DreyfusStage.Competent, new DateOnly(2027, 3, 31), GoalStatus.NotStarted), (added.TargetStage, added.TargetDate, added.Status));
        var page = await client.GetDocumentAsync("/my/plan");
        Assert.Equal("The goal has been added", page.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        Assert.NotNull(page.QuerySelector($"[data-goal-id='{added.Id}']"));
    }

    [Theory]
    [MemberData(nameof(BadGoals))]
    public async Task PostNew_BadGoal_Answers400WithTheMessageBesideTheFieldAndAddsNothing(
        string area, string stage, string day, string month, string year, string activities, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var areaId = area switch
        {
            "mine" => await factory.AreaIdAsync("Knowledge"),
            "not-mine" => await factory.AreaIdAsync("Information sharing"),
            _ => 0,
        };
        var fields = PlanTestData.GoalFields(areaId, stage, day, month, year, activities);
        if (area == "none")
        {
            fields.RemoveAll(f => f.Key == "AreaId");
        }

        var before = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Count;

        // Act
        using var response = await client.PostWithTokenAsync("/my/plan/goals/new", fields);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal([message], document.ErrorSummaryMessages());
        Assert.Equal(message, document.FieldError(field));
        Assert.Equal(activities, document.GetSingle("textarea[name=PlannedActivities]").TextContent.Trim());
        Assert.Equal(day, document.GetSingle("input[name='TargetDate.Day']").GetAttribute("value") ?? string.Empty);
        Assert.Equal(before, (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Count);
    }

    [Fact]
    public async Task GetEdit_SamsGoal_ShowsWhatItSaysNow()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var goalId = await AddGoalAsync(client, "Professionalism", "Shadow a senior practitioner at two conferences.");

        // Act
        var document = await client.GetDocumentAsync($"/my/plan/goals/{goalId}/edit");

        // Assert
        var area = await factory.AreaIdAsync("Professionalism");
        Assert.Equal(area.ToString(System.Globalization.CultureInfo.InvariantCulture), document.GetSingle("select#AreaId option[selected]").GetAttribute("value"));
        Assert.Equal("3", document.GetSingle("input[name=TargetStage][checked]").GetAttribute("value"));
        Assert.Equal(["31", "3", "2027"], document.QuerySelectorAll(".govuk-date-input input").Select(i => i.GetAttribute("value")));
        Assert.Equal("Shadow a senior practitioner at two conferences.", document.GetSingle("textarea[name=PlannedActivities]").TextContent.Trim());
    }

    [Fact]
    public async Task PostEdit_ValidGoal_ChangesIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var goalId = await AddGoalAsync(client, "Contexts and organisations", "Attend a team away day.");
        var area = await factory.AreaIdAsync("Communication");

        // Act
        using var response = await client.PostWithTokenAsync($"/my/plan/goals/{goalId}/edit", PlanTestData.GoalFields(area, stage: "2", day: "1", month: "6", year: "2027", activities: "Observe two child protection conferences."));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var goal = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Single(g => g.Id == goalId);
        Assert.Equal((area, DreyfusStage.AdvancedBeginner, new DateOnly(2027, 6, 1), "Observe two child protection conferences."), (goal.AreaId, goal.TargetStage, goal.TargetDate, goal.PlannedActivities));
    }

    [Fact]
    public async Task PostEdit_BadGoal_Answers400AndChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var goalId = await AddGoalAsync(client, "Diversity and equality", "Anti-racist practice course.");
        var area = await factory.AreaIdAsync("Diversity and equality");

        // Act
        using var response = await client.PostWithTokenAsync($"/my/plan/goals/{goalId}/edit", PlanTestData.GoalFields(area, stage: "", activities: ""));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal([EnterActivities, SelectStage], document.ErrorSummaryMessages().Order(StringComparer.Ordinal));
        Assert.Equal("Save the goal", document.GetSingle("main form[method=post] button[type=submit]").NormalisedText());
        var goal = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Single(g => g.Id == goalId);
        Assert.Equal((DreyfusStage.Competent, "Anti-racist practice course."), (goal.TargetStage, goal.PlannedActivities));
    }

    [Fact]
    public async Task PostEdit_UnknownGoalId_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Knowledge");

        // Act
        using var response = await client.PostWithTokenAsync("/my/plan/goals/999999/edit", PlanTestData.GoalFields(area));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostRemove_SamsGoal_RemovesOnlyThatGoal()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var seeded = await factory.FirstGoalIdAsync(DemoAccounts.Sam);
        var goalId = await AddGoalAsync(client, "Skills and interventions", "Motivational interviewing course.");

        // Act
        using var response = await client.PostWithTokenAsync($"/my/plan/goals/{goalId}/remove");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var goals = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals;
        Assert.DoesNotContain(goals, g => g.Id == goalId);
        Assert.Contains(goals, g => g.Id == seeded);
    }

    [Fact]
    public async Task PostProgress_InProgress_SavesItOnTheDraft()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var goalId = await AddGoalAsync(client, "Values and ethics", "Restorative practice workshop.");

        // Act
        using var response = await client.PostWithTokenAsync($"/my/plan/goals/{goalId}/progress", [new("status", "InProgress")]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(GoalStatus.InProgress, (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Single(g => g.Id == goalId).Status);
        var page = await client.GetDocumentAsync("/my/plan");
        Assert.Equal("In progress", page.GetSingle($"[data-goal-id='{goalId}'] [data-testid=goal-status]").NormalisedText());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Finished")]
    [InlineData("2")]
    public async Task PostProgress_UnknownValue_Answers400AndChangesNothing(string status)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var goalId = await factory.FirstGoalIdAsync(DemoAccounts.Sam);
        var before = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Single(g => g.Id == goalId).Status;

        // Act
        using var response = await client.PostWithTokenAsync($"/my/plan/goals/{goalId}/progress", [new("status", status)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal(["Select the goal's progress"], document.ErrorSummaryMessages());
        Assert.Equal("Select the goal's progress", document.FieldError($"Progress-{goalId}"));
        Assert.Equal(before, (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Single(g => g.Id == goalId).Status);
    }

    /// <summary>Adds a goal through the form (competent by 31 March 2027) and returns its id.</summary>
    private async Task<int> AddGoalAsync(HttpClient client, string areaName, string activities)
    {
        var area = await factory.AreaIdAsync(areaName);
        var before = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Select(g => g.Id).ToHashSet();
        using var response = await client.PostWithTokenAsync("/my/plan/goals/new", PlanTestData.GoalFields(area, activities: activities));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Single(g => !before.Contains(g.Id)).Id;
    }
}
