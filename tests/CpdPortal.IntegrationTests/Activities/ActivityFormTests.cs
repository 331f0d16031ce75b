using System.Globalization;
using System.Net;
using CpdPortal.Domain.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Activities;

/// <summary>Logging and editing an activity: /my/activities/new and /my/activities/{id}/edit, and every bad input.</summary>
public sealed class ActivityFormTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>One bad input each: the fields to change in a valid form, the field the message is beside, the message.</summary>
    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "Title=", "Title", "Enter a title for the activity" },
        { "Title=" + new string('t', 201), "Title", "The title must be 200 characters or fewer" },
        { "MethodId=", "MethodId", "Select how you learnt" },
        { "MethodId=abc", "MethodId", "Select how you learnt" },
        { "MethodId=99999", "MethodId", "Select how you learnt" },
        { "Date.Day=|Date.Month=|Date.Year=", "Date", "Enter the date of the activity" },
        { "Date.Day=23", "Date", "The date of a completed activity must be today or in the past" },
        { "Date.Day=31|Date.Month=2", "Date", "The date of the activity must be a real date" },
        { "Date.Month=", "Date", "The date of the activity must include a month" },
        { "Date.Year=26", "Date", "Year must include 4 numbers" },
        { "EndDate.Day=30|EndDate.Month=2|EndDate.Year=2026", "EndDate", "The end date must be a real date" },
        { "EndDate.Day=1|EndDate.Month=11|EndDate.Year=2026", "EndDate", "The end date must be the same as or after the start date" },
        { "EndDate.Day=13|EndDate.Month=11|EndDate.Year=2026", "EndDate", "An activity can last at most 10 days: record longer learning as separate entries" },
        { "Hours=", "Hours", "Enter how many hours the activity took" },
        { "Hours=0", "Hours", "The number of hours must be more than 0" },
        { "Hours=-2", "Hours", "The number of hours must be more than 0" },
        { "Hours=25", "Hours", "The number of hours must be 24 or fewer for one day" },
        { "Hours=lots", "Hours", "Enter hours as a number, like 1.5" },
        { "Hours=1,5", "Hours", "Enter hours as a number, like 1.5" },
        { "Hours=1.555", "Hours", "Enter hours to no more than 2 decimal places, like 1.5" },
        { "EndDate.Day=5|EndDate.Month=11|EndDate.Year=2026|Hours=73", "Hours", "The number of hours must be 72 or fewer for 3 days" },
        { "Description=", "Description", "Describe the activity and why it is relevant to your practice" },
        { "Description=" + new string('d', 4001), "Description", "The description must be 4000 characters or fewer" },
        { "WhatLearnt=", "WhatLearnt", "Enter what you learnt" },
        { "WhatLearnt=" + new string('w', 4001), "WhatLearnt", "What you learnt must be 4000 characters or fewer" },
        { "Impact=", "Impact", "Enter the impact on your practice and on children and families" },
        { "Impact=" + new string('i', 4001), "Impact", "The impact must be 4000 characters or fewer" },
        { "PeerName=My supervisor", "PeerReflection", "Enter what you learnt from discussing it with your peer, or remove who you discussed it with" },
        { "PeerName=Supervisor|PeerReflection=" + new string('p', 4001), "PeerReflection", "The peer reflection must be 4000 characters or fewer" },
        { "PeerName=" + new string('n', 101) + "|PeerReflection=Useful", "PeerName", "Who you discussed it with must be 100 characters or fewer" },
        { "Certificated=", "Certificated", "Select yes if you got a certificate for this activity" },
        { "Certificated=maybe", "Certificated", "Select yes if you got a certificate for this activity" },
    };

    [Fact]
    public async Task GetNew_Sam_OffersActiveMethodsAndOnlyHerFrameworksAreas()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var activeMethods = await factory.QueryAsync(db => db.CpdMethods.Where(m => m.IsActive).OrderBy(m => m.Order).Select(m => m.Name).ToListAsync());
        var commonCore = await factory.AreaIdAsync("Safeguarding and promoting welfare");
        var pcf = await factory.AreaIdAsync("Values and ethics");

        // Act
        var document = await client.GetDocumentAsync(ActivityTestData.NewPath);

        // Assert
        Assert.Equal(activeMethods, document.QuerySelectorAll("#MethodId option").Skip(1).Select(o => o.NormalisedText()));
        Assert.NotNull(document.QuerySelector($"input[name=AreaIds][value='{pcf}']"));
        Assert.Null(document.QuerySelector($"input[name=AreaIds][value='{commonCore}']"));
        Assert.Equal("decimal", document.GetSingle("input#Hours").GetAttribute("inputmode"));
        Assert.Contains("Do not include anything that could identify a child or family.", document.GetSingle(".govuk-warning-text").NormalisedText(), StringComparison.Ordinal);
        var buttons = document.QuerySelectorAll("main form button[name=Status]").Select(b => (b.NormalisedText(), b.GetAttribute("value"))).ToList();
        Assert.Equal([("Save as complete", "Complete"), ("Save as draft", "Draft")], buttons);
        Assert.Equal(3, document.QuerySelectorAll("main .govuk-date-input input[name^='Date.']").Length);
        Assert.All(document.QuerySelectorAll("main input:not([type=hidden]), main select, main textarea"), field =>
            Assert.True(
                document.QuerySelector($"label[for='{field.Id}']") is not null,
                $"The field {field.Id} has no label."));
    }

    [Fact]
    public async Task PostNew_ValidComplete_SavesItAndShowsIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Sam);
        var workshop = await factory.MethodIdAsync("Workshop or course");
        var values = await factory.AreaIdAsync("Values and ethics");
        var form = ActivityTestData.ValidForm(workshop, Today.AddDays(-3));
        form["Title"] = "A valid complete entry";
        form["Certificated"] = "true";
        form["PeerName"] = "My supervisor";
        form["PeerReflection"] = "We discussed how to open the first visit.";
        var fields = form.ToList();
        fields.Add(new("AreaIds", values.ToString(CultureInfo.InvariantCulture)));

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, fields);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(before + 1, await factory.ActivityRowsAsync(DemoAccounts.Sam));
        var id = await factory.ActivityIdAsync(DemoAccounts.Sam, "A valid complete entry");
        Assert.Equal($"/my/activities/{id}", response.RedirectTarget());
        var saved = await factory.FindActivityAsync(id);
        Assert.NotNull(saved);
        Assert.Equal(ActivityStatus.Complete, saved.Status);
        Assert.Equal(3.5m, saved.Hours);
        Assert.Equal(Today.AddDays(-3), saved.Date);
        Assert.True(saved.Certificated);
        Assert.Equal("We discussed how to open the first visit.", saved.PeerReflection);
        Assert.Equal([values], saved.Areas.Select(a => a.AreaId));

        var detail = await client.GetDocumentAsync(response.RedirectTarget()!);
        Assert.Equal("Activity saved", detail.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        var list = detail.GetSingle("[data-testid=activity]");
        Assert.Equal("Workshop or course", list.SummaryValue("How you learnt"));
        Assert.Equal("3.5 (0.5 days)", list.SummaryValue("Hours"));
        Assert.Equal("Yes", list.SummaryValue("Certificated"));
        Assert.Equal("Complete", list.SummaryValue("Status"));
        Assert.Equal("My supervisor", list.SummaryValue("Discussed with"));
        Assert.Equal("Values and ethics (Professional Capabilities Framework)", list.SummaryValue("Competence areas"));
    }

    [Fact]
    public async Task PostNew_SaveAsDraftWithoutReflections_SavesADraft()
    {
        // Arrange: a draft may leave what was learnt and the impact for later, and may be planned for the future.
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Sam);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Conference"), Today.AddDays(10));
        form["Title"] = "A draft entry";
        form["Description"] = string.Empty;
        form["WhatLearnt"] = string.Empty;
        form["Impact"] = string.Empty;
        form["Status"] = "Draft";

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(before + 1, await factory.ActivityRowsAsync(DemoAccounts.Sam));
        var saved = await factory.FindActivityAsync(await factory.ActivityIdAsync(DemoAccounts.Sam, "A draft entry"));
        Assert.Equal(ActivityStatus.Draft, saved!.Status);
        Assert.Null(saved.WhatLearnt);
    }

    [Fact]
    public async Task PostNew_MultiDayWithinTenDays_SavesTheEndDate()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Workshop or course"), new DateOnly(2026, 11, 2));
        form["Title"] = "A three-day course";
        form["EndDate.Day"] = "4";
        form["EndDate.Month"] = "11";
        form["EndDate.Year"] = "2026";
        form["Hours"] = "22.2";

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var saved = await factory.FindActivityAsync(await factory.ActivityIdAsync(DemoAccounts.Sam, "A three-day course"));
        Assert.Equal(new DateOnly(2026, 11, 4), saved!.EndDate);
        Assert.Equal(22.2m, saved.Hours);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task PostNew_BadInput_Answers400WithTheMessageBesideTheFieldAndSavesNothing(string changes, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Sam);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Workshop or course"), new DateOnly(2026, 11, 3));
        foreach (var change in changes.Split('|'))
        {
            var (key, value) = (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            form[key] = value;
        }

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, form);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, field, message);
        Assert.Equal(before, await factory.ActivityRowsAsync(DemoAccounts.Sam));
    }

    [Fact]
    public async Task PostNew_AreaNotInMyFrameworks_Answers400AndSavesNothing()
    {
        // Arrange: the Common Core is for non-registered staff; Sam is a registered social worker.
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Sam);
        var commonCore = await factory.AreaIdAsync("Safeguarding and promoting welfare");
        var fields = ActivityTestData.ValidForm(await factory.MethodIdAsync("Workshop or course"), new DateOnly(2026, 11, 3)).ToList();
        fields.Add(new("AreaIds", commonCore.ToString(CultureInfo.InvariantCulture)));

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, fields);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "AreaIds", "Select areas from your own frameworks");
        Assert.Equal(before, await factory.ActivityRowsAsync(DemoAccounts.Sam));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999")]
    [InlineData("-1")]
    public async Task PostNew_UnknownAreaId_Answers400AndSavesNothing(string areaId)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Sam);
        var fields = ActivityTestData.ValidForm(await factory.MethodIdAsync("Workshop or course"), new DateOnly(2026, 11, 3)).ToList();
        fields.Add(new("AreaIds", areaId));

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, fields);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "AreaIds", "Select areas from your own frameworks");
        Assert.Equal(before, await factory.ActivityRowsAsync(DemoAccounts.Sam));
    }

    [Fact]
    public async Task PostNew_SeveralProblems_ShowsEachOnceAndKeepsWhatWasTyped()
    {
        // Arrange: junk hours (a parsing error) together with a missing title (a domain rule).
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Workshop or course"), new DateOnly(2026, 11, 3));
        form["Title"] = string.Empty;
        form["Hours"] = "two and a half";
        form["WhatLearnt"] = "Something I typed & want to keep <b>";
        var reflection = await factory.AreaIdAsync("Critical reflection and analysis");
        var fields = form.ToList();
        fields.Add(new("AreaIds", reflection.ToString(CultureInfo.InvariantCulture)));

        // Act
        using var response = await client.SubmitAsync(ActivityTestData.NewPath, fields);

        // Assert
        var document = await ActivityTestData.AssertFormErrorAsync(response, "Hours", "Enter hours as a number, like 1.5");
        var messages = document.QuerySelectorAll(".govuk-error-summary li").Select(li => li.NormalisedText()).ToList();
        Assert.Equal(["Enter a title for the activity", "Enter hours as a number, like 1.5"], messages.Order(StringComparer.Ordinal));
        Assert.Equal("two and a half", document.GetSingle("input#Hours").GetAttribute("value"));
        Assert.Equal("Something I typed & want to keep <b>", document.GetSingle("textarea#WhatLearnt").TextContent);
        Assert.Equal("3", document.GetSingle("input[name='Date.Day']").GetAttribute("value"));
        Assert.True(document.GetSingle($"input[name=AreaIds][value='{reflection}']").HasAttribute("checked"));
        Assert.True(document.GetSingle("input#Certificated-no").HasAttribute("checked"));
        Assert.Equal(
            (await factory.MethodIdAsync("Workshop or course")).ToString(CultureInfo.InvariantCulture),
            document.GetSingle("#MethodId option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task PostNew_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange: the client opened the form (it holds the antiforgery cookie) but posts without the token.
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        await client.GetDocumentAsync(ActivityTestData.NewPath);
        var before = await factory.ActivityRowsAsync(DemoAccounts.Sam);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Workshop or course"), new DateOnly(2026, 11, 3));

        // Act
        using var response = await client.PostFormAsync(ActivityTestData.NewPath, form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.ActivityRowsAsync(DemoAccounts.Sam));
    }

    [Fact]
    public async Task GetEdit_OwnEntry_ShowsWhatWasSaved()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var id = await factory.ActivityIdAsync(DemoAccounts.Sam, "Signs of Safety: two-day foundation");
        var skills = await factory.AreaIdAsync("Skills and interventions");

        // Act
        var document = await client.GetDocumentAsync($"/my/activities/{id}/edit");

        // Assert
        Assert.Equal("Signs of Safety: two-day foundation", document.GetSingle("input#Title").GetAttribute("value"));
        Assert.Equal("14.8", document.GetSingle("input#Hours").GetAttribute("value"));
        Assert.Equal(["1", "10", "2026"], document.QuerySelectorAll("input[name^='Date.']").Select(i => i.GetAttribute("value")));
        Assert.True(document.GetSingle($"input[name=AreaIds][value='{skills}']").HasAttribute("checked"));
        Assert.True(document.GetSingle("input#Certificated").HasAttribute("checked"));
        Assert.Equal("Workshop or course", document.GetSingle("#MethodId option[selected]").NormalisedText());
        Assert.Equal("My supervisor", document.GetSingle("input#PeerName").GetAttribute("value"));
    }

    [Fact]
    public async Task PostEdit_Valid_UpdatesTheEntry()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var created = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry to edit");
        var rows = await factory.ActivityRowsAsync(DemoAccounts.Sam);
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("E-learning"), new DateOnly(2026, 10, 5));
        form["Title"] = "Entry after editing";
        form["Hours"] = "2.25";

        // Act
        using var response = await client.SubmitAsync($"/my/activities/{created}/edit", form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/my/activities/{created}", response.RedirectTarget());
        var saved = await factory.FindActivityAsync(created);
        Assert.Equal("Entry after editing", saved!.Title);
        Assert.Equal(2.25m, saved.Hours);
        Assert.Equal(new DateOnly(2026, 10, 5), saved.Date);
        Assert.Equal(rows, await factory.ActivityRowsAsync(DemoAccounts.Sam));
    }

    [Fact]
    public async Task PostEdit_BadInput_Answers400AndChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var created = await factory.AddActivityAsync(DemoAccounts.Sam, "Entry that stays as it was");
        var form = ActivityTestData.ValidForm(await factory.MethodIdAsync("Workshop or course"), new DateOnly(2026, 11, 3));
        form["Title"] = "This title must not be saved";
        form["Hours"] = "25";

        // Act
        using var response = await client.SubmitAsync($"/my/activities/{created}/edit", form);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "Hours", "The number of hours must be 24 or fewer for one day");
        var saved = await factory.FindActivityAsync(created);
        Assert.Equal("Entry that stays as it was", saved!.Title);
        Assert.Equal(1m, saved.Hours);
    }
}
