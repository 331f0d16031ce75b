using System.Globalization;
using CpdPortal.Domain.Training;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>Database look-ups and forms shared by the learning and development tests.</summary>
internal static class LearningTestData
{
    public static Dictionary<string, string> ValidCourseForm(string title) => new()
    {
        ["Title"] = title,
        ["Summary"] = "Planning the first visit with a family.",
        ["External"] = "false",
        ["Provider"] = string.Empty,
        ["Delivery"] = "FaceToFace",
        ["VleLink"] = string.Empty,
        ["Hours"] = "7.4",
        ["Certificated"] = "true",
        ["CreditsDescription"] = string.Empty,
        ["Credits"] = string.Empty,
    };

    public static Task<int> CourseIdAsync(this CpdPortalFactory factory, string title) =>
        factory.QueryAsync(db => db.Courses.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());

    public static Task<Course?> FindCourseAsync(this CpdPortalFactory factory, int id) =>
        factory.QueryAsync(db => db.Courses.AsNoTracking().Include(c => c.Tags).Include(c => c.Roles).Include(c => c.Mappings).SingleOrDefaultAsync(c => c.Id == id));

    public static Task<int> CourseCountAsync(this CpdPortalFactory factory) => factory.QueryAsync(db => db.Courses.CountAsync());

    public static Task<int> TagIdAsync(this CpdPortalFactory factory, string name) =>
        factory.QueryAsync(db => db.PracticeTags.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    public static Task<int> RoleIdAsync(this CpdPortalFactory factory, string title) =>
        factory.QueryAsync(db => db.PathwayRoles.Where(r => r.Title == title).Select(r => r.Id).SingleAsync());

    /// <summary>Adds a course straight to the database (face to face, 7.4 hours, certificated) and returns its id.</summary>
    public static Task<int> AddCourseAsync(this CpdPortalFactory factory, string title, decimal hours = 7.4m) =>
        factory.QueryAsync(async db =>
        {
            var course = new Course(new CourseDetails(title, "A test course.", false, null, CourseDelivery.FaceToFace, null, hours, true, null, null, [], [], []));
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            return course.Id;
        });

    public static string Text(this int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Runs a change on a tracked entity and saves it.</summary>
    public static Task ChangeAsync(this CpdPortalFactory factory, Func<CpdPortalDbContext, Task> change) =>
        factory.QueryAsync(async db =>
        {
            await change(db);
            await db.SaveChangesAsync();
            return 0;
        });
}

/// <summary>Sessions and bookings arranged straight in the database.</summary>
internal static class SessionTestData
{
    /// <summary>
    /// Adds a session of the course starting <paramref name="startsIn"/> from the factory's clock (negative: it has
    /// started), scheduled a month earlier so the domain accepts it, and returns its id.
    /// </summary>
    public static Task<int> AddSessionAsync(this CpdPortalFactory factory, int courseId, TimeSpan startsIn, int capacity = 10, double hours = 3) =>
        factory.QueryAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow();
            var starts = now.Add(startsIn);
            var course = await db.Courses.SingleAsync(c => c.Id == courseId);
            var session = new CourseSession(course, new SessionDetails(starts, starts.AddHours(hours), "Civic Centre", null, capacity, "Lee Harris"), DateOnly.FromDateTime(starts.AddDays(-30).UtcDateTime), starts.AddDays(-30));
            db.CourseSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    /// <summary>Books the staff member onto the session as if they had booked before it started; returns the booking id.</summary>
    public static Task<int> AddBookingAsync(this CpdPortalFactory factory, int sessionId, int staffMemberId) =>
        factory.QueryAsync(async db =>
        {
            var session = await db.CourseSessions.Include(s => s.Bookings).SingleAsync(s => s.Id == sessionId);
            var booking = session.Book(staffMemberId, false, [], session.StartsAt.AddDays(-1).AddMinutes(session.Bookings.Count));
            await db.SaveChangesAsync();
            return booking.Id;
        });

    public static Task<List<Booking>> BookingsAsync(this CpdPortalFactory factory, int sessionId) =>
        factory.QueryAsync(db => db.Bookings.AsNoTracking().Where(b => b.SessionId == sessionId).OrderBy(b => b.Id).ToListAsync());

    /// <summary>Any synthetic member of staff with no demo account, by position (for filling sessions).</summary>
    public static Task<List<int>> OtherStaffAsync(this CpdPortalFactory factory, int count) =>
        factory.QueryAsync(db => db.StaffMembers
            .Where(s => s.LeaveDate == null && !s.Email.StartsWith("sam.") && !s.Email.StartsWith("jo.") && !s.Email.StartsWith("alex.") && !s.Email.StartsWith("chris.") && !s.Email.StartsWith("lee."))
            .OrderBy(s => s.Id)
            .Take(count)
            .Select(s => s.Id)
            .ToListAsync());
}
