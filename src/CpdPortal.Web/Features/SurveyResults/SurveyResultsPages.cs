using CpdPortal.Application.Common;
using CpdPortal.Application.Survey;
using CpdPortal.Web.Features.Reports;

namespace CpdPortal.Web.Features.SurveyResults;

/// <summary>
/// The survey results page and its CSV: the form, read on every request, and the figures. With no team chosen (all
/// teams, any round, any role) they are council-wide figures and, at a council with more than
/// <see cref="CouncilWideFiguresOptions.LiveFiguresUpToStaff"/> staff records, come from
/// <see cref="CouncilWideFigures"/>, kept for a few minutes like every other council-wide report (docs/adr/0041);
/// a team's figures are always worked out live.
/// </summary>
public sealed class SurveyResultsPages(ICpdPortalDbContext db, TimeProvider clock, SurveyResultsService results, CouncilWideFigures councilWide)
{
    /// <summary>The page for the address's choice: live for a team, or the council's kept figures with the time they were worked out.</summary>
    public async Task<SurveyResultsViewModel> BuildAsync(SurveyResultsQuery query, CancellationToken ct)
    {
        var form = await results.ReadFormAsync(query, ct);
        var keptFor = councilWide.Options.CouncilWideFiguresKeptFor;
        if (form.Round is not { } round || form.TeamId is not null || !await councilWide.KeepsFiguresAsync(db, ct))
        {
            return new SurveyResultsViewModel(form, await results.FiguresAsync(form, ct), null, keptFor);
        }

        // The checked round, never the address's: "the latest" becomes a new round the moment one is opened.
        var key = new KeptSurveyKey(round.Id, round.StaffCountedOn, form.PathwayRoleId, clock.UkToday());
        var kept = await councilWide.GetAsync(key, services => services.GetRequiredService<SurveyResultsService>().FiguresAsync(form, CancellationToken.None), Cells, ct);
        return new SurveyResultsViewModel(form, kept.Value, kept.WorkedOutAt, keptFor);
    }

    /// <summary>How much of the memory limit the figures take: their table cells and the three totals.</summary>
    private static int Cells(SurveyFigures figures) =>
        3 + (figures.Methods.Count * 4) + (figures.Wishes.Count * 2) + (figures.Barriers.Count * 2);

    /// <summary>
    /// What kept survey figures depend on besides the responses and the staff records: the round, the day whose staff in
    /// post they count, the role, and today (as every kept report). No setting shapes them; a method renamed reaches
    /// them within the kept time, like a team renamed in the other reports.
    /// </summary>
    private sealed record KeptSurveyKey(int RoundId, DateOnly StaffCountedOn, int? RoleId, DateOnly Today);
}

/// <summary>The results page: the form, the figures, and when they were worked out if they are kept council-wide figures (null: live).</summary>
public sealed record SurveyResultsViewModel(SurveyResultsForm Form, SurveyFigures Figures, DateTimeOffset? FiguresAsAt, TimeSpan KeptFor);
