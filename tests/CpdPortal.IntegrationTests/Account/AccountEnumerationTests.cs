using System.Net;
using System.Text.RegularExpressions;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.Web.Features.Account;

namespace CpdPortal.IntegrationTests.Account;

/// <summary>
/// Issue 14, reproductions 3 and 7: an unknown email, a wrong password and a locked account answer the same page, and
/// a wrong current password on "Change your password" counts towards lockout. Own factory: accounts get locked.
/// </summary>
public sealed partial class AccountEnumerationTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task SignIn_UnknownWrongAndLocked_AnswerTheSamePage()
    {
        // Arrange: one account locked by five wrong passwords, another that is not.
        var (_, _, locked) = await factory.CreateStaffWithAccountAsync("will.be.locked");
        var (_, _, known) = await factory.CreateStaffWithAccountAsync("only.mistyped");
        const string Unknown = "no.such.person@example.org";
        using var client = factory.CreateAnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SignInThroughFormAsync(locked, $"Wrong-passw0rd-{attempt}");
        }

        Assert.NotNull((await factory.FindUserAsync(locked)).LockoutEnd);

        // Act
        using var lockedWrong = await client.SignInThroughFormAsync(locked, "Wrong-passw0rd-6");
        using var lockedRight = await client.SignInThroughFormAsync(locked, AccountTestData.Password);
        using var wrongPassword = await client.SignInThroughFormAsync(known, "Wrong-passw0rd-1");
        using var unknown = await client.SignInThroughFormAsync(Unknown, "Wrong-passw0rd-1");

        // Assert
        var pages = new[] { (lockedWrong, locked), (lockedRight, locked), (wrongPassword, known), (unknown, Unknown) };
        foreach (var (response, email) in pages)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var document = await response.GetDocumentAsync();
            Assert.Equal([AccountController.WrongCredentials], document.ErrorSummaryMessages());
        }

        var comparable = await Task.WhenAll(pages.Select(async p => Comparable(await p.Item1.Content.ReadAsStringAsync(), p.Item2)));
        Assert.Single(comparable.Distinct());
    }

    [Fact]
    public async Task ChangePassword_FiveWrongCurrentPasswords_LockTheAccount()
    {
        // Arrange
        var (_, _, email) = await factory.CreateStaffWithAccountAsync("guessing.colleague");
        using var client = factory.CreateAnonymousClient();
        using var signIn = await client.SignInThroughFormAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);

        // Act
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var response = await client.PostWithTokenAsync("/account/change-password", [
                new("CurrentPassword", $"Not the password {attempt}"),
                new("NewPassword", "Quiet harbour lanterns 7"),
                new("ConfirmPassword", "Quiet harbour lanterns 7"),
            ]);
        }

        // Assert
        var user = await factory.FindUserAsync(email);
        Assert.NotNull(user.LockoutEnd);
        Assert.True(user.LockoutEnd > factory.Clock.GetUtcNow());
    }

    /// <summary>The page without the email typed and the per-request antiforgery token.</summary>
    private static string Comparable(string html, string email) =>
        AntiforgeryValue().Replace(html.Replace(email, "EMAIL", StringComparison.Ordinal), "TOKEN");

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex AntiforgeryValue();
}
