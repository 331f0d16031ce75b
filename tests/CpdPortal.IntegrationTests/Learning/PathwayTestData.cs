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

    public static Task<int> AuditCountAsync(this CpdPortalFactory factory, string action, string entityId) =>
        factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == action && e.EntityId == entityId));
}
