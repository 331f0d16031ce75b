using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.IntegrationTests.Planning;
using CpdPortal.IntegrationTests.Supervision;
using CpdPortal.IntegrationTests.Survey;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ActivityData = CpdPortal.IntegrationTests.Activities.ActivityTestData;

namespace CpdPortal.IntegrationTests.Forms;

/// <summary>
/// The same create form posted twice (same antiforgery token, same form instance id: a double click or a retry after
/// a lost response) makes one record and answers the second post with it and the same confirmation
/// (docs/adr/0017-one-record-per-form-submission.md).
/// </summary>
public sealed class DoubleSubmitTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>Opens the page and returns the form's fields as the browser would send them: antiforgery token and form instance id.</summary>
    private static async Task<List<KeyValuePair<string, string>>> OpenFormAsync(HttpClient client, string path, string formSelector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var document = await client.GetDocumentAsync(path);
        var form = document.GetSingle(formSelector);
        var formId = form.GetSingle($"input[type=hidden][name={FormInstanceId.FieldName}]").GetAttribute("value");
        Assert.NotNull(FormInstanceId.Parse(formId));
        return [.. fields, new(HtmlExtensions.AntiforgeryField, form.GetAntiforgeryToken()), new(FormInstanceId.FieldName, formId!)];
    }

    private static async Task<(HttpResponseMessage First, HttpResponseMessage Second)> PostTwiceAsync(HttpClient client, string path, List<KeyValuePair<string, string>> fields)
    {
        var first = await client.PostFormAsync(path, fields);
        var second = await client.PostFormAsync(path, fields);
        return (first, second);
    }

    private static async Task<string> FlashAsync(HttpClient client, string path) =>
        (await client.GetDocumentAsync(path)).GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText();

    private async Task<List<KeyValuePair<string, string>>> ActivityFormAsync(HttpClient client, string title)
    {
        var method = await ActivityData.MethodIdAsync(factory, "Reading");
        var fields = ActivityData.ValidForm(method, Today.AddDays(-3));
        fields["Title"] = title;
        return await OpenFormAsync(client, ActivityData.NewPath, "main form[method=post]", fields);
    }

    private Task<int> ActivitiesTitledAsync(string title) => factory.WithDbAsync(db => db.CpdActivities.CountAsync(a => a.Title == title));

    [Fact]
    public async Task PostActivity_SameFormTwice_SavesOneAndShowsItBothTimes()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var fields = await ActivityFormAsync(client, "Double-clicked reading");

        // Act
        var (first, second) = await PostTwiceAsync(client, ActivityData.NewPath, fields);
        using var _first = first;
        using var _second = second;

        // Assert
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.StartsWith("/my/activities/", first.RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(first.RedirectTarget(), second.RedirectTarget());
        Assert.Equal(1, await ActivitiesTitledAsync("Double-clicked reading"));
        Assert.Equal("Activity saved", await FlashAsync(client, second.RedirectTarget()!));
    }

    [Fact]
    public async Task PostActivity_SameFormTwiceAtOnce_SavesOneAndBothShowIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var fields = await ActivityFormAsync(client, "Reading sent twice at once");

        // Act
        var responses = await Task.WhenAll(client.PostFormAsync(ActivityData.NewPath, fields), client.PostFormAsync(ActivityData.NewPath, fields));

        // Assert
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Found, r.StatusCode));
        Assert.Single(responses.Select(r => r.RedirectTarget()).Distinct());
        Assert.Equal(1, await ActivitiesTitledAsync("Reading sent twice at once"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task PostActivity_InvalidThenCorrectedWithTheSameFormId_SavesTheCorrectedOne()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var fields = await ActivityFormAsync(client, "Corrected reading");
        var invalid = fields.Select(f => f.Key == "Title" ? new KeyValuePair<string, string>("Title", string.Empty) : f).ToList();
        using var refused = await client.PostFormAsync(ActivityData.NewPath, invalid);

        // Act
        using var corrected = await client.PostFormAsync(ActivityData.NewPath, fields);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Found, corrected.StatusCode);
        Assert.Equal(1, await ActivitiesTitledAsync("Corrected reading"));
    }

    [Fact]
    public async Task PostActivity_FormIdFromAnotherAccount_Answers404AndShowsNothingOfTheirs()
    {
        // Arrange: Sam saves an entry; Jo posts her own entry with the form id Sam's form carried.
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var samsFields = await ActivityFormAsync(sam, "Sam's private reading");
        using var saved = await sam.PostFormAsync(ActivityData.NewPath, samsFields);
        using var jo = factory.CreateClientFor(DemoAccounts.Jo);
        var josFields = (await ActivityFormAsync(jo, "Jo's reading"))
            .Select(f => f.Key == FormInstanceId.FieldName ? samsFields.Single(s => s.Key == FormInstanceId.FieldName) : f)
            .ToList();
        var josBefore = await ActivityData.ActivityRowsAsync(factory, DemoAccounts.Jo);

        // Act
        using var response = await jo.PostFormAsync(ActivityData.NewPath, josFields);

        // Assert
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("Sam's private reading", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(josBefore, await ActivityData.ActivityRowsAsync(factory, DemoAccounts.Jo));
        Assert.Equal(1, await ActivitiesTitledAsync("Sam's private reading"));
    }

    [Fact]
    public async Task PostSupervisionRecord_SameFormTwice_SavesOneAndShowsItBothTimes()
    {
        // Arrange
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var path = $"/supervision/{sam}/sessions/new";
        var fields = await OpenFormAsync(alex, path, "main form[method=post]", SupervisionTestData.ValidSession(Today));
        var before = await factory.SessionCountAsync();

        // Act
        var (first, second) = await PostTwiceAsync(alex, path, fields);
        using var _first = first;
        using var _second = second;

        // Assert
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.StartsWith("/supervision/sessions/", first.RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(first.RedirectTarget(), second.RedirectTarget());
        Assert.Equal(before + 1, await factory.SessionCountAsync());
        Assert.StartsWith("Supervision session recorded.", await FlashAsync(alex, second.RedirectTarget()!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostPlanGoal_SameFormTwice_AddsOneGoalAndShowsThePlanBothTimes()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await factory.AreaIdAsync("Values and ethics");
        var fields = await OpenFormAsync(client, "/my/plan/goals/new", "main form[method=post]", PlanTestData.GoalFields(area, stage: "4", day: "30", month: "6", year: "2027"));
        var before = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Count;

        // Act
        var (first, second) = await PostTwiceAsync(client, "/my/plan/goals/new", fields);
        using var _first = first;
        using var _second = second;

        // Assert
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.Equal("/my/plan", second.RedirectTarget());
        Assert.Equal(before + 1, (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Count);
        Assert.Equal("The goal has been added", await FlashAsync(client, "/my/plan"));
    }

    [Fact]
    public async Task PostBooking_SameFormTwice_BooksOnceAndShowsThePlaceBothTimes()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course booked by a double click");
        var session = await factory.AddSessionAsync(course, TimeSpan.FromDays(9));
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var fields = await OpenFormAsync(client, $"/courses/{course}", $"form[action='/courses/sessions/{session}/book']", []);

        // Act
        var (first, second) = await PostTwiceAsync(client, $"/courses/sessions/{session}/book", fields);
        using var _first = first;
        using var _second = second;

        // Assert
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.Equal($"/courses/{course}", second.RedirectTarget());
        Assert.Single(await factory.BookingsAsync(session));
        Assert.Equal("You have a place on the session", await FlashAsync(client, $"/courses/{course}"));
    }

    [Fact]
    public async Task PostFeedback_SameFormTwice_SavesOneAndThanksBothTimes()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course with double-clicked feedback");
        var session = await factory.AddSessionAsync(course, TimeSpan.FromHours(-3));
        var booking = await factory.AddBookingAsync(session, await factory.StaffIdAsync(DemoAccounts.Jo));
        using (var lee = factory.CreateClientFor(DemoAccounts.Lee))
        using (var marked = await lee.PostWithTokenAsync($"/learning/sessions/{session}/attendance", ("bookingId", booking.Text()), ("attended", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        }

        using var jo = factory.CreateClientFor(DemoAccounts.Jo);
        var path = $"/courses/bookings/{booking}/feedback";
        Dictionary<string, string> ratings = new() { ["Relevance"] = "4", ["Quality"] = "5", ["ConfidenceBefore"] = "2", ["ConfidenceAfter"] = "4", ["Comment"] = "Useful" };
        var fields = await OpenFormAsync(jo, path, "[data-testid=feedback-form]", ratings);

        // Act
        var (first, second) = await PostTwiceAsync(jo, path, fields);
        using var _first = first;
        using var _second = second;

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/", second.RedirectTarget());
        Assert.Equal(1, await factory.WithDbAsync(db => db.CourseFeedback.CountAsync(f => f.BookingId == booking)));
        Assert.Equal("Thank you: your feedback has been sent", await FlashAsync(jo, "/"));
    }

    [Fact]
    public async Task PostSurveyAnswer_SameFormTwice_SavesOneAndShowsItBothTimes()
    {
        // Arrange
        var round = await factory.EnsureOpenRoundAsync();
        var methods = await factory.MethodIdsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var fields = await OpenFormAsync(client, "/survey", "main form[method=post]", SurveyTestData.CompleteAnswer(methods));

        // Act
        var (first, second) = await PostTwiceAsync(client, "/survey", fields);
        using var _first = first;
        using var _second = second;

        // Assert
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.Equal("/survey", second.RedirectTarget());
        Assert.Equal(1, await factory.ResponseCountAsync(DemoAccounts.Jo, round));
        Assert.Equal("Thank you. Your answers have been saved", await FlashAsync(client, "/survey"));
    }
}
