using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Import;

/// <summary>Building import files and posting them as the browser does (multipart, with the page's antiforgery token).</summary>
public static class ImportTestData
{
    public const string StaffHeader = "staff number,first name,last name,email,job title,team,supervisor staff number,registered,registration number,employment type,start date,leave date";

    public static string Csv(params string[] rows) => StaffHeader + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    /// <summary>A new person's row; every cell can be replaced.</summary>
    public static string Row(
        string number,
        string first = "Test",
        string last = "Person",
        string? email = null,
        string jobTitle = "Social worker",
        string team = "Adoption",
        string supervisor = "",
        string registered = "no",
        string registration = "",
        string employment = "permanent",
        string start = "01/09/2025",
        string leave = "") =>
        Join(number, first, last, email ?? $"{number.ToLowerInvariant()}@import.test", jobTitle, team, supervisor, registered, registration, employment, start, leave);

    public static string Join(params string[] cells) =>
        string.Join(",", cells.Select(c => c.Contains(',', StringComparison.Ordinal) || c.Contains('"', StringComparison.Ordinal) ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c));

    /// <summary>An existing person's row exactly as the database holds them (so unchanged), with optional changes.</summary>
    public static Task<string> ExistingRowAsync(this CpdPortalFactory factory, string email, string? supervisor = null, string? leave = null, string? jobTitle = null) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CpdPortalDbContext>();
            var s = await db.StaffMembers.AsNoTracking().Where(x => x.Email == email)
                .Select(x => new { x.StaffNumber, x.GivenName, x.FamilyName, x.Email, x.JobTitle, Team = x.Team!.Name, Supervisor = x.Supervisor == null ? "" : x.Supervisor.StaffNumber, x.RegistrationNumber, x.EmploymentType, x.StartDate, x.LeaveDate })
                .SingleAsync();
            return Join(
                s.StaffNumber, s.GivenName, s.FamilyName, s.Email, jobTitle ?? s.JobTitle, s.Team, supervisor ?? s.Supervisor,
                s.RegistrationNumber is null ? "no" : "yes", s.RegistrationNumber ?? "", s.EmploymentType.ToString().ToLowerInvariant(),
                s.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), leave ?? s.LeaveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        });

    public static Task<StaffMember?> StaffAsync(this CpdPortalFactory factory, string number) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<CpdPortalDbContext>().StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.StaffNumber == number));

    public static Task<string> StaffNumberAsync(this CpdPortalFactory factory, string email) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<CpdPortalDbContext>().StaffMembers.Where(s => s.Email == email).Select(s => s.StaffNumber).SingleAsync());

    /// <summary>Opens /admin/import, then posts the file to <paramref name="path"/> with the page's token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] bytes, string fileName = "staff.csv", string path = "/admin/import", string field = "StaffFile", bool withToken = true)
    {
        var page = await client.GetDocumentAsync("/admin/import");
        using var content = new MultipartFormDataContent();
        if (withToken)
        {
            content.Add(new StringContent(page.GetAntiforgeryToken("form[data-testid='staff-upload']")), HtmlExtensions.AntiforgeryField);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, field, fileName);
        return await client.PostAsync(path, content);
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string csv, string fileName = "staff.csv") =>
        client.UploadAsync(Encoding.UTF8.GetBytes(csv), fileName);

    /// <summary>Uploads and opens the preview; fails the test if the upload was refused.</summary>
    public static async Task<(string Path, IHtmlDocument Preview)> PreviewAsync(this HttpClient client, string csv)
    {
        using var response = await client.UploadAsync(csv);
        Assert.Equal(System.Net.HttpStatusCode.Found, response.StatusCode);
        var path = response.RedirectTarget()!;
        return (path, await client.GetDocumentAsync(path));
    }

    /// <summary>Presses the preview's confirm button.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, string path, IHtmlDocument preview) =>
        await client.PostFormAsync(path, [new(HtmlExtensions.AntiforgeryField, preview.GetAntiforgeryToken("form[data-testid='confirm']"))]);

    /// <summary>The preview's error rows as "row|column|message".</summary>
    public static IReadOnlyList<string> Errors(this IHtmlDocument preview) =>
        [.. preview.QuerySelectorAll("[data-testid='errors'] tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(c => c.NormalisedText())))];
}
