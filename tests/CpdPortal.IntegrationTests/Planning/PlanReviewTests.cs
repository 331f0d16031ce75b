using System.Net;
using CpdPortal.Domain.Planning;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Planning;

/// <summary>
/// A plan's journey: starting one, submitting it (the supervisor is notified and the goals lock), and what the
/// owner sees after the supervisor asks for changes or approves. Each test uses a different person.
/// </summary>
public sealed class PlanReviewTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string SamSubmitted = "Sam Patel has submitted a CPD plan for review";

    [Fact]
    public async Task PostSubmit_SamsDraft_SubmitsItNotifiesAlexOnlyAndLocksTheGoals()
    {
        // Arrange
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var alexId = await factory.StaffIdAsync(DemoAccounts.Alex);
        var goal = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Single();
        var area = await factory.AreaIdAsync("Knowledge");

        // Act
        using var response = await sam.PostWithTokenAsync("/my/plan/submit");

        // Assert: submitted, with its history.
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/my/plan", response.RedirectTarget());
        var plan = await factory.PlanOfAsync(DemoAccounts.Sam);
        Assert.Equal(PlanStatus.Submitted, plan!.Status);
        var page = await sam.GetDocumentAsync("/my/plan");
        Assert.Equal("Your plan has been submitted for review", page.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        Assert.Equal("Submitted for review", page.GetSingle("[data-testid=plan-status]").NormalisedText());
        Assert.Equal(["Sam Patel", "Draft to Submitted for review", "None"], page.GetSingle("[data-testid=history] tbody tr").Children.Skip(1).Select(c => c.NormalisedText()));

        // Alex, her supervisor, has one notification about it; nobody else has.
        var notifications = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Message == SamSubmitted).ToListAsync());
        var notification = Assert.Single(notifications);
        Assert.Equal((alexId, "/supervision/plans", false), (notification.RecipientStaffId, notification.Link, notification.IsRead));

        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var home = await alex.GetDocumentAsync("/");
        Assert.Equal("Notifications (1 unread)", home.GetSingle("[data-testid=notifications-link]").NormalisedText());
        var list = await alex.GetDocumentAsync("/notifications");
        var row = list.GetSingle($"[data-notification-id='{notification.Id}']");
        Assert.Equal(SamSubmitted, row.GetSingle("[data-testid=message]").NormalisedText());
        Assert.Equal("/supervision/plans", row.GetSingle("a").GetAttribute("href"));
        Assert.Equal("New", row.GetSingle("[data-testid=status]").NormalisedText());

        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        using var chrisList = await chris.GetAsync("/notifications");
        Assert.DoesNotContain(SamSubmitted, await chrisList.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Her goals can no longer be changed.
        using var edit = await sam.PostWithTokenAsync($"/my/plan/goals/{goal.Id}/edit", PlanTestData.GoalFields(area, activities: "Too late."));
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(goal.PlannedActivities, (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Single().PlannedActivities);
    }

    [Fact]
    public async Task PostStart_NoPlanThisYear_StartsADraftThatCannotBeSubmittedEmpty()
    {
        // Arrange
        await factory.DeletePlanAsync(DemoAccounts.Lee);
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var empty = await client.GetDocumentAsync("/my/plan");
        Assert.Equal("Start your plan for 2026 to 2027", empty.GetSingle("form[action='/my/plan/start'] button").NormalisedText());

        // Act
        using var start = await client.PostWithTokenAsync("/my/plan/start");
        using var submit = await client.PostWithTokenAsync("/my/plan/submit");

        // Assert
        Assert.Equal(HttpStatusCode.Found, start.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        var document = await submit.GetDocumentAsync();
        Assert.Equal(["Add at least one goal before you submit your plan"], document.ErrorSummaryMessages());
        Assert.Equal("#Goals", document.GetSingle(".govuk-error-summary__list a").GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("#Goals"));
        var plan = await factory.PlanOfAsync(DemoAccounts.Lee);
        Assert.Equal((PlanStatus.Draft, 0, PlanTestData.YearStart), (plan!.Status, plan.Goals.Count, plan.YearStart));
    }

    [Fact]
    public async Task PostStart_PlanAlreadyStarted_KeepsTheOnePlan()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var before = await factory.PlanOfAsync(DemoAccounts.Jo);

        // Act
        using var response = await client.PostWithTokenAsync("/my/plan/start");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var after = await factory.PlanOfAsync(DemoAccounts.Jo);
        Assert.Equal((before!.Id, before.Status), (after!.Id, after.Status));
    }

    [Fact]
    public async Task Get_ChangesRequested_ShowsTheCommentAndLetsTheOwnerEditAgain()
    {
        // Arrange: Chris sends Jo's submitted plan back.
        var chrisId = await factory.StaffIdAsync(DemoAccounts.Chris);
        await factory.WithDbAsync(async db =>
        {
            var joId = await factory.StaffIdAsync(DemoAccounts.Jo);
            var plan = await db.DevelopmentPlans.Include(p => p.Goals).SingleAsync(p => p.StaffMemberId == joId && p.YearStart == PlanTestData.YearStart);
            plan.RequestChanges(chrisId, "Say which multi-agency meetings you will lead.", factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var goal = (await factory.PlanOfAsync(DemoAccounts.Jo))!.Goals.Single();
        var area = await factory.AreaIdAsync("Multi-agency and integrated working");

        // Act
        var document = await client.GetDocumentAsync("/my/plan");
        using var edit = await client.PostWithTokenAsync($"/my/plan/goals/{goal.Id}/edit", PlanTestData.GoalFields(area, activities: "Lead two team around the family meetings."));

        // Assert
        Assert.Equal("Changes requested", document.GetSingle("[data-testid=plan-status]").NormalisedText());
        var banner = document.GetSingle("[data-testid=changes-requested]");
        Assert.Contains("Chris Lee has asked for changes to your plan on 22 November 2026", banner.NormalisedText(), StringComparison.Ordinal);
        Assert.Equal("Say which multi-agency meetings you will lead.", banner.GetSingle("[data-testid=review-comment]").NormalisedText());
        Assert.NotNull(document.QuerySelector("a[href='/my/plan/goals/new']"));
        Assert.Equal(HttpStatusCode.Found, edit.StatusCode);
        Assert.Equal("Lead two team around the family meetings.", (await factory.PlanOfAsync(DemoAccounts.Jo))!.Goals.Single().PlannedActivities);
    }

    [Fact]
    public async Task PostProgress_ApprovedPlan_IsSavedButGoalsStayLocked()
    {
        // Arrange: Chris has an approved plan this year (approved by his own supervisor).
        await factory.DeletePlanAsync(DemoAccounts.Chris);
        var chrisId = await factory.StaffIdAsync(DemoAccounts.Chris);
        var area = await factory.AreaIdAsync("Professional leadership");
        var goalId = await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow();
            var supervisor = await db.StaffMembers.Where(s => s.Id == chrisId).Select(s => s.SupervisorId!.Value).SingleAsync();
            var plan = DevelopmentPlan.Start(chrisId, PlanTestData.YearStart, now);
            var goal = plan.AddGoal(new GoalDetails(area, Domain.Competence.DreyfusStage.Expert, new DateOnly(2027, 3, 1), "Leading teams course."), new DateOnly(2026, 11, 22), now);
            plan.Submit(chrisId, now);
            plan.Approve(supervisor, null, now);
            db.DevelopmentPlans.Add(plan);
            await db.SaveChangesAsync();
            return goal.Id;
        });
        using var client = factory.CreateClientFor(DemoAccounts.Chris);

        // Act
        using var progress = await client.PostWithTokenAsync($"/my/plan/goals/{goalId}/progress", [new("status", "Achieved")]);
        using var edit = await client.PostWithTokenAsync($"/my/plan/goals/{goalId}/edit", PlanTestData.GoalFields(area, activities: "Changed after approval."));

        // Assert
        Assert.Equal(HttpStatusCode.Found, progress.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("Your plan has been approved and cannot be changed", (await edit.GetDocumentAsync()).ErrorSummaryMessages());
        var goal = (await factory.PlanOfAsync(DemoAccounts.Chris))!.Goals.Single();
        Assert.Equal((GoalStatus.Achieved, "Leading teams course."), (goal.Status, goal.PlannedActivities));
        var page = await client.GetDocumentAsync("/my/plan");
        Assert.Equal("Approved", page.GetSingle("[data-testid=plan-status]").NormalisedText());
        Assert.Equal("Achieved", page.GetSingle("[data-testid=goal-status]").NormalisedText());
    }
}
