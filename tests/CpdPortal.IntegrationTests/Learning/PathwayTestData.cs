using CpdPortal.Domain.Pathways;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>Look-ups and posts shared by the pathway and framework editing tests.</summary>
internal static class PathwayTestData
{
    public static Task<int> PathwayIdAsync(this CpdPortalFactory factory) =>
        factory.QueryAsync(db => db.CareerPathways.Select(p => p.Id).SingleAsync());

    public static Task<PathwayRole?> FindRoleAsync(this CpdPortalFactory factory, int roleId) =>
        factory.QueryAsync(db => db.PathwayRoles.AsNoTracking().Include(r => r.Expectations).Include(r => r.Courses).SingleOrDefaultAsync(r => r.Id == roleId));

    public static Task<int?> RoleIdOrNullAsync(this CpdPortalFactory factory, string title) =>
        factory.QueryAsync(db => db.PathwayRoles.Where(r => r.Title == title).Select(r => (int?)r.Id).SingleOrDefaultAsync());

    /// <summary>Posts a form with a valid antiforgery token (from any page of the client).</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        form.Add(new(HtmlExtensions.AntiforgeryField, await client.AnyTokenAsync()));
        return await client.PostFormAsync(path, form);
    }

    /// <summary>How many SQL commands one GET of the page runs (after a first GET that also reads the account).</summary>
    public static async Task<int> SqlCommandsForAsync(this CpdPortalFactory factory, HttpClient client, string path)
    {
        (await client.GetAsync(path)).Dispose();
        var before = Commands();
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return Commands() - before;

        int Commands() => factory.Logs.Entries.Count(e => e.Contains("Executed DbCommand", StringComparison.Ordinal));
    }

    public static Task<int> AuditCountAsync(this CpdPortalFactory factory, string action, string entityId) =>
        factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == action && e.EntityId == entityId));
}

/// <summary>Framework versions arranged and read straight from the database.</summary>
internal static class FrameworkTestData
{
    public static Task<int> FrameworkIdAsync(this CpdPortalFactory factory, string code, int version = 1) =>
        factory.QueryAsync(db => db.CompetenceFrameworks.Where(f => f.Code == code && f.Version == version).Select(f => f.Id).SingleAsync());

    public static Task<CpdPortal.Domain.Competence.CompetenceFramework?> FindFrameworkAsync(this CpdPortalFactory factory, int id) =>
        factory.QueryAsync(db => db.CompetenceFrameworks.AsNoTracking().Include(f => f.Areas).ThenInclude(a => a.StageDescriptors).SingleOrDefaultAsync(f => f.Id == id));

    /// <summary>Creates the draft of the next version through the page and returns its id.</summary>
    public static async Task<int> NewVersionAsync(this HttpClient client, int frameworkId)
    {
        using var response = await client.PostWithTokenAsync($"/learning/frameworks/{frameworkId.Text()}/versions");
        var target = response.RedirectTarget()!;
        return int.Parse(target[(target.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The area form's fields: name, no description, and "Stage n wording." for each stage unless given.</summary>
    public static (string Name, string Value)[] AreaForm(string name, params (int Stage, string Text)[] wording)
    {
        var fields = new List<(string, string)> { ("Name", name), ("Description", string.Empty) };
        for (var stage = 1; stage <= 5; stage++)
        {
            var given = wording.Where(w => w.Stage == stage).Select(w => w.Text).FirstOrDefault();
            fields.Add(($"Wording[{stage.Text()}]", given ?? $"{name} at stage {stage.Text()}."));
        }

        return [.. fields];
    }
}
