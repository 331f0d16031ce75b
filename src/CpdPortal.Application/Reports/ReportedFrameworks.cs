using CpdPortal.Application.Common;
using CpdPortal.Application.Frameworks;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Application.Reports;

/// <summary>
/// The one place that chooses which competence frameworks the reports count (mapping coverage, stages over time,
/// the index's coverage headline): the version of each framework in force today (ADR 0013), so a superseded version's
/// areas never show as extra rows or extra gaps.
/// </summary>
internal static class ReportedFrameworks
{
    public static IQueryable<CompetenceFramework> Current(ICpdPortalDbContext db) => db.CompetenceFrameworks.Current();
}
