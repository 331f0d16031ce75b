using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.ReflectionQuality;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.IntegrationTests.Planning;
using CpdPortal.IntegrationTests.Supervision;
using CpdPortal.TestCommon;
using CpdPortal.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpdPortal.IntegrationTests.ReflectionQuality;

/// <summary>
/// The identifying-details warning on the forms (issue 16, docs/adr/0027): a finding blocks the save with a 400 and a
/// warning beside the field; ticking the box saves and records the confirmation (no text); editing it out saves with
/// no confirmation; professional words do not warn; odd input never crashes.
/// </summary>
public sealed class IdentifyingDetailsFormTests(CpdPortalFactory factory, ITestOutputHelper output) : IClassFixture<CpdPortalFactory>
{
    private const string Postcode = "SO14 7LY";
    private const string Confirm = IdentifyingDetailsWarnings.ConfirmField;
    private static readonly DateOnly Today = new(2026, 11, 22);

    private Task<List<IdentifyingDetailsConfirmation>> ConfirmationsAsync(string recordType, int recordId) =>
        factory.WithDbAsync(db => db.IdentifyingDetailsConfirmations.AsNoTracking().Where(c => c.RecordType == recordType && c.RecordId == recordId).ToListAsync());

    private Task<int> ConfirmationCountAsync() => factory.WithDbAsync(db => db.IdentifyingDetailsConfirmations.CountAsync());

    private Task<int> ConfirmedAuditsAsync(string recordType, int recordId) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.IdentifyingDetailsConfirmed && a.EntityType == recordType && a.EntityId == recordId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A 400 re-render with the warning beside <paramref name="field"/>, the summary linking to it, and the box.</summary>
    private static async Task<IHtmlDocument> AssertWarnedAsync(HttpResponseMessage response, string field, string quoted, string kind)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        var warningId = IdentifyingDetailsWarnings.WarningId(field);
        var warning = document.GetSingle($"#{warningId}");
        Assert.Contains($"\u201c{quoted}\u201d looks like {kind}", warning.NormalisedText(), StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll(".govuk-error-summary__list a"), a => a.GetAttribute("href") == $"#{warningId}");
        var box = document.GetSingle($"input#{Confirm}[type=checkbox]");
        Assert.False(box.HasAttribute("checked"));
        Assert.Equal("I have checked: none of this identifies a child, family or colleague", document.GetSingle($"label[for={Confirm}]").NormalisedText());
        Assert.StartsWith("Error:", document.Title, StringComparison.Ordinal);
        return document;
    }

    [Fact]
    public async Task NewActivity_PostcodeInReflection_WarnsKeepsTheTextAndSavesNothing_ThenConfirmingSavesAndRecordsNoText()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Sam);
        var confirmations = await ConfirmationCountAsync();
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Reading"), Today.AddDays(-2));
        form["Title"] = "Warned about a postcode";
        form["WhatLearnt"] = $"The visit near {Postcode} showed me how to open a conversation.";

        // Act
        using var warned = await client.SubmitAsync(ActivityTestData.NewPath, form);

        // Assert: nothing saved, the text kept, the warning beside the field
        var document = await AssertWarnedAsync(warned, "WhatLearnt", Postcode, "a postcode");
        Assert.Equal(form["WhatLearnt"], document.GetSingle("textarea#WhatLearnt").TextContent.Trim());
        Assert.Null(document.QuerySelector($"#{IdentifyingDetailsWarnings.WarningId("Impact")}"));
        Assert.Equal(before, await factory.ActivityRowsAsync(DemoAccounts.Sam));
        Assert.Equal(confirmations, await ConfirmationCountAsync());

        // Act: tick the box and save again
        form[Confirm] = "true";
        using var saved = await client.SubmitAsync(ActivityTestData.NewPath, form);

        // Assert: saved, with one confirmation naming the field and the kind, and no text anywhere in it
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var id = await factory.ActivityIdAsync(DemoAccounts.Sam, "Warned about a postcode");
        var rows = await ConfirmationsAsync(ConfirmedRecordTypes.CpdActivity, id);
        var row = Assert.Single(rows);
        Assert.Equal(("WhatLearnt", "Postcode:1", 1), (row.Field, row.Kinds, row.FindingCount));
        Assert.Equal(await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Sam), row.StaffMemberId);
        Assert.Equal(factory.Clock.GetUtcNow(), row.ConfirmedAt);
        Assert.DoesNotContain("SO14", row.Field + row.Kinds + row.RecordType, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await ConfirmedAuditsAsync(ConfirmedRecordTypes.CpdActivity, id));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId!.Contains("SO14") || a.EntityType!.Contains("SO14"))));
    }

    [Fact]
    public async Task EditActivity_PostcodeAdded_Warns_ThenEditedOut_SavesWithNoConfirmation()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Edited out later");
        var path = $"/my/activities/{id}/edit";
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Reading"), Today.AddDays(-2));
        form["Title"] = "Edited out later";
        form["Impact"] = $"I now ask about the family's support network, for example the aunt at {Postcode}.";

        // Act
        using var warned = await client.SubmitAsync(path, form);

        // Assert
        await AssertWarnedAsync(warned, "Impact", Postcode, "a postcode");
        Assert.Equal("Impact.", (await factory.FindActivityAsync(id))!.Impact);

        // Act: edit it out, leave the box unticked
        form["Impact"] = "I now ask about the family's support network.";
        using var saved = await client.SubmitAsync(path, form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal("I now ask about the family's support network.", (await factory.FindActivityAsync(id))!.Impact);
        Assert.Empty(await ConfirmationsAsync(ConfirmedRecordTypes.CpdActivity, id));
        Assert.Equal(0, await ConfirmedAuditsAsync(ConfirmedRecordTypes.CpdActivity, id));
    }

    [Fact]
    public async Task NewActivity_ProfessionalWordsTeamsAndTheCouncilsPlaces_DoNotWarn()
    {
        // Arrange: the council's places come from the settings, its teams from the portal
        using (var settings = await SaveSettingsAsync(("KnownPhrases", "Bitterne\nCivic Centre")))
        {
            Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        }

        var team = await factory.WithDbAsync(db => db.Teams.OrderBy(t => t.Id).Select(t => t.Name).FirstAsync());
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Reading"), Today.AddDays(-2));
        form["Title"] = "Signs of Safety refresher";
        form["Description"] = $"A Signs of Safety refresher at the Civic Centre with the {team} and the Early Help team.";
        form["WhatLearnt"] = "Danger statements and safety goals; how the Virtual School and the Youth Justice Service work with us in Bitterne.";
        form["Impact"] = "Better family network meetings, a clearer Child in Need plan and use of the Graded Care Profile 2.";

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Empty(await ConfirmationsAsync(ConfirmedRecordTypes.CpdActivity, await factory.ActivityIdAsync(DemoAccounts.Sam, "Signs of Safety refresher")));
    }

    [Theory]
    [InlineData("long")]
    [InlineData("scripts")]
    [InlineData("emoji")]
    [InlineData("markup")]
    public async Task NewActivity_OddText_NeverCrashes_AndMarkupIsShownAsText(string kind)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var text = kind switch
        {
            "long" => string.Concat(Enumerable.Repeat("Reflected with Mrs Khan on 07700 900123 at SO14 7LY, case 123456. ", 70))[..4000],
            "scripts" => "Я обсудил это с коллегой. 我们讨论了家庭支持。 ناقشنا خطة الرعاية. Ελέγξαμε το σχέδιο. SO14 7LY",
            "emoji" => "Great session 👍🏽👨‍👩‍👧 with the team 🎉 near SO14 7LY 🏠",
            _ => "<script>alert('x')</script><b>bold</b> &amp; <img src=x onerror=alert(1)> SO14 7LY",
        };
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Reading"), Today.AddDays(-2));
        form["Title"] = $"Odd text {kind}";
        form["WhatLearnt"] = text;

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, form);

        // Assert: a warning, not a crash; the text comes back as typed and is never markup
        var document = await AssertWarnedAsync(response, "WhatLearnt", Postcode, "a postcode");
        Assert.Equal(text.Trim(), document.GetSingle("textarea#WhatLearnt").TextContent.Trim());
        Assert.Null(document.QuerySelector("main script, main img"));

        // Act: confirmed, it saves
        form[Confirm] = "true";
        using var saved = await client.SubmitAsync(ActivityTestData.NewPath, form);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
    }

    [Fact]
    public async Task SupervisionRecord_BothSides_WarnThenConfirm()
    {
        // Arrange
        using var alex = factory.CreateClientFor(DemoAccounts.Alex);
        var sam = await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Sam);
        var sessions = await factory.SessionCountAsync();
        var fields = SupervisionTestData.ValidSession(Today, ("Development", "Talked about the child at 14 Oak Road, SO14 7LY."), ("Actions[0].Text", "Email jo.bloggs@example.org about the referral"));

        // Act: the supervisor's record
        using var warned = await PractitionerJourney.PostWithTokenAsync(alex, $"/supervision/{sam}/sessions/new", fields);

        // Assert
        var document = await AssertWarnedAsync(warned, "Development", Postcode, "a postcode");
        Assert.Contains("\u201cjo.bloggs@example.org\u201d looks like an email address", document.GetSingle($"#{IdentifyingDetailsWarnings.WarningId("Actions[0].Text")}").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(sessions, await factory.SessionCountAsync());

        // Act: confirmed
        using var saved = await PractitionerJourney.PostWithTokenAsync(alex, $"/supervision/{sam}/sessions/new", [.. fields, new(Confirm, "true")]);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await factory.LatestSessionIdAsync(DemoAccounts.Sam);
        var rows = await ConfirmationsAsync(ConfirmedRecordTypes.SupervisionSession, id);
        Assert.Equal(["Actions[0].Text", "Development"], rows.Select(r => r.Field).Order(StringComparer.Ordinal));
        Assert.Equal(await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Alex), rows[0].StaffMemberId);

        // Act: the supervisee's comment with a phone number
        using var samClient = factory.CreateClientFor(DemoAccounts.Sam);
        using var commentWarned = await PractitionerJourney.PostWithTokenAsync(samClient, $"/supervision/sessions/{id}/acknowledge", [new("comment", "Her mum's number is 07700 900123.")]);

        // Assert
        await AssertWarnedAsync(commentWarned, "Comment", "07700 900123", "a phone number");
        Assert.Null(await factory.WithDbAsync(db => db.SupervisionSessions.Where(s => s.Id == id).Select(s => s.AcknowledgedAt).SingleAsync()));

        // Act: edited out
        using var acknowledged = await PractitionerJourney.PostWithTokenAsync(samClient, $"/supervision/sessions/{id}/acknowledge", [new("comment", "I agree with the record.")]);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.SupervisionSessions.Where(s => s.Id == id).Select(s => s.AcknowledgedAt).SingleAsync()));
        Assert.Equal(2, (await ConfirmationsAsync(ConfirmedRecordTypes.SupervisionSession, id)).Count);
    }

    [Fact]
    public async Task PlanGoal_EmailInPlannedActivities_Warns_ThenEditedOutSaves()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var area = await PractitionerJourney.AreaIdAsync(factory, "Rights, justice and economic wellbeing");
        var goals = (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Count;

        // Act
        using var warned = await PractitionerJourney.PostWithTokenAsync(client, "/my/plan/goals/new", PlanTestData.GoalFields(area, activities: "Shadow the court work with amy.jones@example.org, NI JH 12 34 56 C."));

        // Assert
        var document = await AssertWarnedAsync(warned, "PlannedActivities", "amy.jones@example.org", "an email address");
        Assert.Contains("looks like a National Insurance number", document.GetSingle($"#{IdentifyingDetailsWarnings.WarningId("PlannedActivities")}").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(goals, (await factory.PlanOfAsync(DemoAccounts.Sam))!.Goals.Count);

        // Act
        using var saved = await PractitionerJourney.PostWithTokenAsync(client, "/my/plan/goals/new", PlanTestData.GoalFields(area, activities: "Shadow the court work with a senior colleague."));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await factory.PlanOfAsync(DemoAccounts.Sam);
        Assert.Equal(goals + 1, plan!.Goals.Count);
        Assert.Empty(await ConfirmationsAsync(ConfirmedRecordTypes.PlanGoal, plan.Goals.Max(g => g.Id)));
    }

    [Fact]
    public async Task CourseFeedback_NhsNumberInComment_Warns_ThenConfirmingSavesAndRecords()
    {
        // Arrange
        var courseId = await factory.AddCourseAsync("Identifying details feedback course");
        var sessionId = await factory.AddSessionAsync(courseId, TimeSpan.FromHours(-2));
        var bookingId = await factory.AddBookingAsync(sessionId, await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Sam));
        using (var lee = factory.CreateClientFor(DemoAccounts.Lee))
        {
            using var marked = await PractitionerJourney.PostWithTokenAsync(lee, $"/learning/sessions/{sessionId}/attendance", [new("bookingId", bookingId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("attended", "true")]);
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        }

        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var path = $"/courses/bookings/{bookingId}/feedback";
        List<KeyValuePair<string, string>> fields = [new("Relevance", "4"), new("Quality", "5"), new("ConfidenceBefore", "2"), new("ConfidenceAfter", "4"), new("Comment", "Useful for the child with NHS number 943 476 5919.")];

        // Act
        using var warned = await PractitionerJourney.PostWithTokenAsync(sam, path, fields);

        // Assert
        await AssertWarnedAsync(warned, "Comment", "943 476 5919", "an NHS number");
        Assert.Equal(0, await factory.WithDbAsync(db => db.CourseFeedback.CountAsync(f => f.BookingId == bookingId)));

        // Act
        using var saved = await PractitionerJourney.PostWithTokenAsync(sam, path, [.. fields, new(Confirm, "true")]);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var feedbackId = await factory.WithDbAsync(db => db.CourseFeedback.Where(f => f.BookingId == bookingId).Select(f => f.Id).SingleAsync());
        var row = Assert.Single(await ConfirmationsAsync(ConfirmedRecordTypes.CourseFeedback, feedbackId));
        Assert.Equal(("Comment", "NhsNumber:1"), (row.Field, row.Kinds));
    }

    [Fact]
    public async Task Settings_CaseIdentifierPatternsAndSchools_AreValidatedAudited_AndUsedByTheCheck()
    {
        // Act: a pattern that is not one
        using var bad = await SaveSettingsAsync(("CaseIdentifierPatterns", "\\bMOS\\d{6}\\b\n\\bLCS(\\d{5}"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var document = await bad.GetDocumentAsync();
        Assert.Contains(document.ErrorSummaryMessages(), m => m.StartsWith("Pattern 2 (", StringComparison.Ordinal) && m.Contains("is not a valid pattern", StringComparison.Ordinal));
        Assert.NotNull(document.FieldError("CaseIdentifierPatterns"));

        // Act: a pattern that would match ordinary words
        using var broad = await SaveSettingsAsync(("CaseIdentifierPatterns", "\\w+"));
        Assert.Equal(HttpStatusCode.BadRequest, broad.StatusCode);

        // Act: good ones
        var audits = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.SettingChanged && a.EntityId == "CaseIdentifierPatterns"));
        using var good = await SaveSettingsAsync(("CaseIdentifierPatterns", "\\bMOS\\d{6}\\b"), ("SchoolNames", "Cantell"));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(audits + 1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.SettingChanged && a.EntityId == "CaseIdentifierPatterns")));
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Reading"), Today.AddDays(-2));
        form["Title"] = "Council patterns";
        form["WhatLearnt"] = "Reviewed MOS123456 with the designated teacher at Cantell.";
        using var warned = await client.SubmitAsync(ActivityTestData.NewPath, form);
        var warning = (await AssertWarnedAsync(warned, "WhatLearnt", "MOS123456", "a case or child identifier")).GetSingle($"#{IdentifyingDetailsWarnings.WarningId("WhatLearnt")}");
        Assert.Contains("\u201cCantell\u201d looks like a school's name", warning.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OfAWholeActivityForm_AtTheFieldLimit_FindsTheDetailsInEveryField()
    {
        // Arrange: six fields at the form's limit of 4,000 characters: realistic prose with one postcode, and a worst
        // case where every sentence holds a name, an address, a postcode, a phone number, a case number and a birth date
        const string Prose = "I reflected in supervision on how I open a first home visit, using Signs of Safety mapping with the Early Help team and the family network. I learnt to separate what I saw from what I was told, and to write the analysis so the family can read it. ";
        const string Dense = "Reflected with Mrs Khan and Jayden Smith (7) at 14 Oak Road, SO14 7LY, on 07700 900123; case ref 123456, DOB 03/04/2015. Signs of Safety mapping with the Early Help team. ";
        var realistic = ("The visit near SO14 7LY. " + string.Concat(Enumerable.Repeat(Prose, 4000 / Prose.Length + 1)))[..4000];
        var dense = string.Concat(Enumerable.Repeat(Dense, 4000 / Dense.Length + 1))[..4000];

        // Act
        var realisticMs = await MedianPerFieldAsync(realistic);
        var denseMs = await MedianPerFieldAsync(dense);

        // Assert: every field is reported (in MedianPerFieldAsync). The issue asks at most 5 ms for 4,000 characters: the
        // time is printed for the record (docs/adr/0024), never asserted, as a shared machine's load would decide it
        output.WriteLine($"Identifying-details check, 4,000 characters a field, median per field: realistic prose {realisticMs:0.00} ms, dense worst case {denseMs:0.00} ms");
    }

    /// <summary>The median time of the check per field, over 30 checks of a six-field form with the same text in each.</summary>
    private Task<double> MedianPerFieldAsync(string text) => factory.WithScopeAsync(async sp =>
    {
        var check = sp.GetRequiredService<IdentifyingDetailsCheck>();
        var fields = Enumerable.Range(0, 6).Select(i => ($"Field{i}", (string?)text)).ToList();
        Assert.Equal(6, (await check.FindAsync(fields, CancellationToken.None)).Count);
        var perField = new List<double>();
        for (var run = 0; run < 30; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await check.FindAsync(fields, CancellationToken.None);
            perField.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds / fields.Count);
        }

        perField.Sort();
        return perField[perField.Count / 2];
    });

    /// <summary>Posts the administrator's settings page as it is, with the given fields changed.</summary>
    private async Task<HttpResponseMessage> SaveSettingsAsync(params (string Field, string Value)[] changes)
    {
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);
        var page = await ade.GetDocumentAsync("/admin/settings");
        var form = page.GetSingle("main form[method=post]");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = element.GetAttribute("name");
            if (name is null || (element is IHtmlInputElement { Type: "radio" or "checkbox" } choice && !choice.IsChecked))
            {
                continue;
            }

            var value = element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? string.Empty,
                IHtmlInputElement input => input.Value,
                _ => string.Empty,
            };
            fields.Add(new(name, value));
        }

        foreach (var (field, value) in changes)
        {
            fields.RemoveAll(f => f.Key == field);
            fields.Add(new(field, value));
        }

        var response = await ade.PostFormAsync("/admin/settings", fields);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
