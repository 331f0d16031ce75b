using System.Net;
using AngleSharp.Html.Dom;
using CpdPortal.Domain.Activities;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Activities;

/// <summary>Database look-ups and form helpers shared by the CPD activity tests.</summary>
internal static class ActivityTestData
{
    public const string ListPath = "/my/activities";
    public const string NewPath = "/my/activities/new";

    public static Task<T> QueryAsync<T>(this CpdPortalFactory factory, Func<CpdPortalDbContext, Task<T>> query) =>
        factory.WithScopeAsync(sp => query(sp.GetRequiredService<CpdPortalDbContext>()));

    public static Task<int> StaffIdAsync(this CpdPortalFactory factory, DemoAccount account) =>
        factory.QueryAsync(db => db.StaffMembers.Where(s => s.Email == account.Email).Select(s => s.Id).SingleAsync());

    public static Task<int> MethodIdAsync(this CpdPortalFactory factory, string name) =>
        factory.QueryAsync(db => db.CpdMethods.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    /// <summary>Every activity row the person has, deleted or not: "nothing saved" means this did not change.</summary>
    public static async Task<int> ActivityRowsAsync(this CpdPortalFactory factory, DemoAccount account)
    {
        var staffId = await factory.StaffIdAsync(account);
        return await factory.QueryAsync(db => db.CpdActivities.IgnoreQueryFilters().CountAsync(a => a.StaffMemberId == staffId));
    }

    /// <summary>The id of one of the person's activities (not deleted) with this title.</summary>
    public static async Task<int> ActivityIdAsync(this CpdPortalFactory factory, DemoAccount account, string title)
    {
        var staffId = await factory.StaffIdAsync(account);
        return await factory.QueryAsync(db => db.CpdActivities
            .Where(a => a.StaffMemberId == staffId && a.Title == title && a.DeletedAt == null)
            .Select(a => a.Id)
            .SingleAsync());
    }

    public static async Task<CpdActivity?> FindActivityAsync(this CpdPortalFactory factory, int id) =>
        await factory.QueryAsync(db => db.CpdActivities.AsNoTracking().IgnoreQueryFilters().Include(a => a.Areas).Include(a => a.Evidence).SingleOrDefaultAsync(a => a.Id == id));

    /// <summary>Adds a complete one-hour reading entry straight to the database and returns its id.</summary>
    public static async Task<int> AddActivityAsync(this CpdPortalFactory factory, DemoAccount account, string title)
    {
        var staffId = await factory.StaffIdAsync(account);
        var method = await factory.MethodIdAsync("Reading");
        return await factory.QueryAsync(async db =>
        {
            var details = new ActivityDetails(method, title, new DateOnly(2026, 9, 1), null, 1m, "Reading.", "Learnt.", "Impact.", null, null, false, ActivityStatus.Complete, []);
            var activity = CpdActivity.Record(staffId, details, new DateOnly(2026, 11, 22), factory.Clock.GetUtcNow());
            db.CpdActivities.Add(activity);
            await db.SaveChangesAsync();
            return activity.Id;
        });
    }

    /// <summary>The id of the competence area with this name (area names are unique across the seeded frameworks).</summary>
    public static Task<int> AreaIdAsync(this CpdPortalFactory factory, string areaName) =>
        factory.QueryAsync(db => db.CompetenceAreas.Where(a => a.Name == areaName).Select(a => a.Id).FirstAsync());

    /// <summary>A complete, valid entry as the form posts it; tests change one field at a time.</summary>
    public static Dictionary<string, string> ValidForm(int methodId, DateOnly date) => new()
    {
        ["MethodId"] = methodId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Title"] = "Motivational interviewing workshop",
        ["Date.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Date.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Date.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EndDate.Day"] = string.Empty,
        ["EndDate.Month"] = string.Empty,
        ["EndDate.Year"] = string.Empty,
        ["Hours"] = "3.5",
        ["Description"] = "A half-day workshop on motivational interviewing, relevant to engaging parents.",
        ["WhatLearnt"] = "Open questions, reflections and rolling with resistance.",
        ["Impact"] = "Parents talk more in visits and agree their own goals.",
        ["PeerName"] = string.Empty,
        ["PeerReflection"] = string.Empty,
        ["Certificated"] = "false",
        ["Status"] = "Complete",
    };

    /// <summary>Opens <paramref name="formPath"/>, takes its antiforgery token and posts the fields (to the same path unless told).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        string formPath,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? postPath = null,
        string formSelector = "main form[method=post]")
    {
        var document = await client.GetDocumentAsync(formPath);
        var token = document.GetAntiforgeryToken(formSelector);
        return await client.PostFormAsync(postPath ?? formPath, [.. fields, new(HtmlExtensions.AntiforgeryField, token)]);
    }

    /// <summary>Any antiforgery token the client may use (from the sign-out form, present on every signed-in page).</summary>
    public static async Task<string> AnyTokenAsync(this HttpClient client)
    {
        var document = await client.GetDocumentAsync("/");
        return document.GetAntiforgeryToken("form[action='/account/sign-out']");
    }

    /// <summary>A 400 re-render with the GOV.UK error summary and the message beside the field.</summary>
    public static async Task<IHtmlDocument> AssertFormErrorAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        var summary = document.GetSingle(".govuk-error-summary");
        Assert.Contains(summary.QuerySelectorAll("li"), li => li.NormalisedText() == message);
        var beside = document.GetSingle($"#{field}-error");
        Assert.Equal($"Error: {message}", beside.NormalisedText());
        Assert.StartsWith("Error:", document.Title, StringComparison.Ordinal);
        return document;
    }
}
