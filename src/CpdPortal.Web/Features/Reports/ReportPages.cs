using CpdPortal.Application.Reports;

namespace CpdPortal.Web.Features.Reports;

/// <summary>
/// Runs a report's query class (numbers only, Application/Reports) and turns its figures into the page's text with
/// the report's formatter (<c>*ReportText</c>): the one place that pairs them.
/// </summary>
public sealed class ReportPages(
    EntitlementReportQuery entitlement,
    PlansReportQuery plans,
    SupervisionReportQuery supervision,
    RegistrationReportQuery registration,
    CoursesReportQuery courses,
    MappingCoverageReportQuery mappingCoverage,
    StagesReportQuery stages,
    StagesOverTimeReportQuery stagesOverTime,
    WorkforceReportQuery workforce,
    ReportHeadlinesQuery headlines)
{
    public async Task<Report> BuildAsync(ReportKind kind, ReportFilter filter, CancellationToken ct) => kind switch
    {
        ReportKind.Entitlement => EntitlementReportText.Format(await entitlement.RunAsync(filter, ct)),
        ReportKind.Plans => PlansReportText.Format(await plans.RunAsync(filter, ct)),
        ReportKind.Supervision => SupervisionReportText.Format(await supervision.RunAsync(filter, ct)),
        ReportKind.Registration => RegistrationReportText.Format(await registration.RunAsync(filter, ct)),
        ReportKind.Courses => CoursesReportText.Format(await courses.RunAsync(filter, ct)),
        ReportKind.MappingCoverage => MappingCoverageReportText.Format(await mappingCoverage.RunAsync(ct)),
        ReportKind.Stages => StagesReportText.Format(await stages.RunAsync(filter, ct)),
        ReportKind.StagesOverTime => StagesOverTimeReportText.Format(await stagesOverTime.RunAsync(filter, ct)),
        ReportKind.Workforce => WorkforceReportText.Format(await workforce.RunAsync(filter, ct)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The index: each report's headline, worded by the report's own formatter.</summary>
    public async Task<IReadOnlyList<ReportHeadline>> HeadlinesAsync(CancellationToken ct)
    {
        var figures = await headlines.RunAsync(ct);
        var (settings, today) = (figures.Scope.Settings, figures.Scope.ReferenceDay);
        return
        [
            Headline(ReportKind.Entitlement, EntitlementReportText.Headline(figures.Entitlement, settings)),
            Headline(ReportKind.Plans, PlansReportText.Headline(figures.Plans)),
            Headline(ReportKind.Supervision, SupervisionReportText.Headline(figures.Supervision, today)),
            Headline(ReportKind.Registration, RegistrationReportText.Headline(figures.Registration, today)),
            Headline(ReportKind.Courses, CoursesReportText.Headline(figures.Courses)),
            Headline(ReportKind.MappingCoverage, MappingCoverageReportText.Headline(figures.MappingCoverage)),
            Headline(ReportKind.Stages, StagesReportText.Headline(figures.Stages)),
            Headline(ReportKind.StagesOverTime, StagesOverTimeReportText.Headline(figures.StagesOverTime)),
            Headline(ReportKind.Workforce, WorkforceReportText.Headline(figures.Workforce, today)),
        ];
    }

    private static ReportHeadline Headline(ReportKind kind, string headline) => new(kind, ReportText.Title(kind), headline);
}
