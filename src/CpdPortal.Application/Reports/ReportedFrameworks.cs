using CpdPortal.Application.Common;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Application.Reports;

/// <summary>
/// The one place that chooses which competence frameworks the reports count (mapping coverage, stages over time):
/// today the published ones. When frameworks get versions, narrow this to the current published version per code
/// and every report follows.
/// </summary>
internal static class ReportedFrameworks
{
    public static IQueryable<CompetenceFramework> Current(ICpdPortalDbContext db) =>
        db.CompetenceFrameworks.Where(f => f.PublishedOn != null);
}
