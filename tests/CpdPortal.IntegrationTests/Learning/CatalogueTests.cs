using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Training;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>The L&amp;D catalogue (/learning/courses): list, search, create, edit, retire, reinstate, and every bad input.</summary>
public sealed class CatalogueTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string ListPath = "/learning/courses";
    private const string NewPath = "/learning/courses/new";

    /// <summary>One bad input each: the fields to change in a valid form, the field the message is beside, the message.</summary>
    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "Title=", "Title", "Enter the course title" },
        { "Title=" + new string('t', 201), "Title", "The course title must be 200 characters or fewer" },
        { "Summary=", "Summary", "Enter a summary of the course" },
        { "Hours=0", "Hours", "The length of the course must be more than 0 hours" },
        { "Hours=-3", "Hours", "The length of the course must be more than 0 hours" },
        { "Hours=", "Hours", "Enter the length of the course in hours" },
        { "Hours=a day", "Hours", "Enter the length in hours as a number, like 7.4" },
        { "Hours=501", "Hours", "The length of the course must be 500 hours or fewer" },
        { "External=", "External", "Select whether the course is run by the learning academy or an external provider" },
        { "External=true", "Provider", "Enter the name of the external provider" },
        { "Delivery=", "Delivery", "Select how the course is delivered" },
        { "Delivery=Carrier pigeon", "Delivery", "Select how the course is delivered" },
        { "Delivery=ELearning", "VleLink", "Enter the link to the e-learning course on the VLE" },
        { "Delivery=ELearning|VleLink=javascript:alert(1)", "VleLink", "Enter the VLE link as a web address starting https://" },
        { "Certificated=", "Certificated", "Select yes if the course gives a certificate" },
        { "Credits=twenty", "Credits", "Enter the number of credits as a whole number, like 20" },
        { "Credits=0|CreditsDescription=Award", "Credits", "The number of credits must be between 1 and 360" },
        { "Credits=20", "CreditsDescription", "Enter the qualification the credits count towards" },
        { "TagIds=99999", "TagIds", "Select practice frameworks from the list" },
        { "TargetRoleIds=abc", "TargetRoleIds", "Select roles from the list" },
    };

    [Fact]
    public async Task Index_Lee_ListsTheFirstPageByTitleWithPagination()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync(ListPath);

        // Assert
        var titles = document.QuerySelectorAll("[data-testid=courses] tbody th a").Select(a => a.NormalisedText()).ToList();
        Assert.Equal(20, titles.Count);
        // By title in the database's collation (binary on SQLite, linguistic on PostgreSQL; docs/adr/0015), then id.
        var today = factory.Clock.UkToday();
        var expected = await factory.WithDbAsync(db => db.Courses.Where(c => c.RetiredOn == null || c.RetiredOn > today).OrderBy(c => c.Title).ThenBy(c => c.Id).Select(c => c.Title).Take(20).ToListAsync());
        Assert.Equal(expected, titles);
        Assert.NotNull(document.QuerySelector(".govuk-pagination a[href*='page=2']"));
        Assert.Contains("of 4", document.GetSingle("[data-testid=courses] caption").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_Search_ShowsOnlyMatchingCourses()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync(ListPath + "?q=signs%20SAFETY");

        // Assert
        var titles = document.QuerySelectorAll("[data-testid=courses] tbody th a").Select(a => a.NormalisedText()).ToList();
        Assert.Equal(["Signs of Safety: advanced practitioner", "Signs of Safety: two-day foundation"], titles);
    }

    [Fact]
    public async Task Index_RetiredCourse_ShownOnlyWhenAskedFor()
    {
        // Arrange
        var id = await factory.AddCourseAsync("Retired catalogue course");
        await factory.ChangeAsync(async db => (await db.Courses.FindAsync(id))!.Retire(new DateOnly(2026, 11, 1)));
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var hidden = await client.GetDocumentAsync(ListPath + "?q=Retired+catalogue");
        var shown = await client.GetDocumentAsync(ListPath + "?q=Retired+catalogue&retired=true");

        // Assert
        Assert.NotNull(hidden.QuerySelector("[data-testid=none]"));
        Assert.Contains("Retired", shown.GetSingle($"tr[data-course-id='{id}']").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostNew_Valid_SavesTheCourseAndShowsIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var sos = await factory.TagIdAsync("Signs of Safety");
        var fsw = await factory.RoleIdAsync("Family support worker");
        var sw = await factory.RoleIdAsync("Social worker");
        var form = LearningTestData.ValidCourseForm("First visits with families");
        form["External"] = "true";
        form["Provider"] = "NSPCC";
        form["Delivery"] = "ELearning";
        form["VleLink"] = "https://vle.example.org/course/first-visits";
        form["CreditsDescription"] = "Post-qualifying award";
        form["Credits"] = "10";
        var fields = form.ToList();
        fields.Add(new("TagIds", sos.Text()));
        fields.Add(new("TargetRoleIds", fsw.Text()));
        fields.Add(new("TargetRoleIds", sw.Text()));
        fields.Add(new("MandatoryRoleIds", fsw.Text()));

        // Act
        using var response = await client.SubmitAsync(NewPath, fields);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var id = await factory.CourseIdAsync("First visits with families");
        Assert.Equal($"/learning/courses/{id}", response.RedirectTarget());
        var saved = await factory.FindCourseAsync(id);
        Assert.NotNull(saved);
        Assert.Equal(("NSPCC", true, CourseDelivery.ELearning, 7.4m), (saved.Provider, saved.External, saved.Delivery, saved.Hours));
        Assert.Equal(("Post-qualifying award", (int?)10), (saved.CreditsDescription, saved.Credits));
        Assert.Equal([sos], saved.Tags.Select(t => t.TagId));
        Assert.Equal([(fsw, true), (sw, false)], saved.Roles.OrderBy(r => r.PathwayRoleId).Select(r => (r.PathwayRoleId, r.Mandatory)));

        var page = await client.GetDocumentAsync(response.RedirectTarget()!);
        Assert.Equal("Course added to the catalogue", page.GetSingle("[data-testid=flash] .govuk-notification-banner__heading").NormalisedText());
        var summary = page.GetSingle("[data-testid=course]");
        Assert.Equal("NSPCC (external)", summary.SummaryValue("Provider"));
        Assert.Equal("E-learning", summary.SummaryValue("Delivery"));
        Assert.Equal("10 towards Post-qualifying award", summary.SummaryValue("Credits"));
        Assert.Equal("Signs of Safety", summary.SummaryValue("Practice frameworks"));
        Assert.Equal("Family support worker, Social worker", summary.SummaryValue("For"));
        Assert.Equal("Family support worker", summary.SummaryValue("Mandatory for"));
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task PostNew_BadInput_Answers400WithTheMessageAndSavesNothing(string changes, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.CourseCountAsync();
        var form = LearningTestData.ValidCourseForm("A course with one bad field");
        foreach (var change in changes.Split('|'))
        {
            var (key, value) = (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            form[key] = value;
        }

        // Act
        using var response = await client.SubmitAsync(NewPath, form);

        // Assert
        var document = await ActivityTestData.AssertFormErrorAsync(response, field, message);
        Assert.Equal(before, await factory.CourseCountAsync());
        Assert.Equal(form["Title"], document.GetSingle("#Title").GetAttribute("value"));
    }

    [Fact]
    public async Task PostNew_MandatoryForARoleItIsNotFor_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.CourseCountAsync();
        var fsw = await factory.RoleIdAsync("Family support worker");
        var fields = LearningTestData.ValidCourseForm("Mandatory but not for").ToList();
        fields.Add(new("MandatoryRoleIds", fsw.Text()));

        // Act
        using var response = await client.SubmitAsync(NewPath, fields);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "MandatoryRoleIds", "A course can only be mandatory for roles it is for: select those roles under 'Who is it for?' too");
        Assert.Equal(before, await factory.CourseCountAsync());
    }

    [Fact]
    public async Task PostNew_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.CourseCountAsync();

        // Act
        using var response = await client.PostFormAsync(NewPath, LearningTestData.ValidCourseForm("No token"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.CourseCountAsync());
    }

    [Fact]
    public async Task PostNew_Practitioner_IsForbiddenAndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var before = await factory.CourseCountAsync();
        var token = await client.AnyTokenAsync();

        // Act
        using var response = await client.PostFormAsync(NewPath, [.. LearningTestData.ValidCourseForm("Sam's course"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.CourseCountAsync());
    }

    [Fact]
    public async Task PostEdit_Valid_ChangesTheCourse()
    {
        // Arrange
        var id = await factory.AddCourseAsync("Course to edit");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var form = LearningTestData.ValidCourseForm("Course edited");
        form["Hours"] = "3.5";
        form["Delivery"] = "OnlineLive";

        // Act
        using var response = await client.SubmitAsync($"/learning/courses/{id}/edit", form);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var saved = await factory.FindCourseAsync(id);
        Assert.Equal(("Course edited", 3.5m, CourseDelivery.OnlineLive), (saved!.Title, saved.Hours, saved.Delivery));
    }

    [Fact]
    public async Task GetEdit_ShowsWhatIsSaved()
    {
        // Arrange
        var id = await factory.CourseIdAsync("Court skills for social workers");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync($"/learning/courses/{id}/edit");

        // Assert
        Assert.Equal("Court skills for social workers", document.GetSingle("#Title").GetAttribute("value"));
        Assert.Equal("7.4", document.GetSingle("#Hours").GetAttribute("value"));
        Assert.True(document.GetSingle("input[name=Delivery][value=FaceToFace]").HasAttribute("checked"));
        Assert.True(document.GetSingle("input[name=External][value=false]").HasAttribute("checked"));
    }

    [Fact]
    public async Task PostEdit_TitleEmpty_Answers400AndKeepsTheCourse()
    {
        // Arrange
        var id = await factory.AddCourseAsync("Course kept");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var form = LearningTestData.ValidCourseForm(string.Empty);

        // Act
        using var response = await client.SubmitAsync($"/learning/courses/{id}/edit", form);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "Title", "Enter the course title");
        Assert.Equal("Course kept", (await factory.FindCourseAsync(id))!.Title);
    }

    [Theory]
    [InlineData("/learning/courses/99999")]
    [InlineData("/learning/courses/99999/edit")]
    public async Task Get_UnknownCourse_Answers404(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostRetireThenReinstate_ChangesWhetherStaffCanBookIt()
    {
        // Arrange
        var id = await factory.AddCourseAsync("Course to retire");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var token = await client.AnyTokenAsync();

        // Act
        using var retire = await client.PostFormAsync($"/learning/courses/{id}/retire", [new(HtmlExtensions.AntiforgeryField, token)]);
        var retiredOn = (await factory.FindCourseAsync(id))!.RetiredOn;
        using var reinstate = await client.PostFormAsync($"/learning/courses/{id}/reinstate", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, retire.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 22), retiredOn);
        Assert.Equal(HttpStatusCode.Found, reinstate.StatusCode);
        Assert.Null((await factory.FindCourseAsync(id))!.RetiredOn);
    }

    [Fact]
    public async Task PostRetire_UnknownCourse_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var token = await client.AnyTokenAsync();

        // Act
        using var response = await client.PostFormAsync("/learning/courses/99999/retire", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Tags_Lee_ListsTheSeededPracticeFrameworksWithCourseCounts()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync("/learning/courses/tags");

        // Assert
        var names = document.QuerySelectorAll("[data-testid=tags] tbody th").Select(th => th.NormalisedText()).ToList();
        Assert.Contains("Signs of Safety", names);
        Assert.Contains("Systemic practice", names);
        Assert.All(document.QuerySelectorAll("main input[type=text]"), input => Assert.NotNull(document.QuerySelector($"label[for='{input.Id}']")));
    }

    [Fact]
    public async Task PostTags_NewNameThenRename_AddsAndRenamesIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var added = await client.SubmitAsync("/learning/courses/tags", [new("name", "Trauma-informed practice model")]);
        var id = await factory.TagIdAsync("Trauma-informed practice model");
        using var renamed = await client.SubmitAsync("/learning/courses/tags", [new("tagId", id.Text()), new("name", "Trauma-informed practice")]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.Equal(HttpStatusCode.Found, renamed.StatusCode);
        Assert.Equal(id, await factory.TagIdAsync("Trauma-informed practice"));
    }

    [Theory]
    [InlineData("", "Enter the practice framework's name")]
    [InlineData("Signs of Safety", "A practice framework with that name is already in the list")]
    public async Task PostTags_BadName_Answers400AndSavesNothing(string name, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PracticeTags));

        // Act
        using var response = await client.SubmitAsync("/learning/courses/tags", [new("name", name)], formSelector: "main form[method=post]:last-of-type");

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "Name", message);
        Assert.Equal(before, await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PracticeTags)));
    }

    [Fact]
    public async Task PostTags_UnknownTag_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.SubmitAsync("/learning/courses/tags", [new("tagId", "99999"), new("name", "Anything")]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
