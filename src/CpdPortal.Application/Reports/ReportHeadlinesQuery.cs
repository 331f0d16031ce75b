using CpdPortal.Application.Common;

namespace CpdPortal.Application.Reports;

/// <summary>The figures behind each report's headline on the index, for the current learning year and all staff.</summary>
public sealed record ReportHeadlines(
    ReportScope Scope,
    EntitlementHeadline Entitlement,
    PlansHeadline Plans,
    SupervisionHeadline Supervision,
    RegistrationHeadline Registration,
    CoursesHeadline Courses,
    MappingCoverageHeadline MappingCoverage,
    StagesHeadline Stages,
    StagesOverTimeCounts StagesOverTime,
    WorkforceHeadline Workforce);

/// <summary>
/// The reports index: each headline from the same lean query its report uses for it (counted in the database where the
/// rule allows), never from building the full reports: the shared head counts (plans, stages, workforce) in one
/// aggregate row, and one command for each other headline.
/// </summary>
public sealed class ReportHeadlinesQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<ReportHeadlines> RunAsync(CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var today = clock.UkToday();
        var filter = new ReportFilter(settings.LearningYear.PeriodContaining(today).Start.Year, null, null, null, null);
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var headcount = await ReportHeadcounts.ForAsync(db, scope, filter, ct);
        return new ReportHeadlines(
            scope,
            EntitlementReportQuery.Headline(await EntitlementReportQuery.PeopleAsync(db, scope, filter, ct)),
            PlansReportQuery.Headline(headcount),
            SupervisionReportQuery.Headline(await SupervisionReportQuery.DueAsync(db, scope, filter, ct)),
            await RegistrationReportQuery.HeadlineAsync(db, scope, filter, ct),
            CoursesReportQuery.Headline((await CoursesReportQuery.OutcomesByCourseAsync(db, filter, scope.Year, ct)).Values),
            await MappingCoverageReportQuery.HeadlineAsync(db, today, ct),
            StagesReportQuery.Headline(headcount),
            await StagesOverTimeReportQuery.CountsAsync(db, scope, filter, ct),
            WorkforceReportQuery.Headline(headcount));
    }
}
