using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>
/// The supervisor pages with real ids, as a matrix: Alex supervises Sam, Chris supervises Jo. A supervisor reaches
/// only their own current supervisees; a practitioner reaches only their own sessions. Nothing here changes anything.
/// </summary>
public sealed class SupervisionAccessTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;

    [Fact]
    public async Task Get_EveryPageWithEveryId_OnlyTheRightPeopleSeeIt()
    {
        // Arrange
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var alex = await factory.StaffIdAsync(DemoAccounts.Alex);
        var samsSession = await factory.LatestSessionIdAsync(DemoAccounts.Sam);
        var josSession = await factory.LatestSessionIdAsync(DemoAccounts.Jo);
        var samsPlan = await factory.PlanIdAsync(DemoAccounts.Sam);
        var josPlan = await factory.PlanIdAsync(DemoAccounts.Jo);
        var samsArea = (await factory.LatestSelfAssessmentAsync(DemoAccounts.Sam)).AreaId;
        var josArea = (await factory.LatestSelfAssessmentAsync(DemoAccounts.Jo)).AreaId;
        var samsActivity = await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.StaffMemberId == sam).Select(a => a.Id).FirstAsync());
        var stranger = await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.SupervisorId != null && s.SupervisorId != alex).Select(s => s.Id).FirstAsync(s => s != jo));

        //                                                             Sam        Jo         Alex       Chris      Lee
        var table = new (string Path, HttpStatusCode[] Expected)[]
        {
            ($"/supervision/{sam}",                                 [Forbidden, Forbidden, Ok,       NotFound,  Forbidden]),
            ($"/supervision/{jo}",                                  [Forbidden, Forbidden, NotFound, Ok,        Forbidden]),
            ($"/supervision/{alex}",                                [Forbidden, Forbidden, NotFound, NotFound,  Forbidden]),
            ($"/supervision/{stranger}",                            [Forbidden, Forbidden, NotFound, NotFound,  Forbidden]),
            ("/supervision/999999",                                 [Forbidden, Forbidden, NotFound, NotFound,  Forbidden]),
            ($"/supervision/{sam}/sessions",                        [Forbidden, Forbidden, Ok,       NotFound,  Forbidden]),
            ($"/supervision/{jo}/sessions",                         [Forbidden, Forbidden, NotFound, Ok,        Forbidden]),
            ($"/supervision/{sam}/sessions/new",                    [Forbidden, Forbidden, Ok,       NotFound,  Forbidden]),
            ($"/supervision/{jo}/sessions/new",                     [Forbidden, Forbidden, NotFound, Ok,        Forbidden]),
            ($"/supervision/{sam}/activities/{samsActivity}",       [Forbidden, Forbidden, Ok,       NotFound,  Forbidden]),
            ($"/supervision/{sam}/stages/{samsArea}",               [Forbidden, Forbidden, Ok,       NotFound,  Forbidden]),
            ($"/supervision/{jo}/stages/{josArea}",                 [Forbidden, Forbidden, NotFound, Ok,        Forbidden]),
            ($"/supervision/sessions/{samsSession}",                [Ok,        NotFound,  Ok,       NotFound,  NotFound]),
            ($"/supervision/sessions/{josSession}",                 [NotFound,  Ok,        NotFound, Ok,        NotFound]),
            ("/supervision/sessions/999999",                        [NotFound,  NotFound,  NotFound, NotFound,  NotFound]),
            ($"/supervision/sessions/{samsSession}/edit",           [Forbidden, Forbidden, Ok,       NotFound,  Forbidden]),
            ($"/supervision/sessions/{josSession}/edit",            [Forbidden, Forbidden, NotFound, Ok,        Forbidden]),
            ($"/supervision/plans/{samsPlan}",                      [Forbidden, Forbidden, Ok,       NotFound,  Forbidden]),
            ($"/supervision/plans/{josPlan}",                       [Forbidden, Forbidden, NotFound, Ok,        Forbidden]),
        };
        DemoAccount[] people = [DemoAccounts.Sam, DemoAccounts.Jo, DemoAccounts.Alex, DemoAccounts.Chris, DemoAccounts.Lee];
        var wrong = new List<string>();

        // Act
        foreach (var (path, expected) in table)
        {
            for (var i = 0; i < people.Length; i++)
            {
                using var client = factory.CreateClientFor(people[i]);
                using var response = await client.GetAsync(path);
                if (response.StatusCode != expected[i])
                {
                    wrong.Add($"{people[i].Email} {path}: {(int)response.StatusCode}, expected {(int)expected[i]}");
                }
                else if (expected[i] != Ok)
                {
                    // A refusal shows nothing of the record.
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.DoesNotContain("Supervision on", body, StringComparison.Ordinal);
                }
            }
        }

        // Assert
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Get_Ade_IsRefusedEverySupervisionPage()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var session = await factory.LatestSessionIdAsync(DemoAccounts.Sam);

        // Act
        using var overview = await client.GetAsync($"/supervision/{sam}");
        using var record = await client.GetAsync($"/supervision/sessions/{session}");

        // Assert
        Assert.Equal(Forbidden, overview.StatusCode);
        Assert.Equal(Forbidden, record.StatusCode);
    }
}
