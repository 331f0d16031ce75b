using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>
/// The training map's coverage on a hand-built framework of 2 areas (10 cells), today being 22 November 2026:
/// - course A is mapped to (Alpha, 1) and (Alpha, 2); course B to (Alpha, 1): Alpha 1 has 2 courses, Alpha 2 has 1;
/// - course C, retired on 1 November 2026, is mapped to (Beta, 3): it does not count, so Beta 3 is a gap;
/// - course D, to be retired on 1 December 2026, is mapped to (Beta, 5): still offered today, so it counts;
/// - an unpublished framework with a mapped course is not reported at all.
/// So 3 of 10 cells have a course (30%): 7 with none, 2 with one, 1 with two or more; gaps Alpha 3–5 and Beta 1–4.
/// </summary>
public sealed class MappingCoverageReportTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Framework = "Hand-counted Framework";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly HashSet<CpdPortalFactory> Seeded = [];

    private async Task SeedOnceAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (Seeded.Add(factory))
            {
                await SeedAsync();
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private Task<int> SeedAsync() => factory.WithDbAsync(async db =>
    {
        var framework = new CompetenceFramework("HCF", Framework, 1, FrameworkAudience.AllStaff);
        var alpha = framework.AddArea("Alpha");
        var beta = framework.AddArea("Beta");
        framework.Publish(new DateOnly(2026, 1, 1));
        var draft = new CompetenceFramework("DRF", "Unpublished Framework", 1, FrameworkAudience.AllStaff);
        var hidden = draft.AddArea("Hidden");
        db.CompetenceFrameworks.AddRange(framework, draft);

        static Course NewCourse(string title) => new(new CourseDetails(title, "A test course.", false, null, CourseDelivery.FaceToFace, null, 7.4m, true, null, null, [], [], []));
        var a = NewCourse("Coverage A");
        var b = NewCourse("Coverage B");
        var c = NewCourse("Coverage C");
        var d = NewCourse("Coverage D");
        a.MapTo(alpha, DreyfusStage.Novice);
        a.MapTo(alpha, DreyfusStage.AdvancedBeginner);
        b.MapTo(alpha, DreyfusStage.Novice);
        c.MapTo(beta, DreyfusStage.Competent);
        c.Retire(new DateOnly(2026, 11, 1));
        d.MapTo(beta, DreyfusStage.Expert);
        d.Retire(new DateOnly(2026, 12, 1));
        b.MapTo(hidden, DreyfusStage.Novice);
        db.Courses.AddRange(a, b, c, d);
        return await db.SaveChangesAsync();
    });

    private async Task<(string Headline, List<List<string>> Tables, string Chart)> ReadAsync(string query = "")
    {
        await SeedOnceAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var document = await client.GetDocumentAsync("/reports/mapping-coverage" + query);
        var tables = document.QuerySelectorAll("[data-testid=report-table]")
            .Select(t => t.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.NormalisedText()))).ToList())
            .ToList();
        return (document.GetSingle("[data-testid=headline]").NormalisedText(), tables, document.GetSingle("figure.app-chart desc").NormalisedText());
    }

    [Fact]
    public async Task MappingCoverage_HandCountedFramework_CountsCellsWithAnOfferedCourse()
    {
        // Act
        var (_, tables, _) = await ReadAsync();

        // Assert
        Assert.Contains($"{Framework} | 10 | 3 | 30% | 7 | 2 | 1", tables[0]);
    }

    [Fact]
    public async Task Csv_HandCountedFramework_ListsItsGapsIncludingTheRetiredCoursesCell()
    {
        // Arrange
        await SeedOnceAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var csv = await client.GetStringAsync("/reports/mapping-coverage.csv?table=2");

        // Assert: the page shows the first 50 gaps; the CSV has them all.
        Assert.Equal(
            [
                $"Alpha,{Framework},3 Competent",
                $"Alpha,{Framework},4 Proficient",
                $"Alpha,{Framework},5 Expert",
                $"Beta,{Framework},1 Novice",
                $"Beta,{Framework},2 Advanced beginner",
                $"Beta,{Framework},3 Competent",
                $"Beta,{Framework},4 Proficient",
            ],
            csv.Split("\r\n").Where(r => r.Contains(Framework, StringComparison.Ordinal) && !r.StartsWith(Framework, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MappingCoverage_UnpublishedFramework_IsNotReported()
    {
        // Act
        var (_, tables, chart) = await ReadAsync();

        // Assert
        Assert.DoesNotContain(tables[0], r => r.StartsWith("Unpublished", StringComparison.Ordinal));
        Assert.DoesNotContain(tables[1], r => r.StartsWith("Hidden", StringComparison.Ordinal));
        Assert.DoesNotContain("Unpublished", chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MappingCoverage_Chart_ShowsEachFrameworksCoverage()
    {
        // Act
        var (_, _, chart) = await ReadAsync();

        // Assert
        Assert.Contains($"{Framework}: 30% of cells", chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MappingCoverage_Headline_AddsUpTheFrameworksInTheTable()
    {
        // Act
        var (headline, tables, _) = await ReadAsync();

        // Assert: the headline is the table's totals (the seeded frameworks plus the hand-counted one).
        var rows = tables[0].Select(r => r.Split(" | ")).ToList();
        var cells = rows.Sum(r => int.Parse(r[1], System.Globalization.CultureInfo.GetCultureInfo("en-GB").NumberFormat));
        var covered = rows.Sum(r => int.Parse(r[2], System.Globalization.CultureInfo.GetCultureInfo("en-GB").NumberFormat));
        var gaps = rows.Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.GetCultureInfo("en-GB").NumberFormat));
        var percent = (int)Math.Round(100m * covered / cells, MidpointRounding.AwayFromZero);
        Assert.Equal(cells - covered, gaps);
        Assert.Equal($"{percent}% of training-map cells have a course; {gaps} gaps.", headline);
    }
}
