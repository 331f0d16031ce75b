using System.Globalization;
using System.Net;
using CpdPortal.Application.Auditing;
using CpdPortal.Domain.Auditing;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>What the audit log records (sign-ins, exports, changes to CPD records) and the /admin/audit page.</summary>
public sealed class AuditLogTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Path = "/admin/audit";

    [Fact]
    public async Task Seed_DemoCouncil_RecordsOneEntryNotItsHistory()
    {
        // Arrange: the demo council has two years of activities, plans and assessments.
        var activities = await factory.QueryAsync(db => db.CpdActivities.CountAsync());

        // Act
        var seeded = await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.DemoCouncilSeeded));

        // Assert: the seed's entry is the first of the log; nothing of the invented history came before it.
        var entry = Assert.Single(seeded);
        Assert.True(activities > 10);
        Assert.Equal(AuditActor.SystemEmail, entry.ActorEmail);
        Assert.Empty(await factory.AuditEntriesAsync(q => q.Where(a => a.Id < entry.Id)));
    }

    [Fact]
    public async Task SignIn_SuccessAndFailure_AreRecordedAgainstTheAccountOrAsUnknown()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        var alex = await factory.FindUserAsync(DemoAccounts.Alex.Email);

        // Act
        using (await client.SignInThroughFormAsync(DemoAccounts.Alex.Email, "Not-alex-passw0rd"))
        {
        }

        using (await client.SignInThroughFormAsync("nobody.at.all@demo.test", "Whatever-passw0rd"))
        {
        }

        using (await client.SignInThroughFormAsync(DemoAccounts.Alex))
        {
        }

        // Assert
        var alexs = await factory.AuditEntriesAsync(q => q.Where(a => a.ActorAccountId == alex.Id));
        Assert.Contains(alexs, a => a.Action == AuditActions.SignInFailed && a.ActorEmail == DemoAccounts.Alex.Email && a.EntityId == alex.Id);
        Assert.Contains(alexs, a => a.Action == AuditActions.SignInSucceeded && a.ActorEmail == DemoAccounts.Alex.Email);
        var unknown = await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.SignInFailed && a.ActorAccountId == null));
        Assert.Contains(unknown, a => a.ActorEmail == AuditActor.UnknownAccountEmail);
        var all = await factory.AuditEntriesAsync(q => q);
        Assert.DoesNotContain(all, a => a.ActorEmail.Contains("nobody.at.all", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_CsvOfOwnRecord_IsRecordedWithWhoAndWhichRecord()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);
        var jo = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Jo);

        // Act
        using var response = await client.GetAsync("/my/export/download?Period=learning-year&Format=csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.Exported && a.ActorEmail == DemoAccounts.Jo.Email));
        var entry = Assert.Single(entries);
        Assert.Equal(AuditEntityTypes.CpdRecord, entry.EntityType);
        Assert.Equal(jo.ToString(CultureInfo.InvariantCulture), entry.EntityId);
        Assert.NotNull(entry.ActorAccountId);
    }

    [Fact]
    public async Task SaveChanges_ActivityCreatedUpdatedAndDeleted_RecordsEachWithItsIdAndNoText()
    {
        // Arrange
        const string Title = "Audited reading about attachment";
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, Title);

        // Act
        await factory.QueryAsync(async db =>
        {
            var activity = await db.CpdActivities.SingleAsync(a => a.Id == id);
            activity.Delete(factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        // Assert
        var entries = await factory.AuditEntriesAsync(q => q.Where(a => a.EntityType == "CpdActivity" && a.EntityId == id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal([AuditActions.Deleted, AuditActions.Created], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(AuditActor.SystemEmail, e.ActorEmail));
        Assert.DoesNotContain(await factory.AuditEntriesAsync(q => q), e => (e.EntityId ?? string.Empty).Contains("attachment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_DeleteOwnActivityThroughThePage_RecordsTheSignedInPractitioner()
    {
        // Arrange
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "An entry Sam deletes");
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var token = (await client.GetDocumentAsync($"/my/activities/{id}/delete")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await client.PostFormAsync($"/my/activities/{id}/delete", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var entries = await factory.AuditEntriesAsync(q => q.Where(a => a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.Action == AuditActions.Deleted));
        Assert.Equal(DemoAccounts.Sam.Email, Assert.Single(entries).ActorEmail);
    }

    [Fact]
    public async Task Get_AsAdministrator_ShowsNewestFirstWithFilters()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync(Path);

        // Assert
        Assert.Equal("Audit log", document.GetSingle("h1").NormalisedText());
        Assert.NotNull(document.QuerySelector("[data-testid='audit-table'] caption"));
        Assert.NotNull(document.QuerySelector("select#Action option[value='sign-in-failed']"));
        // The newest entry as the page promises it (newest first, then the later id); no order is assumed of the database.
        var times = await factory.AuditEntriesAsync(q => q.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(1));
        Assert.Contains(AuditSearchFormText(times[0].Action), document.QuerySelector("[data-testid='audit-table'] tbody tr")!.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FilteredByPersonAndAction_ShowsOnlyMatchingEntries()
    {
        // Arrange
        await RecordAsAsync(new AuditActor("filter-id", "filter.person@example.org", "10.1.2.3"), AuditActions.RoleGranted);
        await RecordAsAsync(new AuditActor("filter-id", "filter.person@example.org", "10.1.2.3"), AuditActions.AccountLocked);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync($"{Path}?Person=FILTER.person&Action={AuditActions.RoleGranted}");

        // Assert
        var rows = document.QuerySelectorAll("[data-testid='audit-table'] tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("filter.person@example.org", row.NormalisedText(), StringComparison.Ordinal);
        Assert.Contains("10.1.2.3", row.NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DateRangeBeforeAnyEntry_ShowsNoEntries()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync($"{Path}?From.Day=1&From.Month=1&From.Year=2020&To.Day=31&To.Month=12&To.Year=2020");

        // Assert
        Assert.Equal("No entries match.", document.GetSingle("[data-testid='audit-count']").NormalisedText());
    }

    [Theory]
    [InlineData("From.Day=31&From.Month=2&From.Year=2026", "From.Day", "The start date must be a real date")]
    [InlineData("To.Day=1&To.Month=13&To.Year=2026", "To.Day", "The end date must be a real date")]
    [InlineData("From.Day=2&From.Month=11&From.Year=2026&To.Day=1&To.Month=11&To.Year=2026", "To.Day", "The end date must be the same as or after the start date")]
    [InlineData("Action=drop-table", "Action", "Select an action from the list")]
    public async Task Get_BadFilter_Answers400WithTheMessage(string query, string field, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync($"{Path}?{query}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal(message, document.GetSingle($".govuk-error-summary a[href='#{field.Replace(".", "_", StringComparison.Ordinal)}']").NormalisedText());
        Assert.Null(document.QuerySelector("[data-testid='audit-table']"));
    }

    [Fact]
    public async Task Export_FilteredEntries_DownloadsCsvWithFormulasNeutralisedAndIsItselfAudited()
    {
        // Arrange
        await RecordAsAsync(new AuditActor(null, "=HYPERLINK(\"http://evil.example\")@example.org", "+44"), AuditActions.SignInFailed);
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync($"{Path}/export?Person=HYPERLINK");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Time (UTC),Person,Action,Record type,Record id,IP address", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")@example.org\",sign-in-failed,,,'+44", lines[1], StringComparison.Ordinal);
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.AuditLogExported && a.ActorEmail == DemoAccounts.Ade.Email)));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Write_AnyMethodButGet_ChangesNothing(string method)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var before = (await factory.AuditEntriesAsync(q => q)).Count;

        // Act
        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Path}/1");
        using var response = await client.SendAsync(request);

        // Assert
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(before, (await factory.AuditEntriesAsync(q => q)).Count);
    }

    private static string AuditSearchFormText(string action) => CpdPortal.Web.Features.Audit.AuditSearchForm.Describe(action);

    private Task<int> RecordAsAsync(AuditActor actor, string action) =>
        factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IAuditLog>().RecordAsAsync(actor, action);
            return 0;
        });
}
