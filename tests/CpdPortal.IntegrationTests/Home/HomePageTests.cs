using CpdPortal.Infrastructure.Persistence;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Home;

/// <summary>The role-aware home page, per demo account (signed in through the test scheme).</summary>
public sealed class HomePageTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Practitioner = "[data-testid=practitioner-summary]";
    private const string Supervisor = "[data-testid=supervisor-summary]";
    private const string Learning = "[data-testid=learning-summary]";
    private const string Administrator = "[data-testid=administrator-summary]";

    public static TheoryData<string> Accounts => [.. DemoAccounts.All.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Get_AnyAccount_WelcomesByDisplayName(string email)
    {
        // Arrange
        var account = DemoAccounts.All.Single(a => a.Email == email);
        using var client = factory.CreateClientFor(account);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        Assert.Equal($"Welcome, {account.DisplayName}", document.GetSingle("main h1").NormalisedText());
    }

    [Fact]
    public async Task Get_Sam_ShowsHerPractitionerRecordOnly()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Sam);
        var registration = await RegistrationNumberOfAsync(DemoAccounts.Sam.Email);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var me = document.GetSingle(Practitioner);
        Assert.Equal("Protection and Court Team", me.SummaryValue("Team"));
        Assert.Equal("Alex Morgan", me.SummaryValue("Supervisor"));
        Assert.NotNull(registration);
        Assert.Equal(registration, me.SummaryValue("Social Work England registration"));
        Assert.Equal("Permanent, since 22 August 2026", me.SummaryValue("Employment")); // seeded 3 months before the fixed clock
        var pathway = me.NormalisedText();
        Assert.Contains("You are a Newly qualified social worker (ASYE) on the Children's social care pathway.", pathway, StringComparison.Ordinal);
        Assert.Contains("Your next step: Social worker.", pathway, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll($"{Supervisor}, {Learning}, {Administrator}"));
    }

    [Fact]
    public async Task Get_Jo_ShowsNotRegisteredAndTheCommonCoreOnly()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Jo);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var me = document.GetSingle(Practitioner);
        Assert.Equal("Not a registered social worker", me.SummaryValue("Social Work England registration"));
        Assert.Equal("Early Help 5–19", me.SummaryValue("Team"));
        Assert.Equal("Chris Lee", me.SummaryValue("Supervisor"));
        var frameworks = me.QuerySelectorAll("ul.govuk-list li").Select(li => li.NormalisedText()).ToList();
        var framework = Assert.Single(frameworks);
        Assert.Equal("Common Core of Skills and Knowledge (version 1): 6 areas", framework);
        Assert.Empty(document.QuerySelectorAll($"{Supervisor}, {Learning}, {Administrator}"));
    }

    [Theory]
    [InlineData("alex.morgan@demo.test", "Sam Patel", "Jo Okafor")]
    [InlineData("chris.lee@demo.test", "Jo Okafor", "Sam Patel")]
    public async Task Get_Supervisor_ListsOwnSuperviseesOnly(string supervisor, string supervisee, string someoneElses)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.All.Single(a => a.Email == supervisor));

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var section = document.GetSingle(Supervisor);
        var names = section.QuerySelectorAll("tbody tr th[scope=row]").Select(th => th.NormalisedText()).ToList();
        Assert.Contains(supervisee, names);
        Assert.DoesNotContain(someoneElses, names);
        Assert.DoesNotContain(someoneElses, section.NormalisedText(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(Practitioner));
        Assert.Empty(document.QuerySelectorAll($"{Learning}, {Administrator}"));
    }

    [Fact]
    public async Task Get_Lee_ShowsTheFrameworksSummary()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var learning = document.GetSingle(Learning);
        Assert.Equal("3, with 25 competence areas", learning.SummaryValue("Competence frameworks"));
        Assert.Equal("1, with 10 roles", learning.SummaryValue("Career pathways"));
        Assert.NotNull(document.QuerySelector(Practitioner));
        Assert.Empty(document.QuerySelectorAll($"{Supervisor}, {Administrator}"));
    }

    [Fact]
    public async Task Get_Ade_ShowsTheWorkforceAndNoPractitionerRecord()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync("/");

        // Assert
        var admin = document.GetSingle(Administrator);
        var teams = admin.QuerySelectorAll("table tbody tr th[scope=row]").Select(th => th.NormalisedText()).ToList();
        Assert.Equal(DemoCouncilSeeder.Teams.Select(t => t.Name).Order(StringComparer.Ordinal), teams);
        Assert.True(int.Parse(admin.SummaryValue("Current staff"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Empty(document.QuerySelectorAll($"{Practitioner}, {Supervisor}, {Learning}"));
    }

    private async Task<string?> RegistrationNumberOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        return await db.StaffMembers.Where(s => s.Email == email).Select(s => s.RegistrationNumber).SingleAsync();
    }
}
