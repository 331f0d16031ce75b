using System.Globalization;
using System.Net;
using CpdPortal.Domain.Planning;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>/supervision/plans with bad or stale decisions: nothing in this class changes a plan.</summary>
public sealed class PlanReviewPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Index_Chris_ListsJosSubmittedPlanAndAlexDoesNot()
    {
        // Arrange
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var plan = await factory.PlanIdAsync(DemoAccounts.Jo);

        // Act
        var chrisList = await chris.GetDocumentAsync("/supervision/plans");
        var alexList = await alex.GetDocumentAsync("/supervision/plans");

        // Assert
        var row = chrisList.GetSingle($"[data-testid=plans] tr[data-plan-id='{plan}']");
        Assert.Contains("Jo Okafor", row.NormalisedText(), StringComparison.Ordinal);
        Assert.Null(alexList.QuerySelector($"tr[data-plan-id='{plan}']"));
    }

    [Fact]
    public async Task Review_Chris_ShowsTheGoalsHistoryAndDecisionForm()
    {
        // Arrange
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        var plan = await factory.PlanIdAsync(DemoAccounts.Jo);
        var (_, version) = await factory.PlanStateAsync(plan);

        // Act
        var document = await chris.GetDocumentAsync($"/supervision/plans/{plan}");

        // Assert
        Assert.Equal("Submitted for review", document.GetSingle("[data-testid=plan-status] strong").NormalisedText());
        Assert.NotEmpty(document.QuerySelectorAll("[data-testid=goals] tbody tr"));
        Assert.Contains("Draft to Submitted for review", document.GetSingle("[data-testid=history]").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(Text(version), document.GetSingle("input[name=Version]").GetAttribute("value"));
        Assert.Equal(2, document.QuerySelectorAll("input[name=Decision]").Length);
    }

    public static TheoryData<string?, string, string, string> BadDecisions => new()
    {
        { null, "", "Decision", "Select whether you approve the plan or want changes" },
        { "Maybe", "", "Decision", "Select whether you approve the plan or want changes" },
        { "RequestChanges", "  ", "Comment", "Enter what needs to change" },
        { "Approve", new string('x', DevelopmentPlan.CommentMaxLength + 1), "Comment", $"The comment must be {DevelopmentPlan.CommentMaxLength} characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(BadDecisions))]
    public async Task Decide_BadInput_Answers400AndChangesNothing(string? decision, string comment, string field, string message)
    {
        // Arrange
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        var plan = await factory.PlanIdAsync(DemoAccounts.Jo);
        var before = await factory.PlanStateAsync(plan);
        var fields = new List<KeyValuePair<string, string>> { new("Version", Text(before.Version)), new("Comment", comment) };
        if (decision is not null)
        {
            fields.Add(new("Decision", decision));
        }

        // Act
        using var response = await chris.PostWithTokenAsync($"/supervision/plans/{plan}", fields);
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.FieldError(field));
        Assert.Contains(message, document.ErrorSummaryMessages());
        Assert.Equal(before, await factory.PlanStateAsync(plan));
    }

    [Fact]
    public async Task Decide_OnAPlanThatChangedSinceItWasRead_Answers400AndChangesNothing()
    {
        // Arrange
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        var plan = await factory.PlanIdAsync(DemoAccounts.Jo);
        var before = await factory.PlanStateAsync(plan);

        // Act
        using var response = await chris.PostWithTokenAsync($"/supervision/plans/{plan}", [new("Version", Text(before.Version - 1)), new("Decision", "Approve")]);
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This plan changed while you were reading it. Read it again before you decide.", document.ErrorSummaryMessages());
        Assert.Equal(Text(before.Version), document.GetSingle("input[name=Version]").GetAttribute("value"));
        Assert.Equal(before, await factory.PlanStateAsync(plan));
    }

    [Fact]
    public async Task Decide_OnSamsDraft_Answers400BecauseItIsNotSubmitted()
    {
        // Arrange
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var plan = await factory.PlanIdAsync(DemoAccounts.Sam);
        var before = await factory.PlanStateAsync(plan);

        // Act
        using var response = await alex.PostWithTokenAsync($"/supervision/plans/{plan}", [new("Version", Text(before.Version)), new("Decision", "Approve")]);
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Only a submitted plan can be reviewed", document.ErrorSummaryMessages());
        Assert.Equal(PlanStatus.Draft, (await factory.PlanStateAsync(plan)).Status);
    }

    [Fact]
    public async Task Decide_ByAlexOnJosPlan_IsNotFoundAndChangesNothing()
    {
        // Arrange
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var plan = await factory.PlanIdAsync(DemoAccounts.Jo);
        var before = await factory.PlanStateAsync(plan);

        // Act
        using var response = await alex.PostWithTokenAsync($"/supervision/plans/{plan}", [new("Version", Text(before.Version)), new("Decision", "Approve")]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.PlanStateAsync(plan));
    }
}

/// <summary>A decision that lands, and the second decision on the same plan at once. Changes Jo's plan.</summary>
public sealed class PlanDecisionTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Decide_TwoAtOnce_TheFirstLandsAndTellsJoTheSecondIsToldItChanged()
    {
        // Arrange: two tabs read the plan at the same version.
        using var first = factory.CreateClientFor(DemoAccounts.Chris);
        using var second = factory.CreateClientFor(DemoAccounts.Chris);
        var plan = await factory.PlanIdAsync(DemoAccounts.Jo);
        var (_, version) = await factory.PlanStateAsync(plan);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var version1 = version.ToString(CultureInfo.InvariantCulture);

        // Act
        using var approved = await first.PostWithTokenAsync($"/supervision/plans/{plan}", [new("Version", version1), new("Decision", "Approve"), new("Comment", "A good, focused plan.")]);
        using var late = await second.PostWithTokenAsync($"/supervision/plans/{plan}", [new("Version", version1), new("Decision", "RequestChanges"), new("Comment", "Add a goal on assessment.")]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, approved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("This plan changed while you were reading it. Read it again before you decide.", (await late.GetDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal(PlanStatus.Approved, (await factory.PlanStateAsync(plan)).Status);
        var notification = await factory.WithDbAsync(db => db.Notifications.Where(n => n.RecipientStaffId == jo).OrderByDescending(n => n.Id).FirstAsync());
        Assert.Equal("Your supervisor has approved your CPD plan", notification.Message);
        Assert.Equal("/my/plan", notification.Link);

        using var joClient = factory.CreateClientFor(DemoAccounts.Jo);
        var history = (await joClient.GetDocumentAsync("/my/plan")).QuerySelector("[data-testid=history] tbody tr")!.NormalisedText();
        Assert.Contains("Chris Lee", history, StringComparison.Ordinal);
        Assert.Contains("Submitted for review to Approved", history, StringComparison.Ordinal);
        Assert.Contains("A good, focused plan.", history, StringComparison.Ordinal);
    }
}
