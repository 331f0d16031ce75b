using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Survey;

/// <summary>The L&amp;D team's rounds on /learning/survey: list, open (one at a time, everyone told), close early.</summary>
public sealed class SurveyRoundsTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string> NotLearningAndDevelopment => new()
    {
        DemoAccounts.Sam.Email, DemoAccounts.Jo.Email, DemoAccounts.Alex.Email, DemoAccounts.Chris.Email, DemoAccounts.Ade.Email,
    };

    [Theory]
    [MemberData(nameof(NotLearningAndDevelopment))]
    public async Task Get_NotLearningAndDevelopment_IsForbidden(string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var list = await client.GetAsync("/learning/survey");
        using var form = await client.GetAsync("/learning/survey/new");

        // Assert
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, form.StatusCode));
    }

    [Fact]
    public async Task Get_SignedOut_RedirectsToSignIn()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/learning/survey");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpClientExtensions.SignInRedirectFor("/learning/survey"), response.RedirectTarget());
    }

    [Fact]
    public async Task Get_AsLee_ListsLastYearsClosedRoundWithItsResponses()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var seeded = await factory.WithDbAsync(db => db.SurveyRounds.Where(r => r.Title == "Training-needs survey 2025")
            .Select(r => new { r.Id, Responses = db.SurveyResponses.Count(s => s.RoundId == r.Id) }).SingleAsync());

        // Act
        var document = await client.GetDocumentAsync("/learning/survey");

        // Assert
        var row = document.GetSingle($"[data-round-id='{seeded.Id}']");
        Assert.Equal("Closed", row.GetSingle("[data-testid=status]").NormalisedText());
        Assert.Contains(seeded.Responses.ToString(System.Globalization.CultureInfo.InvariantCulture), row.NormalisedText(), StringComparison.Ordinal);
        Assert.True(seeded.Responses > 0);
    }

    [Fact]
    public async Task PostNew_ValidRound_OpensItAndNotifiesEveryCurrentStaffMemberWithoutTheTitle()
    {
        // Arrange
        await factory.CloseOpenRoundsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Link == "/survey"));
        var current = await factory.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.StartDate <= SurveyTestData.Today && (s.LeaveDate == null || s.LeaveDate >= SurveyTestData.Today)));

        // Act
        using var response = await client.PostWithTokenAsync("/learning/survey/new", RoundFields("Secret title =1+1", "31", "12", "2026"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/learning/survey", response.RedirectTarget());
        var round = await factory.WithDbAsync(db => db.SurveyRounds.OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(("Secret title =1+1", SurveyTestData.Today, new DateOnly(2026, 12, 31)), (round.Title, round.OpenedOn, round.ClosingDate));
        var notices = await factory.WithDbAsync(db => db.Notifications.Where(n => n.Link == "/survey").Select(n => n.Message).ToListAsync());
        Assert.Equal(before + current, notices.Count);
        Assert.DoesNotContain(notices, m => m.Contains("Secret", StringComparison.Ordinal));
        Assert.Contains("The training-needs survey is open until 31 December 2026. Tell us what helps you learn", notices);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        Assert.Contains("Secret title =1+1 is open until 31 December 2026", (await sam.GetDocumentAsync("/survey")).GetSingle("[data-testid=round]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostNew_AnotherRoundOpen_Answers400AndOpensNothing()
    {
        // Arrange
        await factory.EnsureOpenRoundAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.WithDbAsync(db => db.SurveyRounds.CountAsync());

        // Act
        using var response = await client.PostWithTokenAsync("/learning/survey/new", RoundFields("Second round", "31", "1", "2027"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Another survey round is still open. Close it before you open a new one"], (await response.GetDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal(before, await factory.WithDbAsync(db => db.SurveyRounds.CountAsync()));
    }

    [Theory]
    [InlineData("", "31", "12", "2026", "Title", "Enter a title for the round")]
    [InlineData("Needs", "21", "11", "2026", "ClosingDate", "The closing date must be today or in the future")]
    [InlineData("Needs", "", "", "", "ClosingDate", "Enter the closing date")]
    [InlineData("Needs", "31", "", "2026", "ClosingDate", "The closing date must include a month")]
    [InlineData("Needs", "30", "2", "2027", "ClosingDate", "The closing date must be a real date")]
    public async Task PostNew_BadInput_Answers400WithTheMessageBesideTheFieldAndOpensNothing(string title, string day, string month, string year, string field, string message)
    {
        // Arrange
        await factory.CloseOpenRoundsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.WithDbAsync(db => db.SurveyRounds.CountAsync());

        // Act
        using var response = await client.PostWithTokenAsync("/learning/survey/new", RoundFields(title, day, month, year));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal([message], document.ErrorSummaryMessages());
        Assert.Equal(message, document.FieldError(field));
        Assert.Equal(day, document.GetSingle("input[name='ClosingDate.Day']").GetAttribute("value") ?? string.Empty);
        Assert.Equal(before, await factory.WithDbAsync(db => db.SurveyRounds.CountAsync()));
    }

    [Fact]
    public async Task PostClose_OpenRound_ClosesItEarly()
    {
        // Arrange
        var id = await factory.EnsureOpenRoundAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/survey/{id}/close");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var round = await factory.WithDbAsync(db => db.SurveyRounds.SingleAsync(r => r.Id == id));
        Assert.Equal(SurveyTestData.Today, round.ClosedEarlyOn);
        var document = await client.GetDocumentAsync("/learning/survey");
        Assert.Equal("Closed early on 22 November 2026", document.GetSingle($"[data-round-id='{id}'] [data-testid=status]").NormalisedText());
    }

    [Fact]
    public async Task PostClose_ClosedRound_Answers400()
    {
        // Arrange
        var id = await factory.WithDbAsync(db => db.SurveyRounds.Where(r => r.Title == "Training-needs survey 2025").Select(r => r.Id).SingleAsync());
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/survey/{id}/close");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["This survey round is already closed"], (await response.GetDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task PostClose_UnknownRound_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.PostWithTokenAsync("/learning/survey/999999/close");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostClose_AsPractitioner_IsForbiddenAndClosesNothing()
    {
        // Arrange
        var id = await factory.EnsureOpenRoundAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/survey/{id}/close");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.SurveyRounds.Where(r => r.Id == id).Select(r => r.ClosedEarlyOn).SingleAsync()));
    }

    [Fact]
    public async Task PostNew_WithoutAntiforgeryToken_Answers400AndOpensNothing()
    {
        // Arrange
        await factory.CloseOpenRoundsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.WithDbAsync(db => db.SurveyRounds.CountAsync());

        // Act
        using var response = await client.PostFormAsync("/learning/survey/new", RoundFields("Needs", "31", "12", "2026"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.SurveyRounds.CountAsync()));
    }

    private static List<KeyValuePair<string, string>> RoundFields(string title, string day, string month, string year) =>
    [
        new("Title", title),
        new("ClosingDate.Day", day),
        new("ClosingDate.Month", month),
        new("ClosingDate.Year", year),
    ];
}
