using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Competence;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>/learning/pathways: the list, the pathway page, and every edit of a role, with bad input and access.</summary>
public sealed class PathwayEditingTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private async Task<string> PathwayPathAsync() => "/learning/pathways/" + (await factory.PathwayIdAsync()).Text();

    /// <summary>Adds a role at the end through the page and returns its id.</summary>
    private async Task<int> AddRoleAsync(HttpClient client, string title, string place = "end", bool registered = true)
    {
        using var response = await client.PostWithTokenAsync(await PathwayPathAsync() + "/roles", ("Title", title), ("Place", place), ("RequiresRegistration", registered ? "true" : "false"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return (await factory.RoleIdOrNullAsync(title))!.Value;
    }

    [Fact]
    public async Task Index_Lee_ListsThePathwayWithItsStepsAndRoles()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync("/learning/pathways");

        // Assert
        var row = document.GetSingle("[data-testid=pathways] tbody tr");
        Assert.Contains("Children", row.GetSingle("th").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal($"/learning/pathways/{(await factory.PathwayIdAsync()).Text()}", row.GetSingle("a").GetAttribute("href"));
    }

    [Fact]
    public async Task Pathway_Lee_ShowsRolesStepByStepWithAlternativesTogetherAndTheirExpectedStages()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var socialWorker = await factory.RoleIdAsync("Social worker");
        var familySupport = await factory.RoleIdAsync("Family support worker");
        var leadership = await ActivityTestData.AreaIdAsync(factory, "Professional leadership");

        // Act
        var document = await client.GetDocumentAsync(await PathwayPathAsync());

        // Assert
        var step6 = document.QuerySelectorAll("[data-testid=steps] > li").Single(li => li.QuerySelectorAll("[data-testid=role]").Length == 3);
        Assert.Equal(
            ["Advanced practitioner", "Practice educator", "Team manager"],
            step6.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.NormalisedText()));
        var sw = document.GetSingle($"[data-testid=role][data-role-id='{socialWorker}']");
        Assert.Equal("2 Advanced beginner", sw.GetSingle($"tr[data-area-id='{leadership}'] [data-testid=expected]").NormalisedText());
        Assert.Contains(sw.QuerySelectorAll("caption"), c => c.NormalisedText().Contains("Professional Capabilities Framework (version 1)", StringComparison.Ordinal));
        var fsw = document.GetSingle($"[data-testid=role][data-role-id='{familySupport}']");
        Assert.DoesNotContain(fsw.QuerySelectorAll("caption"), c => c.NormalisedText().Contains("Professional Capabilities", StringComparison.Ordinal));
        Assert.Contains("members of staff hold this role", fsw.GetSingle("[data-testid=facts]").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pathway_DemoCouncil_ShowsTheSeededRequiredAndRecommendedCourses()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var senior = await factory.RoleIdAsync("Senior practitioner");

        // Act
        var document = await client.GetDocumentAsync(await PathwayPathAsync());

        // Assert
        var card = document.GetSingle($"[data-testid=role][data-role-id='{senior.Text()}']");
        Assert.Contains("Analysis and decision-making in assessments", card.GetSingle("[data-testid=required]").NormalisedText(), StringComparison.Ordinal);
        Assert.Contains("Court skills for social workers", card.GetSingle("[data-testid=recommended]").NormalisedText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/learning/pathways/99999")]
    [InlineData("/learning/pathways/99999/roles/1")]
    public async Task Pathway_UnknownPathway_Answers404(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Role_RoleOfThePathwayUnderAnotherPathwayId_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await factory.RoleIdAsync("Social worker");

        // Act
        using var response = await client.GetAsync($"/learning/pathways/{(await factory.PathwayIdAsync() + 1).Text()}/roles/{role.Text()}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AddRole_AtTheEnd_GoesOnANewLastStepAndIsAudited()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var role = await AddRoleAsync(client, "Director of children's services");

        // Assert
        var saved = (await factory.FindRoleAsync(role))!;
        var page = await client.GetDocumentAsync(await PathwayPathAsync());
        var steps = page.QuerySelectorAll("[data-testid=steps] > li");
        var last = steps[^1];
        Assert.Equal("Director of children's services", last.GetSingle(".govuk-summary-card__title").NormalisedText());
        Assert.Equal(saved.Step.ToString(System.Globalization.CultureInfo.InvariantCulture), last.GetAttribute("data-step"));
        Assert.True(saved.RequiresRegistration);
        Assert.Equal(1, await factory.AuditCountAsync(AuditActions.PathwayChanged, role.Text()));
    }

    [Fact]
    public async Task AddRole_AsAnAlternative_SharesThatStep()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var senior = (await factory.FindRoleAsync(await factory.RoleIdAsync("Senior practitioner")))!;

        // Act
        var role = await AddRoleAsync(client, "Consultant social worker", place: senior.Step.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(senior.Step, (await factory.FindRoleAsync(role))!.Step);
    }

    [Theory]
    [InlineData("", "end", "Title", "Enter the role title")]
    [InlineData("Social worker", "end", "Title", "This pathway already has a role called Social worker")]
    [InlineData("A role somewhere", "ninety", "Place", "Choose where the role goes")]
    [InlineData("A role nowhere", "99", "Place", "Choose a step that is on the pathway")]
    public async Task AddRole_BadInput_Answers400AndSavesNothing(string title, string place, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var before = await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PathwayRoles));

        // Act
        using var response = await client.PostWithTokenAsync(await PathwayPathAsync() + "/roles", ("Title", title), ("Place", place));

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, field, message);
        Assert.Equal(before, await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PathwayRoles)));
    }

    [Fact]
    public async Task Move_EarlierThenLater_ChangesTheStepAndBack()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await AddRoleAsync(client, "Role to move");
        var step = (await factory.FindRoleAsync(role))!.Step;
        var path = $"{await PathwayPathAsync()}/roles/{role.Text()}/move";

        // Act
        using var up = await client.PostWithTokenAsync(path, ("direction", "earlier"));
        var afterUp = (await factory.FindRoleAsync(role))!.Step;
        using var down = await client.PostWithTokenAsync(path, ("direction", "later"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, up.StatusCode);
        Assert.Equal(step - 1, afterUp);
        Assert.Equal(step, (await factory.FindRoleAsync(role))!.Step);
    }

    [Fact]
    public async Task Move_FirstRoleEarlier_Answers400WithTheReason()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var first = await factory.RoleIdAsync("Family support worker");

        // Act
        using var response = await client.PostWithTokenAsync($"{await PathwayPathAsync()}/roles/{first.Text()}/move", ("direction", "earlier"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Family support worker is already the first role", document.GetSingle(".govuk-error-summary li").NormalisedText());
        Assert.Equal(1, (await factory.FindRoleAsync(first))!.Step);
    }

    [Fact]
    public async Task Remove_RoleStaffHold_Answers400SayingWhyAndKeepsIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await factory.RoleIdAsync("Social worker");

        // Act
        using var response = await client.PostWithTokenAsync($"{await PathwayPathAsync()}/roles/{role.Text()}/remove");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary li").NormalisedText();
        Assert.StartsWith("You cannot remove Social worker because ", message, StringComparison.Ordinal);
        Assert.EndsWith("hold it. Move them to another role first", message, StringComparison.Ordinal);
        Assert.NotNull(await factory.FindRoleAsync(role));
    }

    [Fact]
    public async Task Remove_RoleNobodyHolds_RemovesIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await AddRoleAsync(client, "Role to remove");

        // Act
        using var response = await client.PostWithTokenAsync($"{await PathwayPathAsync()}/roles/{role.Text()}/remove");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Null(await factory.FindRoleAsync(role));
    }

    [Fact]
    public async Task Details_RenameAndDropRegistration_SavesBoth()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await AddRoleAsync(client, "Role to rename");

        // Act
        using var response = await client.PostWithTokenAsync($"{await PathwayPathAsync()}/roles/{role.Text()}", ("Title", "Renamed role"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var saved = (await factory.FindRoleAsync(role))!;
        Assert.Equal("Renamed role", saved.Title);
        Assert.False(saved.RequiresRegistration);
    }

    [Fact]
    public async Task Details_EmptyTitle_Answers400AndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await factory.RoleIdAsync("Senior practitioner");

        // Act
        using var response = await client.PostWithTokenAsync($"{await PathwayPathAsync()}/roles/{role.Text()}", ("Title", "  "), ("RequiresRegistration", "false"));

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "Title", "Enter the role title");
        var saved = (await factory.FindRoleAsync(role))!;
        Assert.Equal("Senior practitioner", saved.Title);
        Assert.True(saved.RequiresRegistration);
    }

    [Fact]
    public async Task Expectations_SetAndClear_SavesAndShowsThemOnTheRolePage()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await AddRoleAsync(client, "Role with expectations");
        var knowledge = await ActivityTestData.AreaIdAsync(factory, "Knowledge");
        var values = await ActivityTestData.AreaIdAsync(factory, "Values and ethics");
        var path = $"{await PathwayPathAsync()}/roles/{role.Text()}";
        using var set = await client.PostWithTokenAsync(path + "/expectations", ($"Stages[{knowledge.Text()}]", "4"), ($"Stages[{values.Text()}]", "3"));

        // Act
        using var cleared = await client.PostWithTokenAsync(path + "/expectations", ($"Stages[{knowledge.Text()}]", "4"), ($"Stages[{values.Text()}]", string.Empty));

        // Assert
        Assert.Equal(HttpStatusCode.Found, set.StatusCode);
        Assert.Equal(HttpStatusCode.Found, cleared.StatusCode);
        var saved = Assert.Single((await factory.FindRoleAsync(role))!.Expectations);
        Assert.Equal((knowledge, DreyfusStage.Proficient), (saved.AreaId, saved.Stage));
        var page = await client.GetDocumentAsync(path);
        Assert.Equal("4", page.GetSingle($"select#Stages_{knowledge.Text()}_ option[selected]").GetAttribute("value"));
        Assert.Equal(string.Empty, page.GetSingle($"select#Stages_{values.Text()}_ option[selected]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("two")]
    public async Task Expectations_StageOutsideOneToFive_Answers400BesideTheAreaAndSavesNothing(string stage)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await factory.RoleIdAsync("Principal social worker");
        var before = (await factory.FindRoleAsync(role))!.Expectations.Select(e => (e.AreaId, e.Stage)).Order().ToList();
        var knowledge = await ActivityTestData.AreaIdAsync(factory, "Knowledge");
        var values = await ActivityTestData.AreaIdAsync(factory, "Values and ethics");

        // Act
        using var response = await client.PostWithTokenAsync(
            $"{await PathwayPathAsync()}/roles/{role.Text()}/expectations",
            ($"Stages[{knowledge.Text()}]", stage),
            ($"Stages[{values.Text()}]", "1"));

        // Assert
        var document = await ActivityTestData.AssertFormErrorAsync(response, $"Stages_{knowledge.Text()}_", "Choose a Dreyfus stage from 1 to 5, or not expected");
        Assert.Equal("1", document.GetSingle($"select#Stages_{values.Text()}_ option[selected]").GetAttribute("value"));
        Assert.Equal(before, (await factory.FindRoleAsync(role))!.Expectations.Select(e => (e.AreaId, e.Stage)).Order().ToList());
    }

    [Fact]
    public async Task AddCourse_RequiredForTheNextRole_ShowsOnTheRoleAndOnSamsPathway()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var course = await factory.AddCourseAsync("Court report writing workshop");
        var recommended = await factory.AddCourseAsync("Writing for court");
        var role = await factory.RoleIdAsync("Social worker");
        var path = $"{await PathwayPathAsync()}/roles/{role.Text()}/courses";

        // Act
        using var required = await lee.PostWithTokenAsync(path, ("CourseId", course.Text()), ("Kind", "required"));
        using var optional = await lee.PostWithTokenAsync(path, ("CourseId", recommended.Text()), ("Kind", "recommended"));

        // Assert
        Assert.Equal(HttpStatusCode.Found, required.StatusCode);
        Assert.Equal(HttpStatusCode.Found, optional.StatusCode);
        var rolePage = await lee.GetDocumentAsync(required.RedirectTarget()!);
        Assert.Contains("Court report writing workshop", rolePage.GetSingle("[data-testid=required]").NormalisedText(), StringComparison.Ordinal);
        Assert.Null(rolePage.QuerySelector($"#CourseId option[value='{course.Text()}']"));
        var pathway = await sam.GetDocumentAsync("/my/pathway");
        var next = pathway.GetSingle($"[data-testid=next-role][data-role-id='{role}']");
        Assert.Equal(course.Text(), next.GetSingle("[data-testid=required-courses] li").GetAttribute("data-course-id"));
        Assert.Equal(recommended.Text(), next.GetSingle("[data-testid=recommended-courses] li").GetAttribute("data-course-id"));
    }

    [Fact]
    public async Task AddCourse_AlreadyRequiredAsRecommended_Answers400AndKeepsItRequired()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var course = await factory.AddCourseAsync("Course required once");
        var role = await factory.RoleIdAsync("Senior practitioner");
        var path = $"{await PathwayPathAsync()}/roles/{role.Text()}/courses";
        using var first = await client.PostWithTokenAsync(path, ("CourseId", course.Text()), ("Kind", "required"));

        // Act
        using var response = await client.PostWithTokenAsync(path, ("CourseId", course.Text()), ("Kind", "recommended"));

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "CourseId", "This course is already required for the role. Remove it first to recommend it instead");
        Assert.True(Assert.Single((await factory.FindRoleAsync(role))!.Courses, c => c.CourseId == course).Required);
    }

    [Fact]
    public async Task AddCourse_RetiredCourse_Answers400AndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var course = await factory.AddCourseAsync("Retired course for a role");
        await factory.ChangeAsync(async db => (await db.Courses.FindAsync(course))!.Retire(factory.Clock.UkToday()));
        var role = await factory.RoleIdAsync("Team manager");

        // Act
        using var response = await client.PostWithTokenAsync($"{await PathwayPathAsync()}/roles/{role.Text()}/courses", ("CourseId", course.Text()), ("Kind", "required"));

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "CourseId", "Select a course from the list");
        Assert.DoesNotContain((await factory.FindRoleAsync(role))!.Courses, c => c.CourseId == course);
    }

    [Theory]
    [InlineData("", "required", "CourseId", "Select a course from the list")]
    [InlineData("abc", "required", "CourseId", "Select a course from the list")]
    [InlineData("1", "", "Kind", "Choose whether the course is required or recommended")]
    [InlineData("1", "both", "Kind", "Choose whether the course is required or recommended")]
    public async Task AddCourse_BadInput_Answers400AndSavesNothing(string courseId, string kind, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var role = await factory.RoleIdAsync("Service manager");

        // Act
        using var response = await client.PostWithTokenAsync($"{await PathwayPathAsync()}/roles/{role.Text()}/courses", ("CourseId", courseId), ("Kind", kind));

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, field, message);
        Assert.Empty((await factory.FindRoleAsync(role))!.Courses);
    }

    [Fact]
    public async Task RemoveCourse_Listed_RemovesIt()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var course = await factory.AddCourseAsync("Course to take off a role");
        var role = await factory.RoleIdAsync("Practice educator");
        var path = $"{await PathwayPathAsync()}/roles/{role.Text()}/courses";
        using var added = await client.PostWithTokenAsync(path, ("CourseId", course.Text()), ("Kind", "recommended"));

        // Act
        using var response = await client.PostWithTokenAsync($"{path}/{course.Text()}/remove");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Empty((await factory.FindRoleAsync(role))!.Courses);
    }

    [Fact]
    public async Task AddRole_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.PostFormAsync(await PathwayPathAsync() + "/roles", [new("Title", "Role without a token"), new("Place", "end")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.RoleIdOrNullAsync("Role without a token"));
    }

    [Fact]
    public async Task AddRole_Practitioner_Answers403AndSavesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.PostWithTokenAsync(await PathwayPathAsync() + "/roles", ("Title", "Role by Sam"), ("Place", "end"));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await factory.RoleIdOrNullAsync("Role by Sam"));
    }

    [Fact]
    public async Task Pathway_AnyNumberOfRoles_RunsAtMostTenSqlCommands()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var path = await PathwayPathAsync();

        // Act
        var commands = await factory.SqlCommandsForAsync(client, path);

        // Assert
        Assert.InRange(commands, 1, 10);
    }
}
