using System.Net;
using CpdPortal.Domain.Competence;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>The mapping grid (/learning/mapping): the heatmap, the gaps, mapping and unmapping, and bad input.</summary>
public sealed class MappingTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private Task<int> FrameworkIdAsync(string name) =>
        factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.CompetenceFrameworks.Where(f => f.Name == name).Select(f => f.Id)));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, int? course, int? area, string stage, string? returnTo = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("CourseId", course?.Text() ?? string.Empty),
            new("AreaId", area?.Text() ?? string.Empty),
            new("Stage", stage),
            new(HtmlExtensions.AntiforgeryField, await client.AnyTokenAsync()),
        };
        if (returnTo is not null)
        {
            fields.Add(new("ReturnTo", returnTo));
        }

        return await client.PostFormAsync(path, fields);
    }

    [Fact]
    public async Task Index_Pcf_ShowsEveryCellWithItsCountAndCoursesAndListsTheGaps()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var pcf = await FrameworkIdAsync("Professional Capabilities Framework");
        var knowledge = await ActivityTestData.AreaIdAsync(factory, "Knowledge");

        // Act
        var document = await client.GetDocumentAsync($"/learning/mapping?framework={pcf}");

        // Assert
        var grid = document.GetSingle("[data-testid=grid]");
        Assert.Equal(9, grid.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(45, grid.QuerySelectorAll("tbody td").Length);
        var cell = grid.GetSingle($"tr[data-area-id='{knowledge}'] td[data-stage='1']");
        Assert.Equal("1 course", cell.GetSingle(".app-heat-count").NormalisedText());
        Assert.Contains("app-heat-1", cell.ClassList);
        Assert.Equal(["Safeguarding children: level 3"], cell.QuerySelectorAll("li").Select(li => li.NormalisedText()));
        var gap = document.GetSingle($"[data-testid=gaps] li[data-area-id='{await ActivityTestData.AreaIdAsync(factory, "Diversity and equality")}'][data-stage='5']");
        Assert.Equal("Diversity and equality: stage 5 Expert", gap.NormalisedText());
        Assert.Equal(4, document.QuerySelectorAll("[data-testid=legend] li").Length);
        Assert.All(grid.QuerySelectorAll("td.app-heat-0"), td => Assert.Equal("0 courses", td.NormalisedText()));
    }

    [Fact]
    public async Task Index_UnknownFramework_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.GetAsync("/learning/mapping?framework=99999");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostMap_GapCell_FillsItAndTheGapDisappears()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course for the reflection gap");
        var area = await ActivityTestData.AreaIdAsync(factory, "Critical reflection and analysis");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await PostAsync(client, "/learning/mapping/map", course, area, "5");

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var grid = await client.GetDocumentAsync(response.RedirectTarget()!);
        Assert.Null(grid.QuerySelector($"[data-testid=gaps] li[data-area-id='{area}'][data-stage='5']"));
        Assert.Contains("Course for the reflection gap", grid.GetSingle($"tr[data-area-id='{area}'] td[data-stage='5']").NormalisedText(), StringComparison.Ordinal);
        Assert.Contains((await factory.FindCourseAsync(course))!.Mappings, m => m.AreaId == area && m.Stage == DreyfusStage.Expert);
    }

    [Fact]
    public async Task PostUnmap_FromTheCoursePage_RemovesTheCellAndReturnsThere()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course to unmap");
        var area = await ActivityTestData.AreaIdAsync(factory, "Professionalism");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        using var mapped = await PostAsync(client, "/learning/mapping/map", course, area, "4", returnTo: "course");

        // Act
        using var response = await PostAsync(client, "/learning/mapping/unmap", course, area, "4", returnTo: "course");

        // Assert
        Assert.Equal($"/learning/courses/{course}", mapped.RedirectTarget());
        Assert.Equal($"/learning/courses/{course}", response.RedirectTarget());
        Assert.Empty((await factory.FindCourseAsync(course))!.Mappings);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("")]
    public async Task PostMap_StageOutsideOneToFive_Answers400AndSavesNothing(string stage)
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course with a bad stage " + stage);
        var area = await ActivityTestData.AreaIdAsync(factory, "Knowledge");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await PostAsync(client, "/learning/mapping/map", course, area, stage);

        // Assert
        await ActivityTestData.AssertFormErrorAsync(response, "Stage", "Choose a Dreyfus stage from 1 to 5");
        Assert.Empty((await factory.FindCourseAsync(course))!.Mappings);
    }

    [Fact]
    public async Task PostMap_StageOutsideOneToFiveFromTheCoursePage_Answers400OnTheCoursePage()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course page with a bad stage");
        var area = await ActivityTestData.AreaIdAsync(factory, "Knowledge");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await PostAsync(client, "/learning/mapping/map", course, area, "7", returnTo: "course");

        // Assert
        var document = await ActivityTestData.AssertFormErrorAsync(response, "Stage", "Choose a Dreyfus stage from 1 to 5");
        Assert.Equal("Course page with a bad stage", document.GetSingle("h1").NormalisedText());
        Assert.Empty((await factory.FindCourseAsync(course))!.Mappings);
    }

    [Fact]
    public async Task PostMap_NoAreaOrCourse_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await PostAsync(client, "/learning/mapping/map", null, 99999, "3");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Error: Select a course", document.GetSingle("#CourseId-error").NormalisedText());
    }

    [Fact]
    public async Task PostMap_UnknownCourse_Answers404()
    {
        // Arrange
        var area = await ActivityTestData.AreaIdAsync(factory, "Knowledge");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await PostAsync(client, "/learning/mapping/map", 99999, area, "3");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostMap_WithoutAntiforgeryToken_Answers400AndSavesNothing()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course mapped without a token");
        var area = await ActivityTestData.AreaIdAsync(factory, "Knowledge");
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        using var response = await client.PostFormAsync("/learning/mapping/map", [new("CourseId", course.Text()), new("AreaId", area.Text()), new("Stage", "3")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await factory.FindCourseAsync(course))!.Mappings);
    }

    [Fact]
    public async Task PostMap_Supervisor_IsForbidden()
    {
        // Arrange
        var course = await factory.AddCourseAsync("Course Alex cannot map");
        var area = await ActivityTestData.AreaIdAsync(factory, "Knowledge");
        using var client = factory.CreateClientFor(DemoAccounts.Alex);

        // Act
        using var response = await PostAsync(client, "/learning/mapping/map", course, area, "3");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await factory.FindCourseAsync(course))!.Mappings);
    }
}
