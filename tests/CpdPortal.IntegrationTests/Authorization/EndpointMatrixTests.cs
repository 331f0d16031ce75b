using System.Net;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Authorization;

/// <summary>Who may reach an endpoint (CONTRACT.md's URL map as policies).</summary>
public enum Access
{
    /// <summary>Anyone; the page shows nothing personal (/health).</summary>
    Anyone,

    /// <summary>The error pages: re-execution targets that change nothing; typed in directly they answer 404.</summary>
    ErrorPage,

    /// <summary>GET /account/sign-in: the form for a signed-out visitor, home for anyone signed in.</summary>
    SignInForm,

    /// <summary>POST /account/sign-in: anyone may post it.</summary>
    AnonymousPost,

    /// <summary>The single sign-on problem page: anyone, answered with 400.</summary>
    AnonymousProblem,

    /// <summary>Single sign-on paths: 404 while single sign-on is off (this factory), whoever asks.</summary>
    SingleSignOnOff,

    /// <summary>Any signed-in account (the fallback policy).</summary>
    SignedIn,

    /// <summary>Signed in with a staff record (Policies.StaffMember): every demo account but the pure administrator.</summary>
    Staff,

    /// <summary>The Supervisor role and a staff record (Policies.Supervisor).</summary>
    Supervisor,

    LearningAndDevelopment,

    /// <summary>L&amp;D and administrators (Policies.Reports).</summary>
    Reports,

    Administrator,

    /// <summary>The Practice quality role (Policies.PracticeQuality, docs/adr/0028).</summary>
    PracticeQuality,

    /// <summary>The test assembly's own controllers (TestOnlyControllers.cs).</summary>
    TestOnly,
}

/// <summary>
/// Tests that cannot be forgotten (issue 14): every endpoint of the running app, read from its
/// <see cref="EndpointDataSource"/>, must be in <see cref="Matrix"/>; every non-GET endpoint must refuse a request
/// without an antiforgery token; every anonymous non-GET endpoint must be rate limited; and every endpoint answers each
/// kind of user as its row says, for GET and POST. A new endpoint fails the first test until someone decides who may
/// open it.
/// </summary>
public sealed class EndpointMatrixTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    /// <summary>A record id no table reaches: allowed users get 404 ("not yours or not there"), nothing changes.</summary>
    private const string NoSuchId = "987654";

    /// <summary>Every endpoint as "METHOD /template" (ANY when it takes every method) and who may reach it.</summary>
    public static readonly IReadOnlyDictionary<string, Access> Matrix = new Dictionary<string, Access>
    {
        ["ANY /health"] = Access.Anyone,
        ["ANY /health/live"] = Access.Anyone,
        ["ANY /health/ready"] = Access.Anyone,
        ["GET /test-only/administrator"] = Access.TestOnly,
        ["GET /test-only/throw"] = Access.TestOnly,
        ["GET /test-only/claims"] = Access.TestOnly,
        ["GET /account/sign-in"] = Access.SignInForm,
        ["POST /account/sign-in"] = Access.AnonymousPost,
        ["POST /account/sign-out"] = Access.SignedIn,
        ["GET /account/change-password"] = Access.SignedIn,
        ["POST /account/change-password"] = Access.SignedIn,
        ["GET /my/activities"] = Access.Staff,
        ["GET /my/activities/new"] = Access.Staff,
        ["POST /my/activities/new"] = Access.Staff,
        ["GET /my/activities/{id:int}"] = Access.Staff,
        ["GET /my/activities/{id:int}/edit"] = Access.Staff,
        ["POST /my/activities/{id:int}/edit"] = Access.Staff,
        ["GET /my/activities/{id:int}/delete"] = Access.Staff,
        ["POST /my/activities/{id:int}/delete"] = Access.Staff,
        ["POST /my/activities/{id:int}/evidence"] = Access.Staff,
        ["GET /my/activities/{id:int}/evidence/{evidenceId:int}"] = Access.Staff,
        ["POST /my/activities/{id:int}/evidence/{evidenceId:int}/remove"] = Access.Staff,
        ["GET /my/assessment"] = Access.Staff,
        ["GET /my/assessment/{areaId:int}"] = Access.Staff,
        ["POST /my/assessment/{areaId:int}"] = Access.Staff,
        ["GET /admin/audit"] = Access.Administrator,
        ["GET /admin/audit/export"] = Access.Administrator,
        ["GET /courses/certificates/{code}"] = Access.Staff,
        ["GET /learning/courses/{id:int}/evaluation"] = Access.LearningAndDevelopment,
        ["GET /courses/bookings/{bookingId:int}/feedback"] = Access.Staff,
        ["POST /courses/bookings/{bookingId:int}/feedback"] = Access.Staff,
        ["GET /courses"] = Access.Staff,
        ["GET /courses/{id:int}"] = Access.Staff,
        ["POST /courses/sessions/{sessionId:int}/book"] = Access.Staff,
        ["POST /courses/sessions/{sessionId:int}/cancel"] = Access.Staff,
        ["ANY /error"] = Access.ErrorPage,
        ["ANY /error/{statusCode:int}"] = Access.ErrorPage,
        ["GET /my/export"] = Access.Staff,
        ["GET /my/export/download"] = Access.Staff,
        ["GET /my/export/print"] = Access.Staff,
        ["POST /account/sso/sign-in"] = Access.SingleSignOnOff,
        ["GET /account/sso/callback"] = Access.SingleSignOnOff,
        ["GET /account/sso/problem"] = Access.AnonymousProblem,
        ["POST /account/sso/sign-out"] = Access.SignedIn,
        ["GET /supervision/follow-ups"] = Access.Supervisor,
        ["GET /supervision/follow-ups/{id:int}"] = Access.Supervisor,
        ["POST /supervision/follow-ups/{id:int}"] = Access.Supervisor,
        ["GET /"] = Access.SignedIn,
        ["GET /admin/import"] = Access.Administrator,
        ["GET /admin/import/template.csv"] = Access.Administrator,
        ["POST /admin/import"] = Access.Administrator,
        ["GET /admin/import/{id:guid}"] = Access.Administrator,
        ["POST /admin/import/{id:guid}"] = Access.Administrator,
        ["GET /admin/import/completions/template.csv"] = Access.Administrator,
        ["POST /admin/import/completions"] = Access.Administrator,
        ["GET /admin/import/completions/{id:guid}"] = Access.Administrator,
        ["POST /admin/import/completions/{id:guid}"] = Access.Administrator,
        ["GET /learning/courses"] = Access.LearningAndDevelopment,
        ["GET /learning/courses/new"] = Access.LearningAndDevelopment,
        ["POST /learning/courses/new"] = Access.LearningAndDevelopment,
        ["GET /learning/courses/{id:int}"] = Access.LearningAndDevelopment,
        ["GET /learning/courses/{id:int}/edit"] = Access.LearningAndDevelopment,
        ["POST /learning/courses/{id:int}/edit"] = Access.LearningAndDevelopment,
        ["POST /learning/courses/{id:int}/retire"] = Access.LearningAndDevelopment,
        ["POST /learning/courses/{id:int}/reinstate"] = Access.LearningAndDevelopment,
        ["GET /learning/courses/tags"] = Access.LearningAndDevelopment,
        ["POST /learning/courses/tags"] = Access.LearningAndDevelopment,
        ["GET /learning/frameworks"] = Access.LearningAndDevelopment,
        ["GET /learning/frameworks/{id:int}"] = Access.LearningAndDevelopment,
        ["POST /learning/frameworks/{id:int}/versions"] = Access.LearningAndDevelopment,
        ["POST /learning/frameworks/{id:int}/areas"] = Access.LearningAndDevelopment,
        ["GET /learning/frameworks/{id:int}/areas/{areaId:int}"] = Access.LearningAndDevelopment,
        ["POST /learning/frameworks/{id:int}/areas/{areaId:int}"] = Access.LearningAndDevelopment,
        ["POST /learning/frameworks/{id:int}/areas/{areaId:int}/move"] = Access.LearningAndDevelopment,
        ["POST /learning/frameworks/{id:int}/areas/{areaId:int}/remove"] = Access.LearningAndDevelopment,
        ["POST /learning/frameworks/{id:int}/publish"] = Access.LearningAndDevelopment,
        ["GET /learning/mapping"] = Access.LearningAndDevelopment,
        ["POST /learning/mapping/map"] = Access.LearningAndDevelopment,
        ["POST /learning/mapping/unmap"] = Access.LearningAndDevelopment,
        ["GET /learning/pathways"] = Access.LearningAndDevelopment,
        ["GET /learning/pathways/{id:int}"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{id:int}/roles"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{id:int}/roles/{roleId:int}/move"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{id:int}/roles/{roleId:int}/remove"] = Access.LearningAndDevelopment,
        ["GET /learning/pathways/{id:int}/roles/{roleId:int}"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{id:int}/roles/{roleId:int}"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{id:int}/roles/{roleId:int}/expectations"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{id:int}/roles/{roleId:int}/courses"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{id:int}/roles/{roleId:int}/courses/{courseId:int}/remove"] = Access.LearningAndDevelopment,
        ["GET /learning/sessions"] = Access.LearningAndDevelopment,
        ["GET /learning/sessions/new"] = Access.LearningAndDevelopment,
        ["POST /learning/sessions/new"] = Access.LearningAndDevelopment,
        ["GET /learning/sessions/{id:int}"] = Access.LearningAndDevelopment,
        ["POST /learning/sessions/{id:int}/attendance"] = Access.LearningAndDevelopment,
        ["GET /my/supervision"] = Access.Staff,
        ["GET /notifications"] = Access.Staff,
        ["POST /notifications/mark-all-read"] = Access.Staff,
        ["GET /my/pathway"] = Access.Staff,
        ["GET /my/plan"] = Access.Staff,
        ["POST /my/plan/start"] = Access.Staff,
        ["POST /my/plan/submit"] = Access.Staff,
        ["POST /my/plan/goals/{goalId:int}/remove"] = Access.Staff,
        ["POST /my/plan/goals/{goalId:int}/progress"] = Access.Staff,
        ["GET /my/plan/goals/new"] = Access.Staff,
        ["POST /my/plan/goals/new"] = Access.Staff,
        ["GET /my/plan/goals/{goalId:int}/edit"] = Access.Staff,
        ["POST /my/plan/goals/{goalId:int}/edit"] = Access.Staff,
        ["GET /supervision/plans"] = Access.Supervisor,
        ["GET /supervision/plans/{planId:int}"] = Access.Supervisor,
        ["POST /supervision/plans/{planId:int}"] = Access.Supervisor,
        ["GET /my/registration"] = Access.Staff,
        ["GET /my/registration/entries/{activityId:int}"] = Access.Staff,
        ["GET /reports"] = Access.Reports,
        ["GET /reports/{slug}"] = Access.Reports,
        ["GET /reports/{slug}.csv"] = Access.Reports,
        ["GET /supervision/{staffId:int}/sessions/new"] = Access.Supervisor,
        ["POST /supervision/{staffId:int}/sessions/new"] = Access.Supervisor,
        ["GET /supervision/sessions/{id:int}/edit"] = Access.Supervisor,
        ["POST /supervision/sessions/{id:int}/edit"] = Access.Supervisor,
        ["POST /supervision/sessions/{id:int}/addenda"] = Access.Supervisor,
        ["GET /admin/settings"] = Access.Administrator,
        ["POST /admin/settings"] = Access.Administrator,
        ["GET /admin/staff"] = Access.Administrator,
        ["GET /admin/staff/new"] = Access.Administrator,
        ["POST /admin/staff/new"] = Access.Administrator,
        ["GET /admin/staff/{id:int}"] = Access.Administrator,
        ["GET /admin/staff/{id:int}/edit"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/edit"] = Access.Administrator,
        ["GET /admin/staff/{id:int}/leaver"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/leaver"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/reinstate"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/account"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/account/reset-password"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/account/lock"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/account/unlock"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/account/single-sign-on/remove"] = Access.Administrator,
        ["GET /admin/staff/{id:int}/account/roles"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/account/roles"] = Access.Administrator,
        ["GET /admin/staff/{id:int}/supervisor"] = Access.Administrator,
        ["POST /admin/staff/{id:int}/supervisor"] = Access.Administrator,
        ["GET /supervision"] = Access.Supervisor,
        ["GET /supervision/{staffId:int}"] = Access.Supervisor,
        ["GET /supervision/{staffId:int}/sessions"] = Access.Supervisor,
        ["GET /supervision/{staffId:int}/activities/{activityId:int}"] = Access.Supervisor,
        ["GET /supervision/{staffId:int}/stages/{areaId:int}"] = Access.Supervisor,
        ["POST /supervision/{staffId:int}/stages/{areaId:int}"] = Access.Supervisor,
        ["GET /supervision/sessions/{id:int}"] = Access.Staff,
        ["POST /supervision/sessions/{id:int}/acknowledge"] = Access.Staff,
        ["POST /supervision/sessions/{id:int}/actions/{actionId:int}/done"] = Access.Staff,
        ["GET /survey"] = Access.Staff,
        ["POST /survey"] = Access.Staff,
        ["GET /reports/survey"] = Access.Reports,
        ["GET /reports/survey/download"] = Access.Reports,
        ["GET /learning/survey"] = Access.LearningAndDevelopment,
        ["GET /learning/survey/new"] = Access.LearningAndDevelopment,
        ["POST /learning/survey/new"] = Access.LearningAndDevelopment,
        ["POST /learning/survey/{id:int}/close"] = Access.LearningAndDevelopment,
        ["GET /admin/teams"] = Access.Administrator,
        ["GET /admin/teams/new"] = Access.Administrator,
        ["POST /admin/teams/new"] = Access.Administrator,
        ["GET /admin/teams/{id:int}"] = Access.Administrator,
        ["GET /admin/teams/{id:int}/rename"] = Access.Administrator,
        ["POST /admin/teams/{id:int}/rename"] = Access.Administrator,
        ["POST /admin/teams/{id:int}/retire"] = Access.Administrator,
        ["POST /admin/teams/{id:int}/supervisor"] = Access.Administrator,
        ["GET /my/export/everything"] = Access.Staff,
        ["GET /admin/staff/{id:int}/subject-access"] = Access.Administrator,
        ["GET /admin/staff/{id:int}/subject-access/download"] = Access.Administrator,
        ["GET /admin/retention"] = Access.Administrator,
        ["POST /admin/retention/run"] = Access.Administrator,
        ["GET /my/certifications"] = Access.Staff,
        ["GET /learning/certifications"] = Access.LearningAndDevelopment,
        ["GET /learning/certifications/new"] = Access.LearningAndDevelopment,
        ["POST /learning/certifications/new"] = Access.LearningAndDevelopment,
        ["GET /learning/certifications/{id:int}"] = Access.LearningAndDevelopment,
        ["GET /learning/certifications/{id:int}/edit"] = Access.LearningAndDevelopment,
        ["POST /learning/certifications/{id:int}/edit"] = Access.LearningAndDevelopment,
        ["GET /learning/certifications/{id:int}/equivalent"] = Access.LearningAndDevelopment,
        ["POST /learning/certifications/{id:int}/equivalent"] = Access.LearningAndDevelopment,
        ["GET /learning/pathways/{pathwayId:int}/roles/{roleId:int}/certifications"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{pathwayId:int}/roles/{roleId:int}/certifications"] = Access.LearningAndDevelopment,
        ["POST /learning/pathways/{pathwayId:int}/roles/{roleId:int}/certifications/{certificationId:int}/remove"] = Access.LearningAndDevelopment,
        ["GET /reports/compliance"] = Access.Reports,
        ["GET /reports/compliance.csv"] = Access.Reports,
        ["GET /my/email-preferences"] = Access.Staff,
        ["POST /my/email-preferences"] = Access.Staff,
        ["GET /admin/email"] = Access.Administrator,
        ["GET /quality"] = Access.PracticeQuality,
        ["GET /quality/samples/new"] = Access.PracticeQuality,
        ["POST /quality/samples/new"] = Access.PracticeQuality,
        ["GET /quality/samples/{id:int}"] = Access.PracticeQuality,
        ["GET /quality/reviews/{id:int}"] = Access.PracticeQuality,
        ["POST /quality/reviews/{id:int}"] = Access.PracticeQuality,
        ["POST /quality/reviews/{id:int}/reveal"] = Access.PracticeQuality,
        ["GET /quality/report"] = Access.PracticeQuality,
        ["GET /quality/report.csv"] = Access.PracticeQuality,
    };

    /// <summary>
    /// Rows whose allowed answer to a GET is not the default (200 without parameters, 404 for a record that is not
    /// there), with the reason.
    /// </summary>
    private static readonly Dictionary<string, Outcome> AllowedGetAnswer = new()
    {
        // Downloads of a date range: without the form's dates they answer 400 (ExportFormTests covers the form).
        ["GET /my/export/download"] = Outcome.BadRequest,
        ["GET /my/export/print"] = Outcome.BadRequest,

        // Depends on the person's plan (none, draft or submitted): the page, a 400 or a redirect to /my/plan.
        ["GET /my/plan/goals/new"] = Outcome.Allowed,
    };

    /// <summary>The columns: a signed-out visitor, one account per role, and two supervisors the line or the role has left.</summary>
    private static readonly string[] Columns =
    [
        Who.Anonymous,
        DemoAccounts.Jo.Email,    // a practitioner (RecordOwnershipMatrixTests asks every column with Sam's real records)
        DemoAccounts.Alex.Email,  // a supervisor
        DemoAccounts.Lee.Email,   // learning and development
        DemoAccounts.Ade.Email,   // an administrator without a staff record
        FormerSupervisor,         // the Supervisor role, no supervisee any more
        SupervisorWithoutRole,    // a practitioner whose Supervisor role was removed (SupervisorWithoutRoleTests: real records)
        QualityReviewer,          // a practitioner with the Practice quality role: never supervision pages
    ];

    private const string FormerSupervisor = "matrix.former.supervisor@example.org";
    private const string SupervisorWithoutRole = "matrix.no.role@example.org";
    private const string QualityReviewer = "matrix.quality@example.org";

    [Fact]
    public void EveryEndpoint_IsInTheMatrix_AndEveryRowIsAnEndpoint()
    {
        // Arrange
        var endpoints = Endpoints().Select(e => e.Key).ToList();

        // Act
        var missing = endpoints.Except(Matrix.Keys).ToList();
        var stale = Matrix.Keys.Except(endpoints).ToList();

        // Assert
        Assert.True(missing.Count == 0, "Endpoints missing from the matrix: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Matrix rows that are no endpoint: " + string.Join(", ", stale));
        Assert.Equal(endpoints.Count, endpoints.Distinct().Count());
    }

    [Fact]
    public async Task EveryNonGetEndpoint_WithoutAntiforgeryToken_IsRefusedWith400()
    {
        // Arrange: an account that every policy lets through (all roles and a staff record), so the token check is
        // what answers; error pages and health checks change nothing and are listed as such.
        var everything = await AccountWithEveryRoleAsync();
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, everything);
        var accepted = new List<string>();

        foreach (var endpoint in Endpoints().Where(e => e.Method != "GET"))
        {
            if (Matrix[endpoint.Key] is Access.ErrorPage)
            {
                // Re-execution targets for any method's error: they opt out explicitly and change nothing.
                Assert.Contains(endpoint.Endpoint.Metadata, m => m is Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute);
                continue;
            }

            if (Matrix[endpoint.Key] is Access.Anyone)
            {
                // The health checks: not MVC actions, no state, no form.
                Assert.Null(endpoint.Endpoint.Metadata.GetMetadata<ControllerActionDescriptor>());
                continue;
            }

            // Act
            using var response = await client.PostFormAsync(Path(endpoint.Template), [new("anything", "1")]);

            // Assert (collected, so one run names every offender)
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("There is a problem with your request", StringComparison.Ordinal))
            {
                accepted.Add($"{endpoint.Key} answered {(int)response.StatusCode}");
            }
        }

        Assert.True(accepted.Count == 0, "Accepted without an antiforgery token: " + string.Join("; ", accepted));
    }

    [Fact]
    public void EveryAnonymousNonGetEndpoint_IsRateLimited()
    {
        // Arrange
        var anonymousPosts = Endpoints().Where(e => e.Method != "GET"
            && e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            && Matrix[e.Key] is not (Access.ErrorPage or Access.Anyone)).ToList();

        // Act
        var unlimited = anonymousPosts.Where(e => e.Endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null).Select(e => e.Key).ToList();

        // Assert
        Assert.NotEmpty(anonymousPosts);
        Assert.True(unlimited.Count == 0, "Anonymous POSTs without a rate limit: " + string.Join(", ", unlimited));
    }

    [Fact]
    public async Task EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays()
    {
        // Arrange
        await AccountsForTheLastTwoColumnsAsync();
        var wrong = new List<string>();
        foreach (var who in Columns)
        {
            using var client = ClientFor(who);
            var token = (await client.GetDocumentAsync(who == Who.Anonymous ? "/account/sign-in" : "/account/change-password")).GetAntiforgeryToken();
            foreach (var endpoint in Endpoints().OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var access = Matrix[endpoint.Key];
                if (access is Access.TestOnly || (endpoint.Key == "POST /account/sign-out" || endpoint.Key == "POST /account/sso/sign-out") && who == Who.Anonymous)
                {
                    continue; // the test assembly's own pages are tested in TestAuthenticationTests; sign-out below
                }

                foreach (var method in endpoint.Method == "ANY" ? ["GET", "POST"] : new[] { endpoint.Method })
                {
                    // Act
                    var path = Path(endpoint.Template);
                    using var response = method == "GET"
                        ? await client.GetAsync(path)
                        : await client.PostFormAsync(path, [new(HtmlExtensions.AntiforgeryField, token)]);

                    // Assert (collected, so one run names every wrong cell)
                    var expected = Expected(access, who, method, HasParameters(endpoint.Template));
                    if (expected is Outcome.Ok or Outcome.NotFound && method == "GET" && AllowedGetAnswer.TryGetValue(endpoint.Key, out var answer))
                    {
                        expected = answer;
                    }

                    if (!Answers(response, expected, path))
                    {
                        wrong.Add($"{method} {path} as {who}: expected {expected}, got {(int)response.StatusCode} {response.RedirectTarget()}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} cells differ:\n" + string.Join("\n", wrong));
    }

    /// <summary>What a cell should answer.</summary>
    public enum Outcome
    {
        Ok,
        SignIn,
        Home,
        Forbidden,
        NotFound,
        BadRequest,

        /// <summary>Past every authorization check: whatever the action says about an empty form or a missing record (never 403, sign-in or 5xx).</summary>
        Allowed,
    }

    private static Outcome Expected(Access access, string who, string method, bool hasParameters)
    {
        var anonymous = who == Who.Anonymous;
        var allowed = access switch
        {
            Access.Anyone or Access.AnonymousPost or Access.AnonymousProblem or Access.SingleSignOnOff or Access.ErrorPage or Access.SignInForm => true,
            Access.SignedIn => !anonymous,
            Access.Staff => !anonymous && who != DemoAccounts.Ade.Email,
            Access.Supervisor => who == DemoAccounts.Alex.Email || who == FormerSupervisor,
            Access.LearningAndDevelopment => who == DemoAccounts.Lee.Email,
            Access.Reports => who == DemoAccounts.Lee.Email || who == DemoAccounts.Ade.Email,
            Access.Administrator => who == DemoAccounts.Ade.Email,
            Access.PracticeQuality => who == QualityReviewer,
            _ => false,
        };

        if (!allowed)
        {
            return anonymous ? Outcome.SignIn : Outcome.Forbidden;
        }

        return access switch
        {
            Access.ErrorPage => Outcome.NotFound,
            Access.SingleSignOnOff => Outcome.NotFound,
            Access.AnonymousProblem => Outcome.BadRequest,
            Access.SignInForm => anonymous ? Outcome.Ok : Outcome.Home,
            Access.Anyone => Outcome.Ok,
            _ when method == "POST" => Outcome.Allowed,
            _ when hasParameters => Outcome.NotFound,
            _ => Outcome.Ok,
        };
    }

    private static bool Answers(HttpResponseMessage response, Outcome expected, string path) => expected switch
    {
        Outcome.Ok => response.StatusCode == HttpStatusCode.OK,
        Outcome.SignIn => response.StatusCode == HttpStatusCode.Found && response.RedirectTarget() == HttpClientExtensions.SignInRedirectFor(path),
        Outcome.Home => response.StatusCode == HttpStatusCode.Found && response.RedirectTarget() == "/",
        Outcome.Forbidden => response.StatusCode == HttpStatusCode.Forbidden,
        Outcome.NotFound => response.StatusCode == HttpStatusCode.NotFound,
        Outcome.BadRequest => response.StatusCode == HttpStatusCode.BadRequest,
        Outcome.Allowed => response.StatusCode != HttpStatusCode.Forbidden && (int)response.StatusCode < 500
            && !(response.StatusCode == HttpStatusCode.Found && response.RedirectTarget()!.StartsWith(HttpClientExtensions.SignInPath + "?ReturnUrl", StringComparison.Ordinal)),
        _ => false,
    };

    private HttpClient ClientFor(string who)
    {
        if (who == Who.Anonymous)
        {
            return factory.CreateAnonymousClient();
        }

        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, who);
        return client;
    }

    private sealed record EndpointRow(string Key, string Method, string Template, RouteEndpoint Endpoint);

    private List<EndpointRow> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e =>
            {
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                var method = methods is null || methods.Count == 0 ? "ANY" : string.Join("|", methods.Order(StringComparer.Ordinal));
                var template = "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/');
                return new EndpointRow($"{method} {template}", method, template, e);
            })
            .ToList();

    private static bool HasParameters(string template) => template.Contains('{', StringComparison.Ordinal);

    /// <summary>The template with every parameter filled: a GUID for :guid, <see cref="NoSuchId"/> for the rest.</summary>
    private static string Path(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", m => m.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.Empty.ToString() : NoSuchId);

    private async Task<string> AccountWithEveryRoleAsync()
    {
        const string email = "matrix.every.role@example.org";
        if (await factory.FindUserAsync(email) is null)
        {
            await factory.CreateStaffWithAccountAsync("matrix.every.role", roles: ["Practitioner", "Supervisor", "LearningAndDevelopment", "Administrator", "PracticeQuality"]);
        }

        return email;
    }

    private async Task AccountsForTheLastTwoColumnsAsync()
    {
        if (await factory.FindUserAsync(FormerSupervisor) is null)
        {
            await factory.CreateStaffWithAccountAsync("matrix.former.supervisor", roles: ["Practitioner", "Supervisor"]);
        }

        if (await factory.FindUserAsync(SupervisorWithoutRole) is null)
        {
            await factory.CreateStaffWithAccountAsync("matrix.no.role", roles: ["Practitioner"]);
        }

        if (await factory.FindUserAsync(QualityReviewer) is null)
        {
            await factory.CreateStaffWithAccountAsync("matrix.quality", roles: ["Practitioner", "PracticeQuality"]);
        }
    }
}
