using System.Net;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Training;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Privacy;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Authorization;

/// <summary>
/// The record-level half of the endpoint matrix (issue 14): every endpoint that opens one person's record is asked, with
/// real records of Sam's, by Sam, by Sam's supervisor, and by everyone who must not reach them: another practitioner,
/// another team's supervisor, a supervisor whose line to Sam has ended, L&amp;D, the administrator without a staff
/// record, and finally Sam's supervisor after the Supervisor role is removed. The unauthorised columns also post every
/// form of these records, and Sam's records must be unchanged afterwards. Its own factory: the test removes a role.
/// </summary>
public sealed class RecordOwnershipMatrixTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string FormerSupervisor = "record.matrix.former@example.org";

    /// <summary>Who a record endpoint belongs to, which decides every column's answer.</summary>
    private enum Kind
    {
        /// <summary>Sam's own record through his own pages (/my, his bookings and certificates): Sam only.</summary>
        Own,

        /// <summary>A supervisor's page about Sam (Policies.Supervisor): Sam's current supervisor only.</summary>
        Line,

        /// <summary>A supervision record (Policies.StaffMember): its supervisee and the supervisee's current supervisor.</summary>
        SessionRecord,

        /// <summary>Verifying a certificate by its code (CONTRACT.md): any staff member; only the holder sees more.</summary>
        Verification,
    }

    private sealed record Row(string Key, Kind Kind, string Path);

    /// <summary>
    /// Parameterised endpoints for staff or supervisors that open no one's personal record, with the reason; every other
    /// one must be a row of <see cref="RowsAsync"/>, so a new record page cannot be left out.
    /// </summary>
    private static readonly Dictionary<string, string> NotPersonal = new()
    {
        ["GET /my/assessment/{areaId:int}"] = "a competence area of the framework; the page shows the signed-in person's own assessment",
        ["POST /my/assessment/{areaId:int}"] = "as above",
        ["GET /courses/{id:int}"] = "the catalogue's course page",
        ["POST /courses/sessions/{sessionId:int}/book"] = "a course session open to everyone; books the signed-in person",
        ["POST /courses/sessions/{sessionId:int}/cancel"] = "a course session; cancels the signed-in person's own booking",
    };

    [Fact]
    public async Task EveryRecordEndpoint_WithSamsRealRecords_AnswersSamAndHisSupervisorAndNoOneElse()
    {
        // Arrange
        var rows = await RowsAsync();
        var before = await FingerprintAsync();
        var wrong = new List<string>();

        // Act and assert, column by column (collected, so one run names every wrong cell)
        await CheckAsync(DemoAccounts.Sam.Email, rows, wrong, post: false, row => row.Kind is Kind.Line ? Outcome.Forbidden : Outcome.Reached);
        await CheckAsync(DemoAccounts.Alex.Email, rows, wrong, post: false, row => row.Kind is Kind.Own ? Outcome.NotFound : Outcome.Reached);
        await CheckAsync(DemoAccounts.Jo.Email, rows, wrong, post: true, row => Refused(row, supervisor: false));
        await CheckAsync(DemoAccounts.Lee.Email, rows, wrong, post: true, row => Refused(row, supervisor: false));
        await CheckAsync(DemoAccounts.Chris.Email, rows, wrong, post: true, row => Refused(row, supervisor: true));
        await CheckAsync(FormerSupervisor, rows, wrong, post: true, row => Refused(row, supervisor: true));
        await CheckAsync(DemoAccounts.Ade.Email, rows, wrong, post: true, _ => Outcome.Forbidden);

        await RemoveSupervisorRoleAsync(DemoAccounts.Alex.Email);
        await CheckAsync(DemoAccounts.Alex.Email, rows, wrong, post: true, row => Refused(row, supervisor: false));

        Assert.True(wrong.Count == 0, $"{wrong.Count} cells differ:\n" + string.Join("\n", wrong));
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task EveryParameterisedStaffOrSupervisorEndpoint_IsARowOrNamedAsNotPersonal()
    {
        // Arrange
        var parameterised = EndpointMatrixTests.Matrix
            .Where(m => m.Value is Access.Staff or Access.Supervisor && m.Key.Contains('{', StringComparison.Ordinal))
            .Select(m => m.Key)
            .ToList();

        // Act
        var rows = (await RowsAsync()).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var missing = parameterised.Where(k => !rows.Contains(k) && !NotPersonal.ContainsKey(k)).ToList();
        var stale = rows.Concat(NotPersonal.Keys).Where(k => !EndpointMatrixTests.Matrix.ContainsKey(k)).ToList();

        // Assert
        Assert.True(missing.Count == 0, "Record endpoints without a row: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows that are no endpoint: " + string.Join(", ", stale));
    }

    /// <summary>
    /// What a staff member who is not Sam and not his current supervisor gets: the supervisor pages refuse anyone
    /// without the role (403) and answer "not there" to other supervisors (404); every record answers 404; a
    /// certificate's verification is open to every staff member.
    /// </summary>
    private static Outcome Refused(Row row, bool supervisor) => row.Kind switch
    {
        Kind.Verification => Outcome.Reached,
        Kind.Line when !supervisor => Outcome.Forbidden,
        _ => Outcome.NotFound,
    };

    private enum Outcome
    {
        /// <summary>Past every check: 200, or a redirect that is not to the sign-in page (a submitted plan's goal, for example).</summary>
        Reached,
        Forbidden,
        NotFound,
    }

    private async Task CheckAsync(string who, IReadOnlyList<Row> rows, List<string> wrong, bool post, Func<Row, Outcome> expected)
    {
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, who);
        var token = (await client.GetDocumentAsync("/account/change-password")).GetAntiforgeryToken();
        foreach (var row in rows)
        {
            var method = row.Key[..row.Key.IndexOf(' ', StringComparison.Ordinal)];
            if (method == "POST" && !post)
            {
                continue; // Sam and his supervisor may change these records; the feature tests cover that
            }

            using var response = method == "GET"
                ? await client.GetAsync(row.Path)
                : await client.PostFormAsync(row.Path, [new(HtmlExtensions.AntiforgeryField, token)]);
            var want = expected(row);
            var body = await response.Content.ReadAsStringAsync();
            var ok = want switch
            {
                Outcome.Reached => response.StatusCode == HttpStatusCode.OK
                    || response.StatusCode == HttpStatusCode.Found && !response.RedirectTarget()!.StartsWith(HttpClientExtensions.SignInPath, StringComparison.Ordinal),
                Outcome.Forbidden => response.StatusCode == HttpStatusCode.Forbidden,
                _ => response.StatusCode == HttpStatusCode.NotFound,
            };

            if (!ok)
            {
                wrong.Add($"{method} {row.Path} ({row.Key}) as {who}: expected {want}, got {(int)response.StatusCode} {response.RedirectTarget()}");
            }
            else if (want is not Outcome.Reached && body.Contains("Patel", StringComparison.Ordinal))
            {
                wrong.Add($"{method} {row.Path} as {who}: the refusal names Sam");
            }
        }
    }

    /// <summary>Sam's real records, one row per endpoint that opens one; a session of a former supervisor's on top.</summary>
    private async Task<IReadOnlyList<Row>> RowsAsync()
    {
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        var alex = await factory.StaffIdAsync(DemoAccounts.Alex);
        var ids = await EnsureRecordsAsync(sam, alex);
        var r = new List<Row>();
        void Add(Kind kind, string path, params string[] keys)
        {
            foreach (var key in keys)
            {
                r.Add(new Row(key, kind, path));
            }
        }

        var activity = $"/my/activities/{ids.ActivityId}";
        Add(Kind.Own, activity, "GET /my/activities/{id:int}");
        Add(Kind.Own, $"{activity}/edit", "GET /my/activities/{id:int}/edit", "POST /my/activities/{id:int}/edit");
        Add(Kind.Own, $"{activity}/delete", "GET /my/activities/{id:int}/delete", "POST /my/activities/{id:int}/delete");
        Add(Kind.Own, $"{activity}/evidence", "POST /my/activities/{id:int}/evidence");
        Add(Kind.Own, $"{activity}/evidence/{ids.EvidenceId}", "GET /my/activities/{id:int}/evidence/{evidenceId:int}");
        Add(Kind.Own, $"{activity}/evidence/{ids.EvidenceId}/remove", "POST /my/activities/{id:int}/evidence/{evidenceId:int}/remove");
        Add(Kind.Own, $"/my/registration/entries/{ids.ActivityId}", "GET /my/registration/entries/{activityId:int}");
        Add(Kind.Own, $"/my/plan/goals/{ids.GoalId}/edit", "GET /my/plan/goals/{goalId:int}/edit", "POST /my/plan/goals/{goalId:int}/edit");
        Add(Kind.Own, $"/my/plan/goals/{ids.GoalId}/progress", "POST /my/plan/goals/{goalId:int}/progress");
        Add(Kind.Own, $"/my/plan/goals/{ids.GoalId}/remove", "POST /my/plan/goals/{goalId:int}/remove");
        Add(Kind.Own, $"/courses/bookings/{ids.BookingId}/feedback", "GET /courses/bookings/{bookingId:int}/feedback", "POST /courses/bookings/{bookingId:int}/feedback");
        Add(Kind.Verification, $"/courses/certificates/{ids.CertificateCode}", "GET /courses/certificates/{code}");

        var person = $"/supervision/{sam}";
        Add(Kind.Line, person, "GET /supervision/{staffId:int}");
        Add(Kind.Line, $"{person}/sessions", "GET /supervision/{staffId:int}/sessions");
        Add(Kind.Line, $"{person}/sessions/new", "GET /supervision/{staffId:int}/sessions/new", "POST /supervision/{staffId:int}/sessions/new");
        Add(Kind.Line, $"{person}/activities/{ids.ActivityId}", "GET /supervision/{staffId:int}/activities/{activityId:int}");
        Add(Kind.Line, $"{person}/stages/{ids.AreaId}", "GET /supervision/{staffId:int}/stages/{areaId:int}", "POST /supervision/{staffId:int}/stages/{areaId:int}");
        Add(Kind.Line, $"/supervision/sessions/{ids.SessionId}/edit", "GET /supervision/sessions/{id:int}/edit", "POST /supervision/sessions/{id:int}/edit");
        Add(Kind.Line, $"/supervision/sessions/{ids.SessionId}/addenda", "POST /supervision/sessions/{id:int}/addenda");
        Add(Kind.Line, $"/supervision/plans/{ids.PlanId}", "GET /supervision/plans/{planId:int}", "POST /supervision/plans/{planId:int}");
        Add(Kind.Line, $"/supervision/follow-ups/{ids.FollowUpId}", "GET /supervision/follow-ups/{id:int}", "POST /supervision/follow-ups/{id:int}");

        foreach (var session in new[] { ids.SessionId, ids.FormerSupervisorsSessionId })
        {
            Add(Kind.SessionRecord, $"/supervision/sessions/{session}", "GET /supervision/sessions/{id:int}");
            Add(Kind.SessionRecord, $"/supervision/sessions/{session}/acknowledge", "POST /supervision/sessions/{id:int}/acknowledge");
        }

        Add(Kind.SessionRecord, $"/supervision/sessions/{ids.SessionId}/actions/{ids.ActionId}/done", "POST /supervision/sessions/{id:int}/actions/{actionId:int}/done");
        return r;
    }

    private sealed record RecordIds(
        int ActivityId, int EvidenceId, int GoalId, int PlanId, int BookingId, string CertificateCode, int AreaId,
        int SessionId, int ActionId, int FormerSupervisorsSessionId, int FollowUpId);

    /// <summary>
    /// Sam's records from the demo council, plus what it lacks: an evidence file, an open session of Alex's with an open
    /// action, and a session written by a supervisor whose line to Sam has since ended (made once per factory).
    /// </summary>
    private async Task<RecordIds> EnsureRecordsAsync(int sam, int alex)
    {
        var activityId = await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.StaffMemberId == sam && a.DeletedAt == null).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        if (!await factory.WithDbAsync(db => db.EvidenceFiles.AnyAsync(e => e.ActivityId == activityId)))
        {
            await factory.AddEvidenceAsync(activityId, "certificate.pdf", PrivacyTestData.Pdf(200));
        }

        if (await factory.FindUserAsync(FormerSupervisor) is null)
        {
            var former = await factory.CreateStaffWithAccountAsync("record.matrix.former", roles: ["Practitioner", "Supervisor"]);
            var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
            await factory.WithDbAsync(async db =>
            {
                Domain.Supervision.SessionDetails Details(int daysAgo) => new(today.AddDays(-daysAgo), 1m, SupervisionType.OneToOne, null, "Caseload reviewed.", null, null, null, null, [], null,
                    [new ActionDetails("Read the new procedure", ActionOwner.Supervisee, today.AddDays(14))]);
                db.SupervisionSessions.Add(SupervisionSession.Record(sam, former.StaffId, Details(400), today, factory.Clock.GetUtcNow()));
                db.SupervisionSessions.Add(SupervisionSession.Record(sam, alex, Details(2), today, factory.Clock.GetUtcNow()));

                // A course Sam attended four months ago (the demo council books him on none), with its follow-up asked.
                var session = await db.CourseSessions.Include(s => s.Bookings).Include(s => s.Course!).ThenInclude(c => c.Mappings)
                    .Where(s => s.StartsAt < factory.Clock.GetUtcNow().AddDays(-100)).OrderBy(s => s.Id).FirstAsync();
                var booking = session.Book(sam, false, [], session.StartsAt.AddDays(-1));
                await db.SaveChangesAsync();
                Assert.True(session.MarkAttendance(booking.Id, attended: true, session.StartsAt.AddHours(8)));
                var method = await db.CpdMethods.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
                var day = DateOnly.FromDateTime(session.StartsAt.UtcDateTime);
                db.CpdActivities.Add(session.Complete(booking.Id, method, day, day, CertificateCodes.New(), day, session.StartsAt.AddHours(8)));
                db.PracticeFollowUps.Add(PracticeFollowUp.Request(booking, session.CourseId, today, factory.Clock.GetUtcNow()));
                return await db.SaveChangesAsync();
            });
        }

        return await factory.WithDbAsync(async db =>
        {
            var formerId = await db.StaffMembers.Where(s => s.Email == FormerSupervisor).Select(s => s.Id).SingleAsync();
            var open = await db.SupervisionSessions.Where(s => s.SuperviseeId == sam && s.SupervisorId == alex && s.AcknowledgedAt == null)
                .OrderByDescending(s => s.Id).Select(s => new { s.Id, Action = s.Actions.OrderBy(a => a.Id).Select(a => a.Id).First() }).FirstAsync();
            var booking = await db.Bookings.Where(b => b.StaffMemberId == sam).OrderByDescending(b => b.CompletedOn != null).ThenBy(b => b.Id).Select(b => b.Id).FirstAsync();
            return new RecordIds(
                activityId,
                await db.EvidenceFiles.Where(e => e.ActivityId == activityId).Select(e => e.Id).FirstAsync(),
                await db.DevelopmentPlans.Where(p => p.StaffMemberId == sam).SelectMany(p => p.Goals).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
                await db.DevelopmentPlans.Where(p => p.StaffMemberId == sam).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync(),
                booking,
                await db.Bookings.Where(b => b.CertificateCode != null && b.CompletedOn != null).OrderBy(b => b.Id).Select(b => b.CertificateCode!).FirstAsync(),
                await db.StageAssessments.Where(a => a.StaffMemberId == sam).Select(a => a.AreaId).FirstAsync(),
                open.Id,
                open.Action,
                await db.SupervisionSessions.Where(s => s.SuperviseeId == sam && s.SupervisorId == formerId).Select(s => s.Id).SingleAsync(),
                await db.PracticeFollowUps.Where(f => f.StaffMemberId == sam).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
        });
    }

    /// <summary>Everything of Sam's that the posts could change, as one comparable string.</summary>
    private async Task<string> FingerprintAsync()
    {
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        return await factory.WithDbAsync(async db =>
        {
            var activities = await db.CpdActivities.Where(a => a.StaffMemberId == sam).OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.UpdatedAt.UtcTicks}:{a.DeletedAt != null}").ToListAsync();
            var evidence = await db.EvidenceFiles.CountAsync(e => db.CpdActivities.Any(a => a.Id == e.ActivityId && a.StaffMemberId == sam));
            var plans = await db.DevelopmentPlans.Where(p => p.StaffMemberId == sam).OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Status}:{p.Version}:{p.Goals.Count}").ToListAsync();
            var goals = await db.DevelopmentPlans.Where(p => p.StaffMemberId == sam).SelectMany(p => p.Goals).OrderBy(g => g.Id).Select(g => $"{g.Id}:{g.Status}:{g.PlannedActivities}").ToListAsync();
            var sessions = await db.SupervisionSessions.Where(s => s.SuperviseeId == sam).OrderBy(s => s.Id)
                .Select(s => $"{s.Id}:{s.UpdatedAt.UtcTicks}:{s.AcknowledgedAt != null}:{s.Addenda.Count}:{string.Join(",", s.Actions.OrderBy(a => a.Id).Select(a => a.Status.ToString()))}").ToListAsync();
            var sessionCount = await db.SupervisionSessions.CountAsync();
            var bookings = await db.Bookings.Where(b => b.StaffMemberId == sam).OrderBy(b => b.Id).Select(b => $"{b.Id}:{b.Status}").ToListAsync();
            var feedback = await db.CourseFeedback.CountAsync(f => db.Bookings.Any(b => b.Id == f.BookingId && b.StaffMemberId == sam));
            var followUps = await db.PracticeFollowUps.Where(f => f.StaffMemberId == sam).OrderBy(f => f.Id).Select(f => $"{f.Id}:{f.AnsweredAt != null}").ToListAsync();
            var assessments = await db.StageAssessments.CountAsync(a => a.StaffMemberId == sam);
            return string.Join("|", [.. activities, $"evidence {evidence}", .. plans, .. goals, .. sessions, $"sessions {sessionCount}", .. bookings, $"feedback {feedback}", .. followUps, $"assessments {assessments}"]);
        });
    }

    private Task<IdentityResult> RemoveSupervisorRoleAsync(string email) =>
        factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email);
            var removed = await users.RemoveFromRoleAsync(user!, "Supervisor");
            Assert.True(removed.Succeeded);
            return removed;
        });
}
