using System.Net;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Training;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>Browsing /courses and booking: places, the waiting list, promotion, cancelling, and every refusal.</summary>
public sealed class BookingTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static int _slot;

    /// <summary>
    /// A start a week or more ahead, 12 hours after the last one handed out: the tests share the demo accounts, and
    /// their sessions must not overlap unless a test means them to.
    /// </summary>
    private static TimeSpan NextWeek => TimeSpan.FromDays(7).Add(TimeSpan.FromHours(12 * Interlocked.Increment(ref _slot)));

    private static string BookPath(int sessionId) => $"/courses/sessions/{sessionId}/book";

    private static string CancelPath(int sessionId) => $"/courses/sessions/{sessionId}/cancel";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path) =>
        await client.PostFormAsync(path, [new(HtmlExtensions.AntiforgeryField, await client.AnyTokenAsync())]);

    [Fact]
    public async Task Index_Jo_ListsCoursesNotRetiredWithPagination()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/courses");

        // Assert
        Assert.Equal(20, document.QuerySelectorAll("[data-testid=courses] tbody tr").Length);
        Assert.NotNull(document.QuerySelector(".govuk-pagination a[href*='page=2']"));
    }

    [Fact]
    public async Task Index_FilterByDeliveryAndArea_ShowsOnlyMatchingCourses()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var area = await ActivityTestData.AreaIdAsync(factory, "Information sharing");

        // Act
        var elearning = await client.GetDocumentAsync("/courses?delivery=ELearning");
        var byArea = await client.GetDocumentAsync($"/courses?area={area}");

        // Assert
        var deliveries = elearning.QuerySelectorAll("[data-testid=courses] tbody tr td:nth-child(3)").Select(td => td.NormalisedText()).Distinct().ToList();
        Assert.Equal(["E-learning"], deliveries);
        var titles = byArea.QuerySelectorAll("[data-testid=courses] tbody th a").Select(a => a.NormalisedText()).ToList();
        Assert.Equal(["Information sharing and GDPR", "Recording with children in mind"], titles);
    }

    [Fact]
    public async Task Details_Course_ShowsMappedCellsAndUpcomingSessionsWithPlacesLeft()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course with two sessions");
        await factory.ChangeAsync(async db => (await db.Courses.Include(c => c.Mappings).SingleAsync(c => c.Id == course)).MapTo(await db.CompetenceAreas.Where(a => a.Name == "Knowledge").Select(a => a.Id).FirstAsync(), Domain.Competence.DreyfusStage.Expert));
        var soon = await factory.AddSessionAsync(course, NextWeek, capacity: 3);
        await factory.AddSessionAsync(course, TimeSpan.FromHours(-2));
        var other = (await factory.OtherStaffAsync(1))[0];
        await factory.AddBookingAsync(soon, other);
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync($"/courses/{course}");

        // Assert
        Assert.Equal("Knowledge (Professional Capabilities Framework): stage 5 Expert", document.GetSingle("[data-testid=cells] li").NormalisedText());
        var card = document.GetSingle("[data-session-id]");
        Assert.Equal(soon.ToString(System.Globalization.CultureInfo.InvariantCulture), card.GetAttribute("data-session-id"));
        Assert.Equal("2 of 3", card.GetSingle("[data-testid=places-left]").NormalisedText());
        Assert.Equal("Not booked", card.GetSingle("[data-testid=my-status]").NormalisedText());
        Assert.Contains("Book a place", card.GetSingle("button").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_UnknownCourse_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await client.GetAsync("/courses/99999");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostBook_PlaceLeft_BooksAndShowsItOnTheHomePage()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course Jo books");
        var session = await factory.AddSessionAsync(course, NextWeek);
        var jo = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Jo);
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await PostAsync(client, BookPath(session));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/courses/{course}", response.RedirectTarget());
        var booking = Assert.Single(await factory.BookingsAsync(session));
        Assert.Equal((jo, BookingStatus.Booked), (booking.StaffMemberId, booking.Status));
        var page = await client.GetDocumentAsync($"/courses/{course}");
        Assert.Equal("You have a place on the session", page.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        Assert.Equal("Booked", page.GetSingle("[data-testid=my-status]").NormalisedText());
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Course Jo books", home.GetSingle("[data-testid=my-bookings]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostBook_Full_JoinsTheWaitingList()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Full course");
        var session = await factory.AddSessionAsync(course, NextWeek, capacity: 1);
        await factory.AddBookingAsync(session, (await factory.OtherStaffAsync(1))[0]);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await PostAsync(client, BookPath(session));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal([BookingStatus.Booked, BookingStatus.Waitlisted], (await factory.BookingsAsync(session)).Select(b => b.Status));
        var page = await client.GetDocumentAsync($"/courses/{course}");
        Assert.Equal("On the waiting list, number 1", page.GetSingle("[data-testid=my-status]").NormalisedText());
    }

    [Fact]
    public async Task PostCancel_BookedPlace_PromotesTheFirstWaitingAndNotifiesThemWithoutFreeText()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course with a waiting list");
        var session = await factory.AddSessionAsync(course, NextWeek, capacity: 1);
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var others = await factory.OtherStaffAsync(2);
        await factory.AddBookingAsync(session, sam);
        await factory.AddBookingAsync(session, others[0]);
        await factory.AddBookingAsync(session, others[1]);
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await PostAsync(client, CancelPath(session));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var bookings = await factory.BookingsAsync(session);
        Assert.Equal([BookingStatus.Cancelled, BookingStatus.Booked, BookingStatus.Waitlisted], bookings.Select(b => b.Status));
        var notice = await factory.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientStaffId == others[0]));
        Assert.Equal((CourseService.PromotedMessage, $"/courses/{course}"), (notice.Message, notice.Link));
        Assert.DoesNotContain("Course with a waiting list", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostBook_Twice_Answers400AndBooksOnce()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course booked twice");
        var session = await factory.AddSessionAsync(course, NextWeek);
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        using var first = await PostAsync(client, BookPath(session));

        // Act
        using var second = await PostAsync(client, BookPath(session));

        // Assert
        await AssertRefusedAsync(second, session, "You already have a place or a waiting-list place on this session");
        Assert.Single(await factory.BookingsAsync(session));
    }

    [Fact]
    public async Task PostBook_OverlappingAnotherBooking_Answers400AndSavesNothing()
    {
        // Arrange
        var start = NextWeek;
        var first = await factory.AddSessionAsync(await factory.AddCourseAsync("Morning course"), start, hours: 3);
        var second = await factory.AddSessionAsync(await factory.AddCourseAsync("Overlapping course"), start.Add(TimeSpan.FromHours(2)), hours: 3);
        await factory.AddBookingAsync(first, await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Alex));
        using var client = factory.CreateClientFor(DemoAccounts.Alex);

        // Act
        using var response = await PostAsync(client, BookPath(second));

        // Assert
        await AssertRefusedAsync(response, second, "You already have a booking at an overlapping time: cancel it first");
        Assert.Empty(await factory.BookingsAsync(second));
    }

    [Fact]
    public async Task PostBook_RetiredCourse_Answers400AndSavesNothing()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course retired after scheduling");
        var session = await factory.AddSessionAsync(course, NextWeek);
        await factory.ChangeAsync(async db => (await db.Courses.FindAsync(course))!.Retire(new DateOnly(2026, 11, 22)));
        using var client = factory.CreateClientFor(DemoAccounts.Chris);

        // Act
        using var response = await PostAsync(client, BookPath(session));

        // Assert
        await AssertRefusedAsync(response, session, "This course has been retired and can no longer be booked");
        Assert.Empty(await factory.BookingsAsync(session));
    }

    [Fact]
    public async Task PostBook_SessionStarted_Answers400AndSavesNothing()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course already running");
        var session = await factory.AddSessionAsync(course, TimeSpan.FromMinutes(-5));
        await factory.AddSessionAsync(course, NextWeek);
        using var client = factory.CreateClientFor(DemoAccounts.Chris);

        // Act
        using var response = await PostAsync(client, BookPath(session));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("This session has already started and can no longer be booked", document.GetSingle(".govuk-error-summary li").NormalisedText());
        Assert.Empty(await factory.BookingsAsync(session));
    }

    [Fact]
    public async Task PostBook_UnknownSession_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await PostAsync(client, BookPath(99999));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostCancel_SomeoneElsesBooking_Answers404AndKeepsIt()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course Sam is on");
        var session = await factory.AddSessionAsync(course, NextWeek);
        await factory.AddBookingAsync(session, await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam));
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await PostAsync(client, CancelPath(session));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(BookingStatus.Booked, Assert.Single(await factory.BookingsAsync(session)).Status);
    }

    [Fact]
    public async Task PostBook_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course without token"), NextWeek);
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await client.PostFormAsync(BookPath(session), []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await factory.BookingsAsync(session));
    }

    [Fact]
    public async Task PostBook_AdministratorWithoutStaffRecord_IsForbidden()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course Ade cannot book"), NextWeek);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync("/")).GetAntiforgeryToken("form[action='/account/sign-out']");

        // Act
        using var response = await client.PostFormAsync(BookPath(session), [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await factory.BookingsAsync(session));
    }

    [Fact]
    public async Task PostBook_TwoPeopleForTheLastPlaceAtOnce_OneGetsItAndTheOtherWaits()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course with one place"), NextWeek, capacity: 1);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        using var jo = factory.CreateClientFor(DemoAccounts.Jo);
        var samToken = await sam.AnyTokenAsync();
        var joToken = await jo.AnyTokenAsync();

        // Act
        var responses = await Task.WhenAll(
            sam.PostFormAsync(BookPath(session), [new(HtmlExtensions.AntiforgeryField, samToken)]),
            jo.PostFormAsync(BookPath(session), [new(HtmlExtensions.AntiforgeryField, joToken)]));

        // Assert
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Found, r.StatusCode));
        var statuses = (await factory.BookingsAsync(session)).Select(b => b.Status).Order().ToList();
        Assert.Equal([BookingStatus.Booked, BookingStatus.Waitlisted], statuses);
        foreach (var r in responses)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task BookAsync_SessionChangedBySomeoneElseBeforeSaving_RetriesAndWaitlists()
    {
        // Arrange: one context holds the session with its last place taken but not saved yet.
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course raced for"), NextWeek, capacity: 1);
        var jo = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Jo);
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        await using var first = factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<CpdPortal.Infrastructure.Persistence.CpdPortalDbContext>();
        var stale = await firstDb.CourseSessions.Include(s => s.Bookings).SingleAsync(s => s.Id == session);
        stale.Book(jo, false, [], factory.Clock.GetUtcNow());

        // Act: Sam books through the service in another scope, then the first context saves.
        await using var second = factory.Services.CreateAsyncScope();
        var samOutcome = await second.ServiceProvider.GetRequiredService<CourseService>().BookAsync(sam, session);
        var conflict = await Record.ExceptionAsync(() => firstDb.SaveChangesAsync());

        // Assert: the stale save is refused by the concurrency token, so only Sam holds the place.
        Assert.Equal(BookingOutcome.Booked, samOutcome);
        Assert.IsType<DbUpdateConcurrencyException>(conflict);
        var bookings = await factory.BookingsAsync(session);
        Assert.Equal([(sam, BookingStatus.Booked)], bookings.Select(b => (b.StaffMemberId, b.Status)));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, int sessionId, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal(message, document.GetSingle(".govuk-error-summary li").NormalisedText());
        Assert.Equal($"Error: {message}", document.GetSingle($"#session-{sessionId}-error").NormalisedText());
    }
}
