using System.Net;
using CpdPortal.Domain.Certifications;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Certifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>The portal with a hook that saves the same certification award as another L&amp;D officer's mark would, just before the app saves its own.</summary>
public sealed class AttendanceRaceFactory : CpdPortalFactory
{
    public RivalAwardInterceptor Rival { get; } = new();

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

/// <summary>When armed, writes a copy of the next new certification award (behind EF's back) just before it is saved.</summary>
public sealed class RivalAwardInterceptor : SaveChangesInterceptor
{
    private int _armed;

    public int Fired { get; private set; }

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        var award = context?.ChangeTracker.Entries<CertificationAward>().FirstOrDefault(e => e.State == EntityState.Added);
        if (context is not null && award is not null && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            // Every column as the provider stores it, without the key and without the (unsaved) activity.
            var columns = award.Properties
                .Where(p => !p.Metadata.IsPrimaryKey() && p.Metadata.Name != nameof(CertificationAward.CpdActivityId))
                .Select(p => (Name: p.Metadata.GetColumnName(), Value: p.Metadata.GetTypeMapping().Converter?.ConvertToProvider(p.CurrentValue) ?? p.CurrentValue))
                .ToList();
            var sql = $"INSERT INTO \"CertificationAwards\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"{{{i}}}"))})";
            await context.Database.ExecuteSqlRawAsync(sql, columns.Select(c => c.Value!), cancellationToken);
            Fired++;
        }

        return result;
    }
}

/// <summary>
/// Two attendance marks that grant the same person the same certification on the same day at once: the database's
/// unique index catches the second award, and the mark answers as the first did, never a 500 (issue 15).
/// </summary>
public sealed class AttendanceRaceTests(AttendanceRaceFactory factory) : IClassFixture<AttendanceRaceFactory>
{
    [Fact]
    public async Task PostAttendance_SameAwardSavedDuringTheSave_CompletesOnceWithOneAward()
    {
        // Arrange: Jo booked on a safeguarding session that ended today; a rival award lands just before the save.
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var safeguarding = await factory.CertificationIdAsync(CertificationTestData.Safeguarding);
        var course = await factory.CourseIdAsync("Safeguarding children: level 3");
        var session = await factory.AddSessionAsync(course, TimeSpan.FromHours(-4));
        var booking = await factory.AddBookingAsync(session, jo);
        var before = (await factory.AwardsAsync(jo, safeguarding)).Count;
        var activitiesBefore = await factory.WithDbAsync(db => db.CpdActivities.CountAsync(a => a.StaffMemberId == jo && a.CourseId == course));
        factory.Rival.Arm();

        // Act
        using var response = await lee.PostWithTokenAsync($"/learning/sessions/{session.Text()}/attendance", ("bookingId", booking.Text()), ("attended", "true"));

        // Assert
        Assert.Equal(1, factory.Rival.Fired);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var page = await lee.GetDocumentAsync($"/learning/sessions/{session.Text()}");
        Assert.Contains("Attendance marked: the course is in their CPD record with a certificate", page.GetSingle("[data-testid='flash']").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(before + 1, (await factory.AwardsAsync(jo, safeguarding)).Count);
        var marked = Assert.Single(await factory.BookingsAsync(session));
        Assert.Equal(Domain.Training.Attendance.Attended, marked.Attendance);
        Assert.NotNull(marked.CompletedOn);
        Assert.NotNull(marked.CertificateCode);
        Assert.Equal(activitiesBefore + 1, await factory.WithDbAsync(db => db.CpdActivities.CountAsync(a => a.StaffMemberId == jo && a.CourseId == course)));
    }
}
