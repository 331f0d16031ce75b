using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Errors;

/// <summary>The 403, 404 and 500 pages: GOV.UK-styled, with a reference, never showing what was refused or why it failed.</summary>
public sealed class ErrorPageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_PractitionerOnAdministratorPage_Answers403PermissionPageOnly()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync("/test-only/administrator");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.DoesNotContain(TestOnlyAdministratorController.Secret, document.Source.Text, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("link[rel=stylesheet][href^='/dist/site.css']"));
        var main = document.GetSingle("main#main-content");
        Assert.Equal("You do not have permission to view this page", main.GetSingle("h1.govuk-heading-l").NormalisedText());
        var paragraphs = main.QuerySelectorAll("p").Select(p => p.NormalisedText()).ToList();
        Assert.Equal(
            ["If you think you should have access, ask your system administrator.", "Go to your home page"],
            paragraphs.Take(2));
        Assert.Matches(ErrorPage.ReferencePattern(), main.GetSingle("[data-testid=correlation-id]").NormalisedText());
        Assert.Equal(3, paragraphs.Count);
        Assert.Empty(main.QuerySelectorAll("form, table, dl, ul"));
    }

    [Fact]
    public async Task Get_AdministratorOnAdministratorPage_Answers200()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync("/test-only/administrator");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestOnlyAdministratorController.Secret, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_ActionThrows_Answers500WithReferenceAndNoDetail()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync("/test-only/throw");

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Sorry, there is a problem with the service", document.GetSingle("main h1").NormalisedText());
        var reference = ErrorPage.ReferencePattern().Match(document.GetSingle("[data-testid=correlation-id]").NormalisedText());
        Assert.True(reference.Success, "The 500 page shows no reference.");
        ErrorPage.AssertNoExceptionDetail(document.Source.Text);

        // The reference is the one in the log line, which carries the exception for the support team.
        Assert.Contains(
            factory.Logs.Entries,
            e => e.Contains(reference.Groups["id"].Value, StringComparison.Ordinal) && e.Contains(TestOnlyController.ExceptionMessage, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/error/500")]
    [InlineData("/error/403")]
    [InlineData("/error/404")]
    [InlineData("/error")]
    public async Task Get_ErrorPageTypedDirectly_Answers404(string path)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Page not found", document.GetSingle("main h1").NormalisedText());
    }

    [Fact]
    public async Task Get_UnknownPathSignedIn_Answers404Page()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        using var response = await client.GetAsync("/no/such/page");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Page not found", document.GetSingle("main h1").NormalisedText());
        Assert.NotNull(document.QuerySelector("main a[href='/']"));
        Assert.Matches(ErrorPage.ReferencePattern(), document.GetSingle("[data-testid=correlation-id]").NormalisedText());
    }

    [Theory]
    [InlineData("/signin-oidc")]
    [InlineData("/signout-callback-oidc")]
    public async Task Get_SingleSignOnCallbackWhileSingleSignOnIsOff_Answers404(string path)
    {
        // Arrange: the demo council has no identity provider configured.
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync(path);

        // Assert: like any other path with no page, not a detour through the sign-in page.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
