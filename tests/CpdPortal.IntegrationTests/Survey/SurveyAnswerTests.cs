using System.Net;
using CpdPortal.Domain.Survey;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Survey;

/// <summary>Answering an open round on /survey: once, anonymously in results, and every bad answer refused with a 400.</summary>
public sealed class SurveyAnswerTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    /// <summary>A bad field (name, value), plus a method's field or "" meaning the first method, and the message expected.</summary>
    public static TheoryData<string, string, string> BadRatings => new()
    {
        { "0", "Method", "Select a rating from 1 to 5, or not used" },
        { "6", "Method", "Select a rating from 1 to 5, or not used" },
        { "abc", "Method", "Select a rating from 1 to 5, or not used" },
    };

    [Fact]
    public async Task Get_OpenRound_ShowsOneFieldsetOfRadiosPerMethod()
    {
        // Arrange
        await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/survey");

        // Assert
        Assert.Equal(methods.Count, document.QuerySelectorAll("form .app-survey-method fieldset").Length);
        Assert.Equal(6, document.QuerySelectorAll($"input[type=radio][name='Ratings[{methods[0]}]']").Length);
        Assert.Equal(methods.Count, document.QuerySelectorAll("input[type=checkbox][name=Wishes]").Length);
        Assert.Equal(SurveyBarriers.All.Count + 1, document.QuerySelectorAll("input[type=checkbox][name=Barriers]").Length);
    }

    [Fact]
    public async Task Post_CompleteAnswer_SavesItOnceAndShowsWhatWasSaid()
    {
        // Arrange
        var roundId = await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await client.PostWithTokenAsync("/survey", SurveyTestData.CompleteAnswer(methods, rating: "5"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/survey", response.RedirectTarget());
        var saved = await factory.WithDbAsync(db => db.SurveyResponses.Include(r => r.Ratings).Include(r => r.Barriers)
            .SingleAsync(r => r.RoundId == roundId && r.StaffMemberId == db.StaffMembers.Single(s => s.Email == DemoAccounts.Jo.Email).Id));
        Assert.True(saved.IsComplete);
        Assert.Equal(methods.Count, saved.Ratings.Count(r => r.Rating == 5));
        Assert.Equal([SurveyBarrier.Workload], saved.Barriers.Select(b => b.Barrier));
        var page = await client.GetDocumentAsync("/survey");
        Assert.Equal("You have answered this round", page.GetSingle("[data-testid=answered] h2").NormalisedText());
        Assert.Equal("Complete", page.SummaryValue("Your answers"));
        Assert.Equal("Workload", page.SummaryValue("What gets in the way"));
        Assert.Null(page.QuerySelector("main form[method=post]"));
    }

    [Fact]
    public async Task Post_SecondAnswer_Answers400WithAClearMessageAndSavesNothingTwice()
    {
        // Arrange
        var roundId = await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Chris);
        using var first = await client.PostWithTokenAsync("/survey", SurveyTestData.CompleteAnswer(methods));

        // Act
        using var second = await client.PostWithTokenAsync("/survey", SurveyTestData.CompleteAnswer(methods, rating: "1"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var document = await second.GetDocumentAsync();
        Assert.Equal(["You have already answered this survey round. Each person can answer once"], document.ErrorSummaryMessages());
        Assert.Equal(1, await factory.ResponseCountAsync(DemoAccounts.Chris, roundId));
    }

    [Fact]
    public async Task Post_MethodsLeftOut_IsSavedAsIncomplete()
    {
        // Arrange
        var roundId = await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        List<KeyValuePair<string, string>> fields = [new($"Ratings[{methods[0]}]", "3"), new($"Ratings[{methods[1]}]", SurveyFormValues.NotUsed)];

        // Act
        using var response = await client.PostWithTokenAsync("/survey", fields);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var page = await client.GetDocumentAsync("/survey");
        Assert.Equal("Incomplete: you left some questions unanswered", page.SummaryValue("Your answers"));
        Assert.Equal("Not answered", page.SummaryValue("What gets in the way"));
        Assert.Equal(1, await factory.ResponseCountAsync(DemoAccounts.Alex, roundId));
    }

    [Theory]
    [MemberData(nameof(BadRatings))]
    public async Task Post_BadRating_Answers400WithTheMessageBesideTheMethodAndSavesNothing(string value, string field, string message)
    {
        // Arrange
        var roundId = await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var fields = SurveyTestData.CompleteAnswer(methods);
        fields[1] = new($"Ratings[{methods[1]}]", value);

        // Act
        using var response = await client.PostWithTokenAsync("/survey", fields);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal([message], document.ErrorSummaryMessages());
        Assert.Equal(message, document.FieldError($"{field}-{methods[1]}"));
        Assert.NotNull(document.QuerySelector($"input[name='Ratings[{methods[0]}]'][value='4'][checked]"));
        Assert.Equal(0, await factory.ResponseCountAsync(DemoAccounts.Sam, roundId));
    }

    [Fact]
    public async Task Post_UnknownMethodId_Answers400AndSavesNothing()
    {
        // Arrange
        var roundId = await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var fields = SurveyTestData.CompleteAnswer(methods);
        fields.Add(new("Ratings[999999]", "3"));

        // Act
        using var response = await client.PostWithTokenAsync("/survey", fields);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Answer only about the methods in the list"], (await response.GetDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal(0, await factory.ResponseCountAsync(DemoAccounts.Sam, roundId));
    }

    [Theory]
    [InlineData("Other", "", "Enter the other barrier")]
    [InlineData("Nonsense", "", "Select barriers from the list")]
    [InlineData("None", "", "Select the barriers you face, or select none of these, not both")]
    public async Task Post_BadBarriers_Answers400AndSavesNothing(string barrier, string other, string message)
    {
        // Arrange
        var roundId = await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var fields = SurveyTestData.CompleteAnswer(methods);
        fields.Add(new("Barriers", barrier));
        fields.Add(new("OtherBarrier", other));

        // Act
        using var response = await client.PostWithTokenAsync("/survey", fields);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], (await response.GetDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal(0, await factory.ResponseCountAsync(DemoAccounts.Sam, roundId));
    }

    [Fact]
    public async Task Post_OtherBarrierTooLong_Answers400AndKeepsWhatWasTyped()
    {
        // Arrange
        await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var fields = SurveyTestData.CompleteAnswer(methods);
        var other = new string('x', 501);
        fields.Add(new("Barriers", "Other"));
        fields.Add(new("OtherBarrier", other));

        // Act
        using var response = await client.PostWithTokenAsync("/survey", fields);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Other barrier must be 500 characters or fewer", document.FieldError("OtherBarrier"));
        Assert.Equal(other, document.GetSingle("textarea[name=OtherBarrier]").TextContent.Trim());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange
        var roundId = await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.PostFormAsync("/survey", SurveyTestData.CompleteAnswer(methods));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.ResponseCountAsync(DemoAccounts.Lee, roundId));
    }

    [Fact]
    public async Task Post_AsAdministratorWithoutStaffRecord_IsForbidden()
    {
        // Arrange
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.PostWithTokenAsync("/survey", SurveyTestData.CompleteAnswer(methods));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>The form's special values, as the browser sends them.</summary>
internal static class SurveyFormValues
{
    public const string NotUsed = "not-used";
}
