using CpdPortal.Application.Common;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Training;

/// <summary>Course queries the catalogue, the staff pages, sessions and the mapping grid share.</summary>
internal static class CourseQueries
{
    public const int SearchMaxLength = 100;

    /// <summary>Courses still offered on <paramref name="today"/>: not retired, or retired from a later day.</summary>
    public static IQueryable<Course> Offered(this IQueryable<Course> courses, DateOnly today) =>
        courses.Where(c => c.RetiredOn == null || c.RetiredOn > today);

    /// <summary>The search box: every word (up to five) must appear in the title or the provider, in any case.</summary>
    public static IQueryable<Course> Matching(this IQueryable<Course> courses, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return courses;
        }

        var trimmed = search.Trim();
        var words = trimmed[..Math.Min(trimmed.Length, SearchMaxLength)]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(5);
        foreach (var word in words)
        {
            var pattern = TextSearch.ContainsPattern(word);
            courses = courses.Where(c => EF.Functions.Like(c.Title.ToLower(), pattern, TextSearch.Escape) || EF.Functions.Like(c.Provider.ToLower(), pattern, TextSearch.Escape));
        }

        return courses;
    }

    /// <summary>The offered courses as choices for a select, by title.</summary>
    public static Task<List<Choice>> OfferedChoicesAsync(ICpdPortalDbContext db, DateOnly today, CancellationToken ct) =>
        db.Courses.Offered(today).OrderBy(c => c.Title).Select(c => new Choice(c.Id, c.Title)).ToListAsync(ct);

    /// <summary>The cells a course is mapped to, by framework, area order and stage.</summary>
    public static Task<List<MappedCell>> CellsAsync(ICpdPortalDbContext db, int courseId, CancellationToken ct) =>
        db.Courses
            .Where(c => c.Id == courseId)
            .SelectMany(c => c.Mappings)
            .OrderBy(m => m.Area!.FrameworkId)
            .ThenBy(m => m.Area!.Order)
            .ThenBy(m => m.Stage)
            .Select(m => new MappedCell(m.AreaId, m.Area!.Framework!.Name, m.Area.FrameworkId, m.Area.Name, m.Area.Order, m.Stage))
            .ToListAsync(ct);
}
