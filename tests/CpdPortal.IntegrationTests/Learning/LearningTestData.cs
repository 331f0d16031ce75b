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
