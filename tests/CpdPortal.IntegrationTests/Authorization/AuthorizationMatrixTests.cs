using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Authorization;

/// <summary>What a request to each path answers, for a signed-out visitor and each demo account.</summary>
public enum Expect
{
    /// <summary>200.</summary>
    Ok,

    /// <summary>302 to /account/sign-in?ReturnUrl=(the path).</summary>
    SignIn,

    /// <summary>302 to / (e.g. a signed-in user opening the sign-in page).</summary>
    Home,

    /// <summary>403 with the "You do not have permission" page.</summary>
    Forbidden,

    /// <summary>404.</summary>
    NotFound,
}

/// <summary>
/// The URL map of CONTRACT.md as one table: a row per path, a column per user. The issue that builds a path
/// replaces its NotYetBuilt row with the rule the CONTRACT gives it (e.g. /admin/staff: anonymous SignIn, the
/// five staff Forbidden, Ade Ok).
/// </summary>
public sealed class AuthorizationMatrixTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const Expect Ok = Expect.Ok;
    private const Expect SignIn = Expect.SignIn;
    private const Expect Home = Expect.Home;
    private const Expect Forbidden = Expect.Forbidden;

    private static readonly Row[] Table =
    [
        //  path                         anonymous  Sam  Jo   Alex Chris Lee  Ade
        new("/",                         SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Ok),
        new("/health",                   Ok,        Ok,  Ok,  Ok,  Ok,   Ok,  Ok),
        new("/account/sign-in",          Ok,        Home, Home, Home, Home, Home, Home),

        // Test-only page with [Authorize(Policy = Policies.Administrator)] (Infrastructure/TestOnlyControllers.cs).
        new("/test-only/administrator",  SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),

        // The practitioner's own record (issue 3): any staff member; Ade has no staff record. Other people's ids are
        // tested per feature (Activities/, Assessment/, Planning/, Registration/ ...).
        new("/my/activities",            SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/activities/new",        SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/assessment",            SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/pathway",               SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/plan",                  SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/registration",          SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/export",                SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/export/everything",     SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/notifications",            SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/supervision",           SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/my/email-preferences",     SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),

        // Supervisors only (issue 4). Pages with ids are tested with real ids in Supervision/SupervisionAccessTests.
        new("/supervision",              SignIn,    Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden),
        new("/supervision/plans",        SignIn,    Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden),

        // Reports (issue 6): L&D and administrators.
        new("/reports",                  SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok),
        new("/reports/plans",            SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok),
        new("/reports/mapping-coverage", SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok),
        new("/reports/stages-over-time", SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok),

        // Administrators only (issue 7).
        new("/admin/audit",              SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        new("/admin/email",              SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        new("/admin/staff",              SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        new("/admin/staff/new",          SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        new("/admin/teams",              SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        new("/admin/teams/new",          SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        new("/admin/settings",           SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        new("/admin/retention",          SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),

        // Learning and development (issue 5): L&D only.
        new("/learning/courses",         SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        new("/learning/courses/new",     SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        new("/learning/courses/tags",    SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        new("/learning/mapping",         SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        new("/learning/sessions",        SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        new("/learning/sessions/new",    SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),

        // The catalogue and bookings (issue 5): any staff member; Ade has no staff record. Certificates are
        // verified by any signed-in user (Learning/SessionTests).
        new("/courses",                  SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),

        // CONTRACT paths not yet built: 404 for everyone today. The issue building each path changes its row.

        // The training-needs survey (issue 6): any staff member answers; results for L&D and administrators.
        new("/survey",                   SignIn,    Ok,  Ok,  Ok,  Ok,   Ok,  Forbidden),
        new("/reports/survey",           SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok),

        new("/learning/pathways",        SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        new("/learning/frameworks",      SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        new("/admin/import",             SignIn,    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),

        // Not in the CONTRACT at all: 404 for everyone, always.
        NotYetBuilt("/this-page-does-not-exist"),
    ];

    /// <summary>Every cell of the table.</summary>
    public static TheoryData<string, string, Expect> Cells => ToTheoryData(Table.SelectMany(r => r.Cells()));

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Get_PathAsUser_AnswersAsTheContractSays(string path, string who, Expect expected)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        await AssertAnswerAsync(path, expected, response);
    }

    [Fact]
    public void Table_EveryCell_IsTestedOnce()
    {
        // Arrange
        var expected = Table.Length * Who.Everyone.Count;

        // Act
        var tested = Cells.Count;

        // Assert
        Assert.Equal(expected, tested);
        Assert.Equal(Table.Length, Table.Select(r => r.Path).Distinct().Count());
    }

    private static async Task AssertAnswerAsync(string path, Expect expected, HttpResponseMessage response)
    {
        var body = expected is Expect.Ok ? string.Empty : await response.Content.ReadAsStringAsync();
        switch (expected)
        {
            case Expect.Ok:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case Expect.SignIn:
                Assert.Equal(HttpStatusCode.Found, response.StatusCode);
                Assert.Equal(HttpClientExtensions.SignInRedirectFor(path), response.RedirectTarget());
                break;
            case Expect.Home:
                Assert.Equal(HttpStatusCode.Found, response.StatusCode);
                Assert.Equal("/", response.RedirectTarget());
                break;
            case Expect.Forbidden:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.Contains("You do not have permission to view this page", body, StringComparison.Ordinal);
                break;
            case Expect.NotFound:
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Contains("Page not found", body, StringComparison.Ordinal);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expected), expected, null);
        }
    }

    private static Row NotYetBuilt(string path) =>
        new(path, Expect.NotFound, Expect.NotFound, Expect.NotFound, Expect.NotFound, Expect.NotFound, Expect.NotFound, Expect.NotFound);

    private static TheoryData<string, string, Expect> ToTheoryData(IEnumerable<Cell> cells)
    {
        var data = new TheoryData<string, string, Expect>();
        foreach (var cell in cells)
        {
            data.Add(cell.Path, cell.Who, cell.Expected);
        }

        return data;
    }

    private sealed record Cell(string Path, string Who, Expect Expected);

    private sealed record Row(string Path, Expect Anonymous, Expect Sam, Expect Jo, Expect Alex, Expect Chris, Expect Lee, Expect Ade)
    {
        public IEnumerable<Cell> Cells()
        {
            yield return new Cell(Path, Who.Anonymous, Anonymous);
            yield return new Cell(Path, DemoAccounts.Sam.Email, Sam);
            yield return new Cell(Path, DemoAccounts.Jo.Email, Jo);
            yield return new Cell(Path, DemoAccounts.Alex.Email, Alex);
            yield return new Cell(Path, DemoAccounts.Chris.Email, Chris);
            yield return new Cell(Path, DemoAccounts.Lee.Email, Lee);
            yield return new Cell(Path, DemoAccounts.Ade.Email, Ade);
        }
    }
}
