using System.Net;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Coverage;

/// <summary>
/// Forms posted (with a valid antiforgery token, by someone allowed to use them) to a record that does not exist: each
/// answers 404 and changes nothing, judged by the audit log, which every change writes in its own transaction (ADR 0008).
/// </summary>
public sealed class UnknownRecordPostTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string NoSuchId = "987654";

    public static TheoryData<string, string, string> Posts => new()
    {
        { DemoAccounts.Lee.Email, $"/learning/courses/{NoSuchId}/reinstate", "" },
        { DemoAccounts.Lee.Email, $"/learning/frameworks/{NoSuchId}/areas/{NoSuchId}/move", "direction=earlier" },
        { DemoAccounts.Lee.Email, $"/learning/frameworks/{NoSuchId}/areas/{NoSuchId}/remove", "" },
        { DemoAccounts.Lee.Email, $"/learning/pathways/{NoSuchId}/roles/{NoSuchId}/courses/{NoSuchId}/remove", "" },
        { DemoAccounts.Lee.Email, $"/learning/pathways/{NoSuchId}/roles/{NoSuchId}/certifications/{NoSuchId}/remove", "" },
        { DemoAccounts.Lee.Email, "/learning/mapping/unmap", $"CourseId={NoSuchId}&AreaId={NoSuchId}&Stage=3" },
        { DemoAccounts.Lee.Email, $"/learning/certifications/{NoSuchId}/equivalent", $"staffMemberId={NoSuchId}&activityId={NoSuchId}" },
        { DemoAccounts.Ade.Email, $"/admin/staff/{NoSuchId}/reinstate", "" },
        { DemoAccounts.Ade.Email, $"/admin/staff/{NoSuchId}/account/unlock", "" },
        { DemoAccounts.Ade.Email, $"/admin/teams/{NoSuchId}/rename", "Name=Renamed+team" },
        { DemoAccounts.Ade.Email, "/admin/import/completions/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "" },
        { DemoAccounts.Alex.Email, $"/supervision/sessions/{NoSuchId}/edit", "Date.Day=1&Date.Month=10&Date.Year=2026&Notes=Discussed+caseload" },
        { DemoAccounts.Sam.Email, $"/supervision/sessions/{NoSuchId}/actions/{NoSuchId}/done", "" },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Post_UnknownRecord_Answers404AndChangesNothing(string who, string path, string form)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);
        var fields = form.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Select(kv => new KeyValuePair<string, string>(kv[0], Uri.UnescapeDataString(kv[1].Replace('+', ' '))))
            .ToList();
        var auditBefore = await factory.QueryAsync(db => db.AuditEntries.CountAsync());

        // Act
        using var response = await client.PostWithTokenAsync(path, fields);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(auditBefore, await factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }
}
