using System.Net;
using CpdPortal.Domain.Survey;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Survey;

/// <summary>
/// The portal with a hook that opens a competing survey round just before the app saves its own, as a second L&amp;D
/// officer would between the service's check and its save.
/// </summary>
public sealed class SurveyRaceFactory : CpdPortalFactory
{
    public RivalRoundInterceptor Rival { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            if (IsPostgreSql)
            {
                services.ConfigureDbContext<PostgreSqlCpdPortalDbContext>(o => o.AddInterceptors(Rival));
            }
            else
            {
                services.ConfigureDbContext<SqliteCpdPortalDbContext>(o => o.AddInterceptors(Rival));
            }
        });
    }
}

/// <summary>When armed, inserts a round open from today (behind EF's back) as the next new round is about to be saved.</summary>
public sealed class RivalRoundInterceptor : SaveChangesInterceptor
{
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        if (context is not null
            && context.ChangeTracker.Entries<SurveyRound>().Any(e => e.State == EntityState.Added)
            && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"SurveyRounds\" (\"Title\", \"OpenedOn\", \"ClosingDate\") VALUES ({0}, {1}, {2})",
                ["Opened in another tab", SurveyTestData.Today, SurveyTestData.Today.AddDays(10)],
                cancellationToken);
        }

        return result;
    }
}

/// <summary>
/// "One open survey round at a time" is a database rule on every provider (docs/adr/0015): rounds may not take answers
/// on the same day, whoever writes them, and a race the database catches reads as the form's usual message.
/// </summary>
public sealed class SurveyRoundGuardTests(SurveyRaceFactory factory) : IClassFixture<SurveyRaceFactory>
{
    [Fact]
    public async Task SaveChanges_RoundOverlappingTheOpenOne_IsRefusedByTheDatabase()
    {
        // Arrange: an open round, and a second one written straight to the database, past the service's check.
        var open = await factory.EnsureOpenRoundAsync();
        var before = await factory.WithDbAsync(db => db.SurveyRounds.CountAsync());

        // Act
        var refused = await Record.ExceptionAsync(() => factory.WithDbAsync(db =>
        {
            db.SurveyRounds.Add(SurveyRound.Past("Behind the service's back", SurveyTestData.Today.AddDays(-3), SurveyTestData.Today.AddDays(3)));
            return db.SaveChangesAsync();
        }));

        // Assert
        Assert.IsType<DbUpdateException>(refused);
        Assert.Equal(before, await factory.WithDbAsync(db => db.SurveyRounds.CountAsync()));
        Assert.True(await factory.WithDbAsync(db => db.SurveyRounds.AnyAsync(r => r.Id == open && r.ClosedEarlyOn == null)));
    }

    [Fact]
    public async Task SaveChanges_RoundThatEndedBeforeTheOpenOne_IsAccepted()
    {
        // Arrange
        await factory.EnsureOpenRoundAsync();

        // Act
        var saved = await factory.WithDbAsync(db =>
        {
            db.SurveyRounds.Add(SurveyRound.Past("Spring check-in", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)));
            return db.SaveChangesAsync();
        });

        // Assert
        Assert.Equal(1, saved);
    }

    [Fact]
    public async Task PostNew_AnotherRoundOpensDuringTheSave_Answers400WithTheFormMessage()
    {
        // Arrange: nothing open when the service checks; a rival round lands just before the save.
        await factory.CloseOpenRoundsAsync();
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        var token = await client.GetAntiforgeryTokenAsync();
        factory.Rival.Arm();

        // Act
        using var response = await client.PostFormAsync("/learning/survey/new",
        [
            new("Title", "Opened at the same moment"),
            new("ClosingDate.Day", "31"),
            new("ClosingDate.Month", "12"),
            new("ClosingDate.Year", "2026"),
            new(HtmlExtensions.AntiforgeryField, token),
        ]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([SurveyRound.OneOpenMessage], (await response.GetDocumentAsync()).ErrorSummaryMessages());
        var titles = await factory.WithDbAsync(db => db.SurveyRounds.Where(r => r.ClosedEarlyOn == null && r.ClosingDate >= SurveyTestData.Today).Select(r => r.Title).ToListAsync());
        Assert.Equal(["Opened in another tab"], titles);
    }
}
