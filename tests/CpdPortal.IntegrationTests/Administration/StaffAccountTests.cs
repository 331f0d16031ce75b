using System.Net;
using CpdPortal.Domain.Auditing;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>/admin/staff/{id}/account: create with a one-time password, lock, unlock, reset, roles; all audited.</summary>
public sealed class StaffAccountTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Post_CreateAccount_ShowsOneTimePasswordOnceThatSignsInToChangePassword()
    {
        // Arrange
        var staffId = await NewStaffWithoutAccountAsync("Olu", "Fresh", "olu.fresh@example.org");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await admin.GetDocumentAsync($"/admin/staff/{staffId}")).GetAntiforgeryToken($"form[action='/admin/staff/{staffId}/account']");

        // Act
        using var response = await admin.PostFormAsync($"/admin/staff/{staffId}/account", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var password = (await response.GetDocumentAsync()).GetSingle("[data-testid='one-time-password']").NormalisedText();
        Assert.Equal(19, password.Length);
        var user = await factory.FindUserAsync("olu.fresh@example.org");
        Assert.True(user.MustChangePassword);
        Assert.Equal(staffId, user.StaffMemberId);
        Assert.DoesNotContain(password, await (await admin.GetAsync($"/admin/staff/{staffId}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var person = factory.CreateAnonymousClient();
        using (var signIn = await person.SignInThroughFormAsync("olu.fresh@example.org", password))
        {
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        }

        using var home = await person.GetAsync("/");
        Assert.Equal("/account/change-password", home.RedirectTarget());
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.AccountCreated && a.EntityId == user.Id)));
    }

    [Fact]
    public async Task Post_CreateAccountTwice_Answers400AndKeepsTheFirst()
    {
        // Arrange
        var (staffId, userId, _) = await factory.CreateStaffWithAccountAsync("has.one");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await admin.GetDocumentAsync($"/admin/staff/{staffId}")).GetAntiforgeryToken();

        // Act
        using var response = await admin.PostFormAsync($"/admin/staff/{staffId}/account", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Test has.one already has an account", (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(userId, (await factory.FindUserAsync("has.one@example.org")).Id);
    }

    [Fact]
    public async Task Post_LockThenUnlock_RefusesThenAllowsSignInAndAudits()
    {
        // Arrange
        var (staffId, userId, email) = await factory.CreateStaffWithAccountAsync("lock.me");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var stampBefore = (await factory.FindUserAsync(email)).SecurityStamp;

        // Act
        using var locked = await PostActionAsync(admin, staffId, "lock");
        using var person = factory.CreateAnonymousClient();
        using var refused = await person.SignInThroughFormAsync(email, AccountTestData.Password);
        using var unlocked = await PostActionAsync(admin, staffId, "unlock");
        using var allowed = await person.SignInThroughFormAsync(email, AccountTestData.Password);

        // Assert
        Assert.Equal(HttpStatusCode.Found, locked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Found, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Found, allowed.StatusCode);
        Assert.NotEqual(stampBefore, (await factory.FindUserAsync(email)).SecurityStamp);
        var actions = (await factory.AuditEntriesAsync(q => q.Where(a => a.EntityId == userId && a.ActorEmail == DemoAccounts.Ade.Email))).Select(a => a.Action);
        Assert.Equal([AuditActions.AccountUnlocked, AuditActions.AccountLocked], actions);
    }

    [Fact]
    public async Task Post_ResetPassword_OldPasswordFailsNewOneMustBeChanged()
    {
        // Arrange
        var (staffId, userId, email) = await factory.CreateStaffWithAccountAsync("reset.me");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await PostActionAsync(admin, staffId, "reset-password");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = (await response.GetDocumentAsync()).GetSingle("[data-testid='one-time-password']").NormalisedText();
        using var person = factory.CreateAnonymousClient();
        using (var old = await person.SignInThroughFormAsync(email, AccountTestData.Password))
        {
            Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        }

        using (var fresh = await person.SignInThroughFormAsync(email, password))
        {
            Assert.Equal(HttpStatusCode.Found, fresh.StatusCode);
        }

        Assert.True((await factory.FindUserAsync(email)).MustChangePassword);
        Assert.Single(await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.PasswordReset && a.EntityId == userId)));
    }

    [Theory]
    [InlineData("lock")]
    [InlineData("unlock")]
    [InlineData("reset-password")]
    [InlineData("roles")]
    [InlineData("")]
    public async Task Post_AccountActionWithoutToken_Answers400AndChangesNothing(string action)
    {
        // Arrange
        var (staffId, _, email) = await factory.CreateStaffWithAccountAsync($"no.token.{action.Length}");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var stamp = (await factory.FindUserAsync(email)).SecurityStamp;

        // Act
        using var response = await admin.PostFormAsync($"/admin/staff/{staffId}/account/{action}".TrimEnd('/'), [new("roles", "Administrator")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(stamp, (await factory.FindUserAsync(email)).SecurityStamp);
    }

    [Theory]
    [InlineData("lock")]
    [InlineData("reset-password")]
    public async Task Post_ActionOnStaffWithoutAccount_Answers400WithTheReason(string action)
    {
        // Arrange
        var staffId = await NewStaffWithoutAccountAsync("No", "Account", $"no.account.{action}@example.org");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await PostActionAsync(admin, staffId, action);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This staff member has no account", (await response.GetDocumentAsync()).GetSingle(".govuk-error-summary").NormalisedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ActionOnUnknownStaffMember_Answers404()
    {
        // Arrange
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await admin.GetDocumentAsync("/admin/staff")).GetAntiforgeryToken("form[action='/account/sign-out']");

        // Act
        using var response = await admin.PostFormAsync("/admin/staff/999999/account/lock", [new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_Roles_GrantsAndRemovesAndAuditsEach()
    {
        // Arrange
        var (staffId, userId, email) = await factory.CreateStaffWithAccountAsync("roles.change");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await admin.GetDocumentAsync($"/admin/staff/{staffId}/account/roles")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await admin.PostFormAsync($"/admin/staff/{staffId}/account/roles", [new("roles", "Supervisor"), new("roles", "LearningAndDevelopment"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var roles = await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).Order().ToList();
        });
        Assert.Equal(["LearningAndDevelopment", "Supervisor"], roles);
        var entries = await factory.AuditEntriesAsync(q => q.Where(a => a.EntityType == "AccountRole" && a.EntityId!.StartsWith(userId)));
        Assert.Equal(3, entries.Count);
        Assert.Contains(entries, e => e.Action == AuditActions.RoleRemoved && e.EntityId == $"{userId}:Practitioner");
        Assert.Contains(entries, e => e.Action == AuditActions.RoleGranted && e.EntityId == $"{userId}:Supervisor");
    }

    [Fact]
    public async Task Post_RolesRemovingOwnAdministrator_Answers400AndKeepsTheRole()
    {
        // Arrange: an administrator with a staff record, acting on themselves.
        var (staffId, _, email) = await factory.CreateStaffWithAccountAsync("self.admin", roles: ["Practitioner", "Administrator"]);
        using var self = factory.CreateClientFor(new DemoAccount(email, "Test self.admin", ["Practitioner", "Administrator"], HasStaffRecord: true));
        var token = (await self.GetDocumentAsync($"/admin/staff/{staffId}/account/roles")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await self.PostFormAsync($"/admin/staff/{staffId}/account/roles", [new("roles", "Practitioner"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Error: You cannot remove your own Administrator role", document.GetSingle("#roles-error").NormalisedText());
        using var stillAdmin = await self.GetAsync("/admin/staff");
        Assert.Equal(HttpStatusCode.OK, stillAdmin.StatusCode);
    }

    [Fact]
    public async Task Post_RolesUnknownRole_Answers400()
    {
        // Arrange
        var (staffId, _, _) = await factory.CreateStaffWithAccountAsync("roles.bad");
        using var admin = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await admin.GetDocumentAsync($"/admin/staff/{staffId}/account/roles")).GetAntiforgeryToken("main form[method=post]");

        // Act
        using var response = await admin.PostFormAsync($"/admin/staff/{staffId}/account/roles", [new("roles", "SuperUser"), new(HtmlExtensions.AntiforgeryField, token)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: Select roles from the list", (await response.GetDocumentAsync()).GetSingle("#roles-error").NormalisedText());
    }

    private static async Task<HttpResponseMessage> PostActionAsync(HttpClient admin, int staffId, string action)
    {
        var token = (await admin.GetDocumentAsync($"/admin/staff/{staffId}")).GetAntiforgeryToken("form[action='/account/sign-out']");
        return await admin.PostFormAsync($"/admin/staff/{staffId}/account/{action}", [new(HtmlExtensions.AntiforgeryField, token)]);
    }

    private async Task<int> NewStaffWithoutAccountAsync(string given, string family, string email)
    {
        var (staffId, _, existing) = await factory.CreateStaffWithAccountAsync(email.Split('@')[0] + ".tmp");
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(existing))!;
            await users.DeleteAsync(user);
            var db = sp.GetRequiredService<CpdPortal.Infrastructure.Persistence.CpdPortalDbContext>();
            var staff = db.StaffMembers.Single(s => s.Id == staffId);
            staff.ChangeDetails(staff.StaffNumber, given, family, email, staff.EmploymentType, staff.StartDate);
            return await db.SaveChangesAsync();
        });
        return staffId;
    }
}
