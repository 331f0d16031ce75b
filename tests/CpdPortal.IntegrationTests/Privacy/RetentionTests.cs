using System.Globalization;
using System.Net;
using CpdPortal.Application.Activities;
using CpdPortal.Application.Privacy;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Supervision;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.TestCommon;
using CpdPortal.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Privacy;

/// <summary>
/// The retention rules (docs/adr/0020) on real data: the administrator's preview and "Run now", the scheduled job,
/// and a run that fails half-way. The run covers everyone due, so each test checks its own people and rows.
/// </summary>
public sealed class RetentionTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Preview_Administrator_ListsDueLeaversAndCountsAndIsInTheNavigation()
    {
        // Arrange
        var due = await factory.AddPersonAsync("Duepreview", leftOn: Today.AddYears(-7));
        var notYet = await factory.AddPersonAsync("Notyetdue", leftOn: Today.AddYears(-5));
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var home = await ade.GetDocumentAsync("/");
        var page = await ade.GetDocumentAsync("/admin/retention");

        // Assert
        Assert.NotNull(home.QuerySelector("nav a[href='/admin/staff']")); // the Administration area
        Assert.NotNull(page.QuerySelector("nav[data-testid=secondary-navigation] a[href='/admin/retention']"));
        var rows = page.QuerySelectorAll("[data-testid=leavers] tbody tr").Select(r => r.NormalisedText()).ToList();
        Assert.Contains(rows, r => r.Contains("Priya Duepreview", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("Notyetdue", StringComparison.Ordinal));
        Assert.True(int.Parse(page.GetSingle("[data-testid=leavers-count]").NormalisedText(), CultureInfo.InvariantCulture) >= 1);
        Assert.NotNull(page.QuerySelector("form[data-testid=run-now] input[name=__RequestVerificationToken]"));
        Assert.Equal("Priya", await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == due).Select(s => s.GivenName).SingleAsync()));
        Assert.Equal("Priya", await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == notYet).Select(s => s.GivenName).SingleAsync()));
    }

    [Fact]
    public async Task RunNow_DueLeaver_IsAnonymisedKeepingWhatReportsCountAndTheRunIsAudited()
    {
        // Arrange
        var leaver = await factory.AddPersonAsync("Leaverrun", leftOn: Today.AddYears(-7), started: Today.AddYears(-12));
        var supervisor = await factory.AddPersonAsync("Supervisorrun");
        var entry = await factory.AddEntryAsync(leaver, "Leaver's entry", Today.AddYears(-8), "Leaver's reflection 93bd");
        var storedName = await factory.AddEvidenceAsync(entry, "leaver.pdf", PrivacyTestData.Pdf(1000));
        await factory.AddNotificationAsync(leaver, "For the leaver");
        var session = await factory.QueryAsync(async db =>
        {
            var details = new SessionDetails(Today.AddYears(-8), 1.5m, SupervisionType.OneToOne, "Review 5c1", "Management 5c1", "Development 5c1", "Support 5c1", "Mediation 5c1", "Needs 5c1", [], null, [new ActionDetails("Action 5c1", ActionOwner.Supervisee, Today.AddYears(-8).AddDays(7))]);
            var s = SupervisionSession.Record(leaver, supervisor, details, Today, factory.Clock.GetUtcNow());
            db.SupervisionSessions.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);
        var workforceBefore = await ade.GetStringAsync("/reports/workforce.csv");

        // Act
        using var response = await ade.PostWithTokenAsync("/admin/retention/run");
        var second = await factory.WithScopeAsync(services => services.GetRequiredService<RetentionService>().RunAsync());
        var after = await ade.GetDocumentAsync("/admin/retention");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/retention", response.RedirectTarget());
        Assert.Contains("leavers anonymised", after.GetSingle(".govuk-notification-banner").NormalisedText(), StringComparison.Ordinal);
        var person = await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == leaver).Select(s => new { s.GivenName, s.FamilyName, s.Email, s.StaffNumber, s.JobTitle, s.LeaveDate, s.StartDate, s.TeamId }).SingleAsync());
        Assert.Equal(("Former", "staff member", $"staff-{leaver}@erased.invalid", "Erased"), (person.GivenName, person.FamilyName, person.Email, person.JobTitle));
        Assert.Equal((Today.AddYears(-7), Today.AddYears(-12)), (person.LeaveDate, person.StartDate));
        Assert.DoesNotContain("Leaverrun", person.StaffNumber, StringComparison.Ordinal);
        var row = await factory.WithDbAsync(db => db.CpdActivities.IgnoreQueryFilters().Where(a => a.Id == entry).Select(a => new { a.Title, a.WhatLearnt, a.Description, a.PeerReflection, a.Hours, a.Date }).SingleAsync());
        Assert.Equal(("Erased", (string?)null, (string?)null, (string?)null, 2.5m, Today.AddYears(-8)), (row.Title, row.WhatLearnt, row.Description, row.PeerReflection, row.Hours, row.Date));
        Assert.False(await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.Id == entry).SelectMany(a => a.Evidence).AnyAsync()));
        Assert.Null(await factory.WithScopeAsync(services => services.GetRequiredService<IEvidenceStore>().OpenAsync(storedName)));
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientStaffId == leaver)));
        var notes = await factory.WithDbAsync(db => db.SupervisionSessions.Where(s => s.Id == session).Select(s => new { s.Management, s.Support, s.Hours, Actions = s.Actions.Select(a => a.Text).ToList() }).SingleAsync());
        Assert.Equal(((string?)null, (string?)null, 1.5m), (notes.Management, notes.Support, notes.Hours));
        Assert.Equal(["Erased"], notes.Actions);
        Assert.Equal(workforceBefore, await ade.GetStringAsync("/reports/workforce.csv"));
        Assert.Equal("Priya", await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == supervisor).Select(s => s.GivenName).SingleAsync()));
        var leaverId = leaver.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.StaffAnonymised && e.EntityId == leaverId)));
        var runs = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.RetentionRun).OrderBy(e => e.Id).Select(e => new { e.ActorEmail, e.EntityId }).ToListAsync());
        Assert.Contains(runs, r => r.ActorEmail == DemoAccounts.Ade.Email && r.EntityId!.StartsWith("anonymised=", StringComparison.Ordinal) && !r.EntityId.StartsWith("anonymised=0 ", StringComparison.Ordinal));
        Assert.Equal(second.Describe(), runs[^1].EntityId);
        Assert.Equal(0, second.Anonymised);
    }

    [Fact]
    public async Task Run_PurgesOldDeletedEntriesStaleUploadsAndOldFormRecordsOnly()
    {
        // Arrange
        var sam = await PractitionerJourney.StaffIdAsync(factory, DemoAccounts.Sam);
        var now = factory.Clock.GetUtcNow();
        var oldDeleted = await factory.AddEntryAsync(sam, "Deleted long ago", Today.AddMonths(-3));
        var recentDeleted = await factory.AddEntryAsync(sam, "Deleted last week", Today.AddMonths(-3));
        await factory.ChangeAsync(async db =>
        {
            (await db.CpdActivities.SingleAsync(a => a.Id == oldDeleted)).Delete(now.AddDays(-31));
            (await db.CpdActivities.SingleAsync(a => a.Id == recentDeleted)).Delete(now.AddDays(-7));
        });
        var (staleUpload, freshUpload, oldForm, newForm) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await factory.ChangeAsync(db =>
        {
            db.ImportUploads.Add(new ImportUpload(staleUpload, ImportKind.Staff, "someone", "staff.csv", "a,b", now.AddHours(-25)));
            db.ImportUploads.Add(new ImportUpload(freshUpload, ImportKind.Staff, "someone", "staff.csv", "a,b", now.AddHours(-1)));
            db.FormSubmissions.Add(new FormSubmission(oldForm, "someone", "CpdActivity", 1, now.AddDays(-31)));
            db.FormSubmissions.Add(new FormSubmission(newForm, "someone", "CpdActivity", 2, now.AddDays(-29)));
            return Task.CompletedTask;
        });
        var preview = await factory.WithScopeAsync(services => services.GetRequiredService<RetentionService>().PreviewAsync(1));

        // Act
        var result = await factory.WithScopeAsync(services => services.GetRequiredService<RetentionService>().RunAsync());

        // Assert
        Assert.True(preview.DeletedEntries >= 1 && preview.ImportUploads >= 1 && preview.FormSubmissions >= 1);
        Assert.True(result.DeletedEntriesPurged >= 1 && result.ImportUploadsDeleted >= 1 && result.FormSubmissionsDeleted >= 1);
        var entries = await factory.WithDbAsync(db => db.CpdActivities.IgnoreQueryFilters().Where(a => a.Id == oldDeleted || a.Id == recentDeleted).Select(a => a.Id).ToListAsync());
        Assert.Equal([recentDeleted], entries);
        Assert.Equal([freshUpload], await factory.WithDbAsync(db => db.ImportUploads.Where(u => u.Id == staleUpload || u.Id == freshUpload).Select(u => u.Id).ToListAsync()));
        Assert.Equal([newForm], await factory.WithDbAsync(db => db.FormSubmissions.Where(f => f.Id == oldForm || f.Id == newForm).Select(f => f.Id).ToListAsync()));
    }

    [Fact]
    public async Task Run_FailingHalfWay_LeavesTheFailedPersonUntouchedAndFinishesTheOthers()
    {
        // Arrange: two leavers due; the database refuses to change the second one's staff record (the last step).
        var first = await factory.AddPersonAsync("Firstok", leftOn: Today.AddYears(-9));
        var second = await factory.AddPersonAsync("Secondfails", leftOn: Today.AddYears(-9));
        var firstEntry = await factory.AddEntryAsync(first, "First leaver's entry", Today.AddYears(-10), "First reflection");
        var secondEntry = await factory.AddEntryAsync(second, "Second leaver's entry", Today.AddYears(-10), "Second reflection 0f4d");
        await factory.AddNotificationAsync(second, "For the second leaver");
        await FailUpdatesOfAsync(second);

        // Act
        RetentionResult result;
        try
        {
            result = await factory.WithScopeAsync(services => services.GetRequiredService<RetentionService>().RunAsync());
        }
        finally
        {
            await StopFailingAsync(second);
        }

        // Assert
        Assert.True(result.Failed >= 1);
        Assert.Equal("Former", await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == first).Select(s => s.GivenName).SingleAsync()));
        Assert.Equal("Erased", await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.Id == firstEntry).Select(a => a.Title).SingleAsync()));
        var untouched = await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == second).Select(s => new { s.GivenName, s.FamilyName }).SingleAsync());
        Assert.Equal(("Priya", "Secondfails"), (untouched.GivenName, untouched.FamilyName));
        var secondRow = await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.Id == secondEntry).Select(a => new { a.Title, a.WhatLearnt }).SingleAsync());
        Assert.Equal(("Second leaver's entry", "Second reflection 0f4d"), (secondRow.Title, secondRow.WhatLearnt));
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientStaffId == second)));
        var secondId = second.ToString(CultureInfo.InvariantCulture);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.StaffAnonymised && e.EntityId == secondId)));

        // And the next run, with the fault gone, finishes the job.
        var retry = await factory.WithScopeAsync(services => services.GetRequiredService<RetentionService>().RunAsync());
        Assert.True(retry.Anonymised >= 1);
        Assert.Equal("Former", await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == second).Select(s => s.GivenName).SingleAsync()));
    }

    [Fact]
    public async Task ScheduledJob_RunsTheRulesAsTheSystem()
    {
        // Arrange
        var leaver = await factory.AddPersonAsync("Jobleaver", leftOn: Today.AddYears(-8));

        // Act
        var ran = await factory.Services.GetRequiredService<ScheduledJobRunner>().TryRunAsync<RetentionJob>(CancellationToken.None);

        // Assert
        Assert.True(ran);
        Assert.Equal("Former", await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == leaver).Select(s => s.GivenName).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.RetentionRun && e.ActorEmail == "system")));
    }

    [Fact]
    public async Task RunNow_WithoutAntiforgeryToken_Answers400AndRunsNothing()
    {
        // Arrange
        var leaver = await factory.AddPersonAsync("Notokenleaver", leftOn: Today.AddYears(-8));
        using var ade = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await ade.PostFormAsync("/admin/retention/run", []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Priya", await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == leaver).Select(s => s.GivenName).SingleAsync()));
    }

    [Theory]
    [InlineData("lee.harris@demo.test", "GET")]
    [InlineData("lee.harris@demo.test", "POST")]
    [InlineData("sam.patel@demo.test", "GET")]
    public async Task Retention_NotAnAdministrator_Answers403(string who, string method)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = method == "GET"
            ? await client.GetAsync("/admin/retention")
            : await client.PostWithTokenAsync("/admin/retention/run");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<int> FailUpdatesOfAsync(int staffId) => factory.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CpdPortalDbContext>();
        var sql = CpdPortalFactory.IsPostgreSql
            ? $$"""
                CREATE FUNCTION fail_retention_{{staffId}}() RETURNS trigger AS $body$
                BEGIN
                    IF OLD."Id" = {{staffId}} THEN RAISE EXCEPTION 'injected failure'; END IF;
                    RETURN NEW;
                END $body$ LANGUAGE plpgsql;
                CREATE TRIGGER fail_retention_{{staffId}} BEFORE UPDATE ON "StaffMembers" FOR EACH ROW EXECUTE FUNCTION fail_retention_{{staffId}}();
                """
            : $"""CREATE TRIGGER fail_retention_{staffId} BEFORE UPDATE ON "StaffMembers" WHEN OLD."Id" = {staffId} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;""";
        return await db.Database.ExecuteSqlRawAsync(sql);
    });

    private Task<int> StopFailingAsync(int staffId) => factory.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CpdPortalDbContext>();
        var sql = CpdPortalFactory.IsPostgreSql
            ? $"""DROP TRIGGER fail_retention_{staffId} ON "StaffMembers"; DROP FUNCTION fail_retention_{staffId}();"""
            : $"DROP TRIGGER fail_retention_{staffId};";
        return await db.Database.ExecuteSqlRawAsync(sql);
    });
}
