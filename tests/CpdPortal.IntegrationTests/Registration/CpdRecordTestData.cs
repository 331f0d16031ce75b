using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Registration;

/// <summary>Reads and adds CPD activities straight in the test app's database, for the registration and export tests.</summary>
internal static class CpdRecordTestData
{
    /// <summary>A not-deleted activity as the database holds it.</summary>
    public sealed record ActivityRow(int Id, string Title, DateOnly Date, ActivityStatus Status, bool HasPeerReflection);

    /// <summary>Every not-deleted activity of a demo account's staff record.</summary>
    public static Task<List<ActivityRow>> ActivitiesOfAsync(CpdPortalFactory factory, DemoAccount account) =>
        factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ICpdPortalDbContext>();
            var staffId = await StaffIdAsync(db, account);
            return await db.CpdActivities
                .Where(a => a.StaffMemberId == staffId && a.DeletedAt == null)
                .OrderBy(a => a.Date)
                .Select(a => new ActivityRow(a.Id, a.Title, a.Date, a.Status, a.PeerReflection != null))
                .ToListAsync();
        });

    /// <summary>Adds an activity for a demo account (deleted straight away if asked) and returns its id.</summary>
    public static Task<int> AddActivityAsync(
        CpdPortalFactory factory,
        DemoAccount account,
        string title,
        DateOnly date,
        ActivityStatus status = ActivityStatus.Complete,
        bool deleted = false,
        string description = "A description of the learning.",
        string? peerName = null,
        string? peerReflection = null) =>
        factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ICpdPortalDbContext>();
            var staffId = await StaffIdAsync(db, account);
            var method = await db.CpdMethods.OrderBy(m => m.Order).FirstAsync();
            var now = factory.Clock.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var details = new ActivityDetails(
                method.Id,
                title,
                date,
                null,
                2m,
                description,
                "What was learnt.",
                "The impact on practice.",
                peerName,
                peerReflection,
                false,
                status,
                []);
            var activity = CpdActivity.Record(staffId, details, today, now);
            db.CpdActivities.Add(activity);
            await db.SaveChangesAsync();
            if (deleted)
            {
                activity.Delete(now);
                await db.SaveChangesAsync();
            }

            return activity.Id;
        });

    private static Task<int> StaffIdAsync(ICpdPortalDbContext db, DemoAccount account) =>
        db.StaffMembers.Where(s => s.Email == account.Email).Select(s => s.Id).SingleAsync();
}
