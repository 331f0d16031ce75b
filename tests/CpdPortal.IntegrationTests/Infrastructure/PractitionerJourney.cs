using CpdPortal.Infrastructure.Persistence;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Helpers for the practitioner journey's tests (stages, pathway, plan, notifications): the database of the running
/// app, staff ids by account, and POSTs that carry a real antiforgery token.
/// </summary>
public static class PractitionerJourney
{
    private const string SignOutForm = "form[action='/account/sign-out']";

    /// <summary>Runs <paramref name="action"/> on the app's database in a fresh scope.</summary>
    public static Task<T> WithDbAsync<T>(this CpdPortalFactory factory, Func<CpdPortalDbContext, Task<T>> action) =>
        factory.WithScopeAsync(sp => action(sp.GetRequiredService<CpdPortalDbContext>()));

    public static Task<int> StaffIdAsync(this CpdPortalFactory factory, DemoAccount account) =>
        factory.WithDbAsync(db => db.StaffMembers.Where(s => s.Email == account.Email).Select(s => s.Id).SingleAsync());

    /// <summary>An area id by its name (names are unique across the seeded frameworks).</summary>
    public static Task<int> AreaIdAsync(this CpdPortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.CompetenceAreas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    /// <summary>A valid antiforgery token for this client: the one in the header's sign-out form on the home page.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client) =>
        (await client.GetDocumentAsync("/")).GetAntiforgeryToken(SignOutForm);

    /// <summary>POSTs the fields with a valid antiforgery token added.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var token = await client.GetAntiforgeryTokenAsync();
        return await client.PostFormAsync(path, [.. fields ?? [], new(HtmlExtensions.AntiforgeryField, token)]);
    }

    /// <summary>The messages listed in the GOV.UK error summary.</summary>
    public static IReadOnlyList<string> ErrorSummaryMessages(this AngleSharp.Dom.IParentNode document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.NormalisedText()).ToList();

    /// <summary>The error message shown beside a field ("Error: " prefix removed).</summary>
    public static string? FieldError(this AngleSharp.Dom.IParentNode document, string id) =>
        document.QuerySelector($"#{id}-error")?.NormalisedText().Replace("Error: ", string.Empty, StringComparison.Ordinal);
}
