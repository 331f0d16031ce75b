using CpdPortal.Application.Common;
using CpdPortal.Application.Reports;

namespace CpdPortal.Web.Features.Reports;

/// <summary>
/// Runs a report's query class (numbers only, Application/Reports) and turns its figures into the page's text with
/// the report's formatter (<c>*ReportText</c>): the one place that pairs them. Figures for the whole council (no team
/// chosen) of a council with more than <see cref="CouncilWideFiguresOptions.LiveFiguresUpToStaff"/> staff records come
/// from <see cref="CouncilWideFigures"/>, which keeps them for a few minutes and says when they were worked out
/// (docs/adr/0041); a team's figures are always worked out live.
/// </summary>
public sealed class ReportPages(
    ICpdPortalDbContext db,
    TimeProvider clock,
    CouncilWideFigures councilWide,
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
    /// <summary>The report for the filter: live for a team, or the whole council's kept figures with the time they were worked out.</summary>
    public async Task<Report> BuildAsync(ReportKind kind, ReportFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.TeamId is not null || !ReportKinds.FiltersStaff(kind) || !await councilWide.KeepsFiguresAsync(db, ct))
        {
            return await WorkOutAsync(kind, filter, ct);
        }

        var key = await KeyAsync(kind, filter, ct);
        var kept = await councilWide.GetAsync(key, services => services.GetRequiredService<ReportPages>().WorkOutAsync(kind, filter, CancellationToken.None), Cells, ct);
        return kept.Value with { FiguresAsAt = kept.WorkedOutAt };
    }

    /// <summary>The index: each report's headline for the current year and all staff (kept like a council-wide report).</summary>
    public async Task<ReportIndex> HeadlinesAsync(CancellationToken ct)
    {
        if (!await councilWide.KeepsFiguresAsync(db, ct))
        {
            return new ReportIndex(await WorkOutHeadlinesAsync(ct), null);
        }

        var key = await KeyAsync(null, null, ct);
        var kept = await councilWide.GetAsync(key, services => services.GetRequiredService<ReportPages>().WorkOutHeadlinesAsync(CancellationToken.None), h => h.Count, ct);
        return new ReportIndex(kept.Value, kept.WorkedOutAt);
    }

    /// <summary>How long council-wide figures are kept once worked out.</summary>
    public TimeSpan KeptFor => councilWide.Options.CouncilWideFiguresKeptFor;

    /// <summary>What kept figures depend on besides the data: the report, the filter, today (the reference day) and the settings that shape the figures and their words.</summary>
    private async Task<KeptReportKey> KeyAsync(ReportKind? kind, ReportFilter? filter, CancellationToken ct)
    {
        var settings = await db.PortalSettingsAsync(ct);
        return new KeptReportKey(kind, filter, clock.UkToday(), new ReportSettings(
            settings.LearningYearStartMonth,
            settings.LearningYearStartDay,
            settings.EntitlementDays,
            settings.WorkingDayHours,
            settings.EntitlementProRata,
            settings.RegistrationYearStartMonth,
            settings.RegistrationYearStartDay,
            settings.RegistrationMinimumEntries,
            settings.RegistrationPeerReflectionRequired));
    }

    /// <summary>How much of the memory limit a report takes: its table cells, bars and notes.</summary>
    private static int Cells(Report report) =>
        report.Tables.Sum(t => (t.Rows.Count + 1) * t.Columns.Count) + report.Chart.Bars.Count + report.Notes.Count;

    private async Task<Report> WorkOutAsync(ReportKind kind, ReportFilter filter, CancellationToken ct) => kind switch
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
    private async Task<IReadOnlyList<ReportHeadline>> WorkOutHeadlinesAsync(CancellationToken ct)
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

    private sealed record ReportSettings(int YearMonth, int YearDay, decimal EntitlementDays, decimal DayHours, bool ProRata, int RegistrationMonth, int RegistrationDay, int MinimumEntries, bool PeerReflection);

    private sealed record KeptReportKey(ReportKind? Kind, ReportFilter? Filter, DateOnly Today, ReportSettings Settings);
}

/// <summary>The reports index: each report's headline, and when they were worked out if they are kept figures (null: live).</summary>
public sealed record ReportIndex(IReadOnlyList<ReportHeadline> Headlines, DateTimeOffset? FiguresAsAt);
