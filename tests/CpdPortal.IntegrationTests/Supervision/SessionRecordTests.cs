using System.Net;
using CpdPortal.Domain.Supervision;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>
/// Recording a session for Sam, her acknowledgement, the lock it puts on the record and the addenda after it. Each test
/// records its own session, so the tests do not depend on one another.
/// </summary>
public sealed class SessionRecordTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private async Task<(HttpClient Alex, int Sam, int SessionId)> RecordForSamAsync(params (string Key, string Value)[] changes)
    {
        var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        using var response = await alex.PostWithTokenAsync($"/supervision/{sam}/sessions/new", SupervisionTestData.ValidSession(Today, changes));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var target = response.RedirectTarget()!;
        Assert.StartsWith("/supervision/sessions/", target, StringComparison.Ordinal);
        return (alex, sam, int.Parse(target["/supervision/sessions/".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task GetNew_Alex_ShowsTheFormWithDefaultsTheCaseRecordWarningAndSamsOpenActions()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync($"/supervision/{sam}/sessions/new");

        // Assert
        Assert.Equal("1.5", document.GetSingle("input#Hours").GetAttribute("value"));
        Assert.Equal("22", document.GetSingle("input[name='Date.Day']").GetAttribute("value"));
        Assert.True(document.GetSingle("input#Type").HasAttribute("checked"));
        Assert.Contains("belong in the case record", document.GetSingle(".govuk-warning-text").NormalisedText(), StringComparison.Ordinal);
        foreach (var name in new[] { "Management", "Development", "Support", "Mediation", "LearningNeeds", "ReviewOfLastActions" })
        {
            Assert.NotNull(document.QuerySelector($"textarea[name={name}]"));
        }

        Assert.NotEmpty(document.QuerySelectorAll("input[name=CompletedActionIds]"));
        Assert.Equal(19, document.QuerySelectorAll("input[name=LearningNeedAreaIds]").Length);
        Assert.Equal(CpdPortal.Web.Features.SessionRecords.SessionForm.BlankActionRows, document.QuerySelectorAll("input[name$='].Text']").Length);
    }

    [Fact]
    public async Task PostNew_Valid_SavesTheSessionClosesReviewedActionsAndTellsSam()
    {
        // Arrange
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var reviewed = await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.SuperviseeId == sam)
            .SelectMany(x => x.Actions).Where(a => a.Status == ActionStatus.Open).Select(a => a.Id).FirstAsync());
        var area = await factory.AreaIdAsync("Critical reflection and analysis");
        var unread = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientStaffId == sam));

        // Act
        var (alex, _, id) = await RecordForSamAsync(("CompletedActionIds", reviewed.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("LearningNeedAreaIds", area.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var _alex = alex;

        // Assert
        var saved = await factory.WithDbAsync(db => db.SupervisionSessions.Include(x => x.Actions).Include(x => x.LearningAreas).SingleAsync(x => x.Id == id));
        Assert.Equal(Today.AddDays(-1), saved.Date);
        Assert.Equal(1.5m, saved.Hours);
        Assert.Equal(SupervisionType.OneToOne, saved.Type);
        Assert.False(saved.IsAcknowledged);
        Assert.Equal("Shadow a senior practitioner at an initial child protection conference", Assert.Single(saved.Actions).Text);
        Assert.Equal(area, Assert.Single(saved.LearningAreas).AreaId);
        Assert.Equal(ActionStatus.Done, await factory.WithDbAsync(db => db.SupervisionSessions.SelectMany(x => x.Actions).Where(a => a.Id == reviewed).Select(a => a.Status).SingleAsync()));
        var notification = await factory.WithDbAsync(db => db.Notifications.Where(n => n.RecipientStaffId == sam).OrderByDescending(n => n.Id).FirstAsync());
        Assert.Equal("/my/supervision", notification.Link);
        Assert.DoesNotContain("Shadow", notification.Message, StringComparison.Ordinal);
        Assert.Equal(unread + 1, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientStaffId == sam)));
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        // field changed, value, field whose message shows, the message
        { "Date.Day", "23", "Date", "The date of the session must be today or in the past" },
        { "Date.Month", "13", "Date", "The date of the session must be a real date" },
        { "Hours", "0", "Hours", "The length must be more than 0 and at most 8 hours" },
        { "Hours", "8.5", "Hours", "The length must be more than 0 and at most 8 hours" },
        { "Hours", "two", "Hours", "Enter hours as a number, like 1.5" },
        { "Type", "Lunch", "Type", "Select the type of supervision" },
        { "Actions[0].Text", "", "Actions_0__Text", "Enter what action 1 is" },
        { "Actions[0].DueDate.Day", "1", "Actions_0__DueDate", "Action 1 cannot be due before the session" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task PostNew_BadInput_Answers400WithTheMessageAndSavesNothing(string field, string value, string id, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var fields = SupervisionTestData.ValidSession(Today, (field, value));
        if (field == "Date.Day" && value == "23")
        {
            // Tomorrow: the action stays due after it, so only the date is wrong.
            fields.RemoveAll(f => f.Key.StartsWith("Date.", StringComparison.Ordinal));
            fields.AddRange([new("Date.Day", "23"), new("Date.Month", "11"), new("Date.Year", "2026")]);
        }

        if (field == "Actions[0].DueDate.Day")
        {
            fields.RemoveAll(f => f.Key.StartsWith("Actions[0].DueDate.", StringComparison.Ordinal));
            fields.AddRange([new("Actions[0].DueDate.Day", "1"), new("Actions[0].DueDate.Month", "11"), new("Actions[0].DueDate.Year", "2026")]);
        }

        var before = await factory.SessionCountAsync();

        // Act
        using var response = await client.PostWithTokenAsync($"/supervision/{sam}/sessions/new", fields);
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, document.ErrorSummaryMessages(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(message, document.FieldError(id), ignoreCase: true);
        Assert.Equal(before, await factory.SessionCountAsync());
    }

    [Fact]
    public async Task PostNew_NothingUnderTheFourFunctions_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var before = await factory.SessionCountAsync();

        // Act
        using var response = await client.PostWithTokenAsync($"/supervision/{sam}/sessions/new", SupervisionTestData.ValidSession(Today, ("Development", ""), ("Support", " ")));
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Record the discussion under at least one of the four functions", document.FieldError("Management"));
        Assert.Equal(before, await factory.SessionCountAsync());
    }

    [Fact]
    public async Task PostNew_ForChrissSupervisee_IsNotFoundAndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var before = await factory.SessionCountAsync();

        // Act
        using var response = await client.PostWithTokenAsync($"/supervision/{jo}/sessions/new", SupervisionTestData.ValidSession(Today));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.SessionCountAsync());
    }

    [Fact]
    public async Task PostNew_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var before = await factory.SessionCountAsync();

        // Act
        using var response = await client.PostFormAsync($"/supervision/{sam}/sessions/new", SupervisionTestData.ValidSession(Today));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.SessionCountAsync());
    }

    [Fact]
    public async Task Acknowledge_BySam_LocksTheRecordAndOnlyAddendaFollow()
    {
        // Arrange
        var (alex, sam, id) = await RecordForSamAsync();
        using var _alex = alex;
        using var samClient = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await samClient.GetDocumentAsync($"/supervision/sessions/{id}");
        Assert.NotNull(before.QuerySelector($"form[action='/supervision/sessions/{id}/acknowledge']"));
        Assert.Empty(before.QuerySelectorAll("a[href$='/edit'], form[action$='/addenda']"));

        // Act
        using var acknowledged = await samClient.PostWithTokenAsync($"/supervision/sessions/{id}/acknowledge", [new("comment", "I would add that the conference is in January.")]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, acknowledged.StatusCode);
        var page = await alex.GetDocumentAsync($"/supervision/sessions/{id}");
        Assert.StartsWith("Acknowledged by Sam Patel", page.GetSingle("[data-testid=acknowledged]").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal("I would add that the conference is in January.", page.GetSingle("[data-testid=supervisee-comment]").NormalisedText());
        Assert.Empty(page.QuerySelectorAll($"a[href='/supervision/sessions/{id}/edit']"));
        Assert.NotNull(page.QuerySelector($"form[action='/supervision/sessions/{id}/addenda']"));

        using var edit = await alex.GetAsync($"/supervision/sessions/{id}/edit");
        Assert.Equal((HttpStatusCode.Found, $"/supervision/sessions/{id}"), (edit.StatusCode, edit.RedirectTarget()));
        var told = await alex.GetDocumentAsync($"/supervision/sessions/{id}");
        Assert.Equal("This record has been acknowledged, so it can no longer be changed. Add an addendum instead.", told.GetSingle("[data-testid=important] .govuk-notification-banner__heading").NormalisedText());
        using var editPost = await alex.PostWithTokenAsync($"/supervision/sessions/{id}/edit", SupervisionTestData.ValidSession(Today, ("Support", "Changed afterwards")));
        Assert.Equal(HttpStatusCode.Found, editPost.StatusCode);
        using var chris = factory.CreateClientFor(DemoAccounts.Chris);
        using var chrisEdit = await chris.GetAsync($"/supervision/sessions/{id}/edit");
        Assert.Equal(HttpStatusCode.NotFound, chrisEdit.StatusCode);
        Assert.NotEqual("Changed afterwards", await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.Id == id).Select(x => x.Support).SingleAsync()));

        using var again = await samClient.PostWithTokenAsync($"/supervision/sessions/{id}/acknowledge", [new("comment", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("You have already acknowledged this session", (await again.GetDocumentAsync()).ErrorSummaryMessages());

        using var addendum = await alex.PostWithTokenAsync($"/supervision/sessions/{id}/addenda", [new("text", "Conference date confirmed as 14 January.")]);
        Assert.Equal(HttpStatusCode.Found, addendum.StatusCode);
        var withAddendum = await samClient.GetDocumentAsync($"/supervision/sessions/{id}");
        Assert.Contains("Conference date confirmed as 14 January.", withAddendum.GetSingle("[data-testid=addendum]").NormalisedText(), StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", withAddendum.GetSingle("[data-testid=addendum]").NormalisedText(), StringComparison.Ordinal);
        _ = sam;
    }

    [Fact]
    public async Task Addendum_EmptyOrBeforeAcknowledgement_Answers400AndSavesNothing()
    {
        // Arrange
        var (alex, _, id) = await RecordForSamAsync();
        using var _alex = alex;

        // Act
        using var early = await alex.PostWithTokenAsync($"/supervision/sessions/{id}/addenda", [new("text", "Too early")]);
        using var samClient = factory.CreateClientFor(DemoAccounts.Sam);
        using var _ack = await samClient.PostWithTokenAsync($"/supervision/sessions/{id}/acknowledge", []);
        using var empty = await alex.PostWithTokenAsync($"/supervision/sessions/{id}/addenda", [new("text", "   ")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Edit the session instead: it has not been acknowledged yet", (await early.GetDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Enter the addendum", (await empty.GetDocumentAsync()).FieldError("Text"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.Id == id).SelectMany(x => x.Addenda).CountAsync()));
    }

    [Fact]
    public async Task Acknowledge_ByAlexOrJo_IsNotFoundAndAddendumBySam_IsForbidden()
    {
        // Arrange
        var (alex, _, id) = await RecordForSamAsync();
        using var _alex = alex;
        using var jo = factory.CreateClientFor(DemoAccounts.Jo);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var byAlex = await alex.PostWithTokenAsync($"/supervision/sessions/{id}/acknowledge", []);
        using var byJo = await jo.PostWithTokenAsync($"/supervision/sessions/{id}/acknowledge", []);
        using var addendumBySam = await sam.PostWithTokenAsync($"/supervision/sessions/{id}/addenda", [new("text", "Mine")]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, byAlex.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byJo.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, addendumBySam.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.Id == id).Select(x => x.AcknowledgedAt != null).SingleAsync()));
    }

    [Fact]
    public async Task Edit_BeforeAcknowledgement_ChangesTheRecord()
    {
        // Arrange
        var (alex, _, id) = await RecordForSamAsync();
        using var _alex = alex;

        // Act
        var form = await alex.GetDocumentAsync($"/supervision/sessions/{id}/edit");
        using var response = await alex.PostWithTokenAsync($"/supervision/sessions/{id}/edit", SupervisionTestData.ValidSession(Today, ("Mediation", "Raised the shortage of interpreters with the service manager.")));

        // Assert
        Assert.Equal("Shadow a senior practitioner at an initial child protection conference", form.GetSingle("input[name='Actions[0].Text']").GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("Raised the shortage of interpreters with the service manager.", await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.Id == id).Select(x => x.Mediation).SingleAsync()));
    }

    [Fact]
    public async Task PostEdit_ImpossibleDateAndNothingUnderTheFourFunctions_ShowsEveryMessageAndChangesNothing()
    {
        // Arrange
        var (alex, _, id) = await RecordForSamAsync();
        using var _alex = alex;
        var before = await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.Id == id).Select(x => x.Development).SingleAsync());

        // Act
        using var response = await alex.PostWithTokenAsync(
            $"/supervision/sessions/{id}/edit",
            SupervisionTestData.ValidSession(Today, ("Date.Day", "31"), ("Date.Month", "2"), ("Development", ""), ("Support", "")));
        var document = await response.GetDocumentAsync();

        // Assert: not only the first problem (issue 17): the date's and the domain's, each beside its field
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(document.FieldError("Date"));
        Assert.Equal("Record the discussion under at least one of the four functions", document.FieldError("Management"));
        Assert.True(document.ErrorSummaryMessages().Count >= 2);
        Assert.Equal(before, await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.Id == id).Select(x => x.Development).SingleAsync()));
    }

    [Fact]
    public async Task Acknowledge_CommentTooLong_Answers400BesideTheCommentKeepsItAndLeavesTheRecordOpen()
    {
        // Arrange
        var (alex, _, id) = await RecordForSamAsync();
        using var _alex = alex;
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var comment = new string('a', 4001);

        // Act
        using var response = await sam.PostWithTokenAsync($"/supervision/sessions/{id}/acknowledge", [new("comment", comment)]);
        var document = await response.GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Your comment must be 4000 characters or fewer", document.FieldError("Comment"));
        Assert.Equal(comment, document.GetSingle("textarea#Comment").TextContent.Trim());
        Assert.Null(await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.Id == id).Select(x => x.AcknowledgedAt).SingleAsync()));
    }

    [Fact]
    public async Task CompleteAction_BySam_ClosesItAndSomeoneElsesActionIdIsNotFound()
    {
        // Arrange
        var (alex, _, id) = await RecordForSamAsync();
        using var _alex = alex;
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var action = await factory.WithDbAsync(db => db.SupervisionSessions.Where(x => x.Id == id).SelectMany(x => x.Actions).Select(a => a.Id).SingleAsync());
        var josSession = await factory.LatestSessionIdAsync(DemoAccounts.Jo);

        // Act
        using var done = await sam.PostWithTokenAsync($"/supervision/sessions/{id}/actions/{action}/done");
        using var elsewhere = await sam.PostWithTokenAsync($"/supervision/sessions/{josSession}/actions/{action}/done");

        // Assert
        Assert.Equal(HttpStatusCode.Found, done.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(ActionStatus.Done, await factory.WithDbAsync(db => db.SupervisionSessions.SelectMany(x => x.Actions).Where(a => a.Id == action).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task MySupervision_Sam_ListsHerSessionsWithTheUnacknowledgedFlagged()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        var document = await client.GetDocumentAsync("/my/supervision");

        // Assert
        Assert.NotEmpty(document.QuerySelectorAll("[data-testid=sessions] tbody tr"));
        Assert.NotNull(document.QuerySelector("[data-testid=to-acknowledge]"));
        Assert.Contains("Alex Morgan", document.GetSingle("[data-testid=sessions] tbody").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_BySomeoneOtherThanTheAuthor_IsAuditedWithoutItsText()
    {
        // Arrange
        var (alex, _, id) = await RecordForSamAsync();
        using var _alex = alex;
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var entityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Task<List<string>> ReadersAsync() => factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Action == CpdPortal.Domain.Auditing.AuditActions.SupervisionSessionRead && e.EntityId == entityId)
            .Select(e => e.ActorEmail)
            .ToListAsync());

        // Act
        using var byAuthor = await alex.GetAsync($"/supervision/sessions/{id}");
        var afterAuthor = await ReadersAsync();
        using var bySupervisee = await sam.GetAsync($"/supervision/sessions/{id}");

        // Assert
        Assert.Empty(afterAuthor);
        Assert.Equal([DemoAccounts.Sam.Email], await ReadersAsync());
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId != null && e.EntityId.Contains("Shadow"))));
    }
}
