using System.Net;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Training;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>/learning/sessions: scheduling with every bad input, the session page, attendance and completion.</summary>
public sealed class SessionTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string NewPath = "/learning/sessions/new";

    /// <summary>One bad input each: the fields to change in a valid form, the field the message is beside, the message.</summary>
    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "EndTime=08:00", "EndTime", "The session must end after it starts" },
        { "Date.Day=21|Date.Month=11", "Date", "The session must start in the future" },
        { "Date.Day=22|Date.Month=11|StartTime=09:00|EndTime=11:00", "Date", "The session must start in the future" },
        { "Capacity=0", "Capacity", "The session must have at least 1 place" },
        { "Capacity=-4", "Capacity", "The session must have at least 1 place" },
        { "Capacity=", "Capacity", "Enter how many places the session has" },
        { "Capacity=ten", "Capacity", "Enter the number of places as a whole number, like 20" },
        { "Venue=", "Venue", "Enter a venue or an online link" },
        { "OnlineLink=http://meet.example.org/x", "OnlineLink", "Enter the online link as a web address starting https://" },
        { "Facilitator=", "Facilitator", "Enter who will facilitate the session" },
        { "StartTime=", "StartTime", "Enter the start time" },
        { "StartTime=half nine", "StartTime", "Enter the start time as a 24-hour time, like 09:30" },
        { "Date.Day=31|Date.Month=2", "Date", "The date of the session must be a real date" },
        { "CourseId=", "CourseId", "Select the course" },
        { "CourseId=99999", "CourseId", "Select the course" },
    };

    private static Dictionary<string, string> ValidForm(int courseId) => new()
    {
        ["CourseId"] = courseId.Text(),
        ["Date.Day"] = "3",
        ["Date.Month"] = "12",
        ["Date.Year"] = "2026",
        ["StartTime"] = "09:30",
        ["EndDate.Day"] = string.Empty,
        ["EndDate.Month"] = string.Empty,
        ["EndDate.Year"] = string.Empty,
        ["EndTime"] = "16:30",
        ["Venue"] = "Civic Centre, room 2",
        ["OnlineLink"] = string.Empty,
        ["Capacity"] = "12",
        ["Facilitator"] = "Lee Harris",
    };

    private static async Task<HttpResponseMessage> MarkAsync(HttpClient client, int sessionId, int bookingId, string attended) =>
        await client.PostFormAsync(
            $"/learning/sessions/{sessionId}/attendance",
            [new("bookingId", bookingId.Text()), new("attended", attended), new(HtmlExtensions.AntiforgeryField, await client.AnyTokenAsync())]);

    private Task<int> SessionCountAsync() => factory.QueryAsync(db => db.CourseSessions.CountAsync());

    [Fact]
    public async Task Index_Lee_ListsUpcomingSessionsFirst()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync("/learning/sessions");

        // Assert
        var statuses = document.QuerySelectorAll("[data-testid=sessions] tbody td[data-testid=status]").Select(td => td.NormalisedText()).ToList();
        Assert.Contains("Upcoming", statuses);
        Assert.Equal(statuses.OrderBy(s => s == "Upcoming" ? 0 : 1), statuses);
        Assert.Contains(document.QuerySelectorAll("[data-testid=sessions] tbody th a"), a => a.NormalisedText() == "Trauma-informed practice");
    }

    [Fact]
    public async Task PostNew_Valid_SchedulesTheSessionInUkTime()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course to schedule");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.SubmitAsync(NewPath, ValidForm(course));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var session = await factory.QueryAsync(db => db.CourseSessions.AsNoTracking().SingleAsync(s => s.CourseId == course));
        Assert.Equal($"/learning/sessions/{session.Id}", response.RedirectTarget());
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero), session.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 16, 30, 0, TimeSpan.Zero), session.EndsAt);
        Assert.Equal((12, "Civic Centre, room 2", "Lee Harris"), (session.Capacity, session.Venue, session.Facilitator));
        var page = await client.GetDocumentAsync(response.RedirectTarget()!);
        Assert.Equal("Session scheduled", page.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        Assert.Equal("0 booked of 12", page.GetSingle("[data-testid=session]").SummaryValue("Places"));
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task PostNew_BadInput_Answers400WithTheMessageAndSavesNothing(string changes, string field, string message)
    {
        // Arrange
        var course = await factory.CourseIdAsync("Court skills for social workers");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await SessionCountAsync();
        var form = ValidForm(course);
        foreach (var change in changes.Split('|'))
        {
            var at = change.IndexOf('=', StringComparison.Ordinal);
            form[change[..at]] = change[(at + 1)..];
        }

        // Act
        using var response = await client.SubmitAsync(NewPath, form);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, field, message);
        Assert.Equal(before, await SessionCountAsync());
    }

    [Fact]
    public async Task PostNew_RetiredCourse_Answers400AndSavesNothing()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Retired before scheduling");
        await factory.ChangeAsync(async db => (await db.Courses.FindAsync(course))!.Retire(new DateOnly(2026, 11, 1)));
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await SessionCountAsync();

        // Act
        using var response = await client.SubmitAsync(NewPath, ValidForm(course));

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "CourseId", "This course has been retired: reinstate it before scheduling a session");
        Assert.Equal(before, await SessionCountAsync());
    }

    [Fact]
    public async Task PostNew_UnreadableEndTimeAndAPastDate_ShowsBothMessagesBesideTheirFieldsAndSavesNothing()
    {
        // Arrange: the end time cannot be read, and the start (readable) is in the past: one post shows both.
        var course = await factory.AddCourseAsync("Course with two problems");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await SessionCountAsync();
        var form = ValidForm(course);
        form["Date.Day"] = "21";
        form["Date.Month"] = "11";
        form["EndTime"] = "late";

        // Act
        using var response = await client.SubmitAsync(NewPath, form);
        var document = await response.GetDocumentAsync();

        // Assert: the domain's "StartsAt" message is beside the date, where the form asks for it
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The session must start in the future", document.FieldError("Date"));
        Assert.Equal("Enter the end time as a 24-hour time, like 09:30", document.FieldError("EndTime"));
        Assert.Equal(2, document.ErrorSummaryMessages().Count);
        Assert.Equal("late", document.GetSingle("input#EndTime").GetAttribute("value"));
        Assert.Equal(before, await SessionCountAsync());
    }

    [Fact]
    public async Task PostNew_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course without a token");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await SessionCountAsync();

        // Act
        using var response = await client.PostFormAsync(NewPath, ValidForm(course));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SessionCountAsync());
    }

    [Fact]
    public async Task Details_Session_ListsBookingsAndTheWaitingListInOrder()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course with a queue"), TimeSpan.FromDays(3), capacity: 1);
        var people = await factory.OtherStaffAsync(3);
        foreach (var person in people)
        {
            await factory.AddBookingAsync(session, person);
        }

        var names = await factory.QueryAsync(db => db.StaffMembers.Where(s => people.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName));
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync($"/learning/sessions/{session}");

        // Assert
        Assert.Equal([names[people[0]]], document.QuerySelectorAll("[data-testid=bookings] tbody th").Select(th => th.NormalisedText()));
        var waiting = document.QuerySelectorAll("[data-testid=waiting] li").Select(li => li.NormalisedText()).ToList();
        Assert.Equal(2, waiting.Count);
        Assert.StartsWith(names[people[1]], waiting[0], StringComparison.Ordinal);
        Assert.StartsWith(names[people[2]], waiting[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_UnknownSession_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync("/learning/sessions/99999");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostAttendance_BeforeTheSessionStarts_Answers400AndMarksNothing()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course not started"), TimeSpan.FromHours(2));
        var booking = await factory.AddBookingAsync(session, (await factory.OtherStaffAsync(1))[0]);
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await MarkAsync(client, session, booking, "true");

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, $"booking-{booking}", "Attendance can be marked once the session has started");
        Assert.Null(Assert.Single(await factory.BookingsAsync(session)).Attendance);
    }

    [Fact]
    public async Task PostAttendance_NeitherAttendedNorNot_Answers400BesideTheBookingAndMarksNothing()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course marked with nonsense"), TimeSpan.FromHours(-1));
        var booking = await factory.AddBookingAsync(session, (await factory.OtherStaffAsync(1))[0]);
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await MarkAsync(client, session, booking, "maybe");

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, $"booking-{booking}", "Select attended or did not attend");
        Assert.Null(Assert.Single(await factory.BookingsAsync(session)).Attendance);
    }

    [Fact]
    public async Task PostAttendance_AttendedTwice_CreatesOneCompletedActivityAndOneCertificate()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course attended", hours: 3.5m);
        var area = await ActivityTestData.AreaIdAsync(factory, "Knowledge");
        await factory.ChangeAsync(async db => (await db.Courses.Include(c => c.Mappings).SingleAsync(c => c.Id == course)).MapTo(area, Domain.Competence.DreyfusStage.Competent));
        var session = await factory.AddSessionAsync(course, TimeSpan.FromHours(-1));
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var booking = await factory.AddBookingAsync(session, sam);
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Sam);

        // Act
        using var first = await MarkAsync(client, session, booking, "true");
        using var second = await MarkAsync(client, session, booking, "true");

        // Assert
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.Equal(before + 1, await factory.ActivityRowsAsync(DemoAccounts.Sam));
        var saved = Assert.Single(await factory.BookingsAsync(session));
        Assert.Equal(Attendance.Attended, saved.Attendance);
        Assert.True(CertificateCodes.IsWellFormed(saved.CertificateCode));
        var activity = await factory.FindActivityAsync(saved.ActivityId!.Value);
        Assert.NotNull(activity);
        Assert.Equal((sam, course, "Course attended", 3.5m, ActivityStatus.Complete, true), (activity.StaffMemberId, activity.CourseId, activity.Title, activity.Hours, activity.Status, activity.Certificated));
        Assert.Equal(new DateOnly(2026, 11, 22), activity.Date);
        Assert.Equal([area], activity.Areas.Select(a => a.AreaId));
    }

    [Fact]
    public async Task PostAttendance_DidNotAttend_MarksWithoutACompletion()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course missed"), TimeSpan.FromHours(-1));
        var booking = await factory.AddBookingAsync(session, await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Jo));
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Jo);

        // Act
        using var response = await MarkAsync(client, session, booking, "false");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var saved = Assert.Single(await factory.BookingsAsync(session));
        Assert.Equal((Attendance.DidNotAttend, (string?)null), (saved.Attendance, saved.CertificateCode));
        Assert.Equal(before, await factory.ActivityRowsAsync(DemoAccounts.Jo));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    public async Task PostAttendance_NoAnswer_Answers400(string attended)
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course with a bad mark " + attended), TimeSpan.FromHours(-1));
        var booking = await factory.AddBookingAsync(session, (await factory.OtherStaffAsync(1))[0]);
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await MarkAsync(client, session, booking, attended);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, $"booking-{booking}", "Select attended or did not attend");
        Assert.Null(Assert.Single(await factory.BookingsAsync(session)).Attendance);
    }

    [Fact]
    public async Task PostAttendance_BookingOfAnotherSession_Answers404()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Two running sessions");
        var session = await factory.AddSessionAsync(course, TimeSpan.FromHours(-1));
        var other = await factory.AddSessionAsync(course, TimeSpan.FromHours(-1.5));
        var booking = await factory.AddBookingAsync(other, (await factory.OtherStaffAsync(1))[0]);
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await MarkAsync(client, session, booking, "true");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(Assert.Single(await factory.BookingsAsync(other)).Attendance);
    }

    [Fact]
    public async Task PostAttendance_Practitioner_IsForbidden()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Course Sam cannot mark"), TimeSpan.FromHours(-1));
        var booking = await factory.AddBookingAsync(session, await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam));
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await MarkAsync(client, session, booking, "true");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(Assert.Single(await factory.BookingsAsync(session)).Attendance);
    }

    [Fact]
    public async Task Certificate_HolderAndOthers_SeeWhatTheyMayAndUnknownCodesAre404()
    {
        // Arrange
        var session = await factory.AddSessionAsync(await factory.AddCourseAsync("Certificated course"), TimeSpan.FromHours(-1));
        var booking = await factory.AddBookingAsync(session, await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Jo));
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        using var marked = await MarkAsync(lee, session, booking, "true");
        var code = Assert.Single(await factory.BookingsAsync(session)).CertificateCode!;
        using var jo = factory.CreateClientFor(DemoAccounts.Jo);
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var mine = await jo.GetDocumentAsync($"/courses/certificates/{code}");
        var verified = await chris.GetDocumentAsync($"/courses/certificates/{CertificateCodes.Display(code).ToLowerInvariant()}");
        using var unknown = await chris.GetAsync("/courses/certificates/ABCDEFGHJKMN");
        using var malformed = await chris.GetAsync("/courses/certificates/not-a-code");
        using var noStaffRecord = await ade.GetAsync($"/courses/certificates/{code}");
        using var home = await jo.GetAsync("/");

        // Assert
        Assert.Equal(CertificateCodes.Display(code), mine.GetSingle("[data-testid=code]").NormalisedText());
        Assert.Equal("Certificated course", mine.GetSingle("[data-testid=course]").NormalisedText());
        Assert.Equal(["Name", "Course", "Completed on"], verified.QuerySelectorAll("[data-testid=certificate] dt").Select(dt => dt.NormalisedText()));
        Assert.Equal("Jo Okafor", verified.GetSingle("[data-testid=name]").NormalisedText());
        Assert.Equal("22 November 2026", verified.GetSingle("[data-testid=date]").NormalisedText());
        Assert.Null(verified.QuerySelector("[data-testid=code]"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noStaffRecord.StatusCode);
        Assert.DoesNotContain("Jo Okafor", await noStaffRecord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(code, await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
