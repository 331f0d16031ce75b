using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.SeveralInstances;

/// <summary>
/// Two portals on Kestrel (127.0.0.1, their own ports) on ONE PostgreSQL database, as behind a load balancer: what
/// one instance issues (the sign-in cookie, antiforgery tokens, evidence files) the other accepts. Runs on PostgreSQL
/// whatever provider the rest of the suite uses.
/// </summary>
public sealed class TwoInstancesEndToEndTests : IAsyncLifetime
{
    private const int Megabyte = 1024 * 1024;

    private readonly FixedTimeProvider _clock = new();
    private string _database = string.Empty;
    private PortalInstance? _a;
    private PortalInstance? _b;
    private HttpClient? _toA;
    private HttpClient? _toB;

    private PortalInstance A => _a!;

    private HttpClient ToA => _toA!;

    private HttpClient ToB => _toB!;

    public async Task InitializeAsync()
    {
        _database = TestPostgres.NewDatabaseConnectionString("cpdportal_two");
        // One after the other, as a rolling start would: A migrates and seeds, B finds the database ready.
        _a = PortalInstance.OnPostgreSql(_database, _clock);
        await _a.StartOnKestrelAsync();
        _b = PortalInstance.OnPostgreSql(_database, _clock);
        await _b.StartOnKestrelAsync();
        _toA = Client(_a.BaseAddress);
        _toB = Client(_b.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _toA?.Dispose();
        _toB?.Dispose();
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        await TestPostgres.DropDatabaseAsync(_database);
    }

    [Fact]
    public async Task SignInOnA_PagesAndFormsOnB_AcceptAsCookiesAndTokens()
    {
        // Arrange: Sam signs in through the real form on instance A.
        var jar = new CookieJar();
        var signIn = await DocumentAsync(jar, ToA, HttpClientExtensions.SignInPath);
        using var signedIn = await PostAsync(jar, ToA, HttpClientExtensions.SignInPath, new Dictionary<string, string>
        {
            ["Email"] = DemoAccounts.Sam.Email,
            ["Password"] = DemoAccounts.Password,
            [HtmlExtensions.AntiforgeryField] = signIn.GetAntiforgeryToken("form[action='/account/sign-in']"),
        });
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        Assert.Contains("__Host-CpdPortal.Auth", jar.Cookies.Keys);
        var methodId = await A.QueryAsync(db => db.CpdMethods.Where(m => m.Name == "Reading").Select(m => m.Id).SingleAsync());

        // Act: a page on B; a form on B with B's token; the same form on B with a token A served.
        using var home = await SendAsync(jar, ToB, HttpMethod.Get, "/");
        var formOnB = await DocumentAsync(jar, ToB, "/my/activities/new");
        using var postWithBsToken = await PostAsync(jar, ToB, "/my/activities/new", ActivityForm(formOnB, methodId, "Read on B"));
        var formOnA = await DocumentAsync(jar, ToA, "/my/activities/new");
        using var postWithAsToken = await PostAsync(jar, ToB, "/my/activities/new", ActivityForm(formOnA, methodId, "Read on A's form"));

        // Assert: no sign-in redirect, no antiforgery failure, both entries saved.
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.Found, postWithBsToken.StatusCode);
        Assert.DoesNotContain("/account/sign-in", postWithBsToken.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, postWithAsToken.StatusCode);
        Assert.DoesNotContain("/account/sign-in", postWithAsToken.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        var titles = await A.QueryAsync(db => db.CpdActivities.Where(a => a.Title.StartsWith("Read on")).Select(a => a.Title).ToListAsync());
        Assert.Equal(["Read on A's form", "Read on B"], titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EvidenceUploadedThroughA_DownloadsByteIdenticalThroughB()
    {
        // Arrange
        var jar = await SignedInAsync(DemoAccounts.Sam);
        var activityId = await NewActivityAsync(jar, ToA, "Entry with a certificate on two servers");
        var pdf = Pdf(300 * 1024);

        // Act
        using var upload = await UploadAsync(jar, ToA, activityId, pdf, "certificate.pdf");
        var evidenceId = await A.QueryAsync(db => db.EvidenceFiles.Where(e => e.ActivityId == activityId).Select(e => e.Id).SingleAsync());
        using var download = await SendAsync(jar, ToB, HttpMethod.Get, $"/my/activities/{activityId}/evidence/{evidenceId}");

        // Assert
        Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task EvidenceOverTheFileLimit_IsRefusedWithTheGovukMessage()
    {
        // Arrange
        var jar = await SignedInAsync(DemoAccounts.Sam);
        var activityId = await NewActivityAsync(jar, ToB, "Entry with a big file on PostgreSQL");

        // Act
        using var upload = await UploadAsync(jar, ToA, activityId, Pdf((5 * Megabyte) + 1), "big.pdf");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        var page = await upload.GetDocumentAsync();
        Assert.Equal("Error: The selected file must be smaller than 5MB", page.GetSingle("#File-error").NormalisedText());
        Assert.Equal(0, await A.QueryAsync(db => db.EvidenceFiles.CountAsync(e => e.ActivityId == activityId)));
        Assert.Equal(0, await A.QueryAsync(db => db.EvidenceContents.CountAsync()));
    }

    internal static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.ToArray().CopyTo(bytes, 0);
        return bytes;
    }

    private static HttpClient Client(Uri baseAddress) =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    private static Dictionary<string, string> ActivityForm(IHtmlDocument page, int methodId, string title)
    {
        var form = page.QuerySelector("main form[method=post]");
        Assert.NotNull(form);

        // Whatever hidden fields the form carries (the antiforgery token among them), then a complete entry.
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? string.Empty);
        var date = new DateOnly(2026, 9, 1);
        fields["MethodId"] = methodId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Title"] = title;
        fields["Date.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Date.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Date.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Hours"] = "1.5";
        fields["Description"] = "Reading on practice with families.";
        fields["WhatLearnt"] = "Ways to open a conversation.";
        fields["Impact"] = "Better first visits.";
        fields["Certificated"] = "false";
        fields["Status"] = "Complete";
        return fields;
    }

    private static async Task<HttpResponseMessage> SendAsync(CookieJar jar, HttpClient client, HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        return await jar.SendAsync(client, request);
    }

    private static async Task<IHtmlDocument> DocumentAsync(CookieJar jar, HttpClient client, string path)
    {
        using var response = await SendAsync(jar, client, HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.GetDocumentAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(CookieJar jar, HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await SendAsync(jar, client, HttpMethod.Post, path, content);
    }

    private static async Task<HttpResponseMessage> UploadAsync(CookieJar jar, HttpClient client, int activityId, byte[] bytes, string fileName)
    {
        var page = await DocumentAsync(jar, client, $"/my/activities/{activityId}");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(page.GetAntiforgeryToken("form[action='/account/sign-out']")), HtmlExtensions.AntiforgeryField);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "File", fileName);
        return await SendAsync(jar, client, HttpMethod.Post, $"/my/activities/{activityId}/evidence", content);
    }

    private async Task<CookieJar> SignedInAsync(DemoAccount account)
    {
        var jar = new CookieJar();
        var signIn = await DocumentAsync(jar, ToA, HttpClientExtensions.SignInPath);
        using var response = await PostAsync(jar, ToA, HttpClientExtensions.SignInPath, new Dictionary<string, string>
        {
            ["Email"] = account.Email,
            ["Password"] = DemoAccounts.Password,
            [HtmlExtensions.AntiforgeryField] = signIn.GetAntiforgeryToken("form[action='/account/sign-in']"),
        });
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return jar;
    }

    private async Task<int> NewActivityAsync(CookieJar jar, HttpClient client, string title)
    {
        var methodId = await A.QueryAsync(db => db.CpdMethods.Where(m => m.Name == "Reading").Select(m => m.Id).SingleAsync());
        var form = await DocumentAsync(jar, client, "/my/activities/new");
        using var response = await PostAsync(jar, client, "/my/activities/new", ActivityForm(form, methodId, title));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return await A.QueryAsync(db => db.CpdActivities.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
    }
}
